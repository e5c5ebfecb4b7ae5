// The import-direction rules are part of the architecture: prove that lint rejects each
// wrong-direction import, and accepts the allowed ones.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const cases: [string, string, string][] = [
  [
    'shared imports electron',
    'src/shared/domain/x.ts',
    "import { app } from 'electron';\nexport const a = app;\n",
  ],
  [
    'shared imports a Node module',
    'src/shared/domain/x.ts',
    "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n",
  ],
  [
    'shared imports React',
    'src/shared/domain/x.ts',
    "import { useState } from 'react';\nexport const a = useState;\n",
  ],
  ['shared uses the DOM', 'src/shared/domain/x.ts', 'export const a = () => document.title;\n'],
  [
    'shared imports the renderer',
    'src/shared/domain/x.ts',
    "import { db } from '../../renderer/data/db';\nexport const a = db;\n",
  ],
  [
    'renderer imports main',
    'src/renderer/features/x.ts',
    "import { handle } from '../../main/ipc';\nexport const a = handle;\n",
  ],
  [
    'renderer imports electron',
    'src/renderer/features/x.ts',
    "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
  ],
  [
    'main imports the renderer',
    'src/main/services/x.ts',
    "import { db } from '../../renderer/data/db';\nexport const a = db;\n",
  ],
  [
    'main uses ipcMain outside ipc.ts',
    'src/main/window.ts',
    "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n",
  ],
  [
    'main uses ipcRenderer',
    'src/main/services/x.ts',
    "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
  ],
  [
    // Only the wrappers know which layer is on top, so that Escape closes one layer at a time.
    'a feature uses Mantine Modal instead of AppModal',
    'src/renderer/features/x.tsx',
    "import { Modal } from '@mantine/core';\nexport const a = Modal;\n",
  ],
  [
    'a feature uses Mantine Drawer instead of AppDrawer',
    'src/renderer/features/x.tsx',
    "import { Drawer } from '@mantine/core';\nexport const a = Drawer;\n",
  ],
];

describe('lint enforces the import direction', () => {
  it.each(cases)('%s', async (_name, filePath, code) => {
    const ids = await ruleIds(code, filePath);
    expect(ids.some((id) => id === 'no-restricted-imports' || id === 'no-restricted-globals')).toBe(
      true,
    );
  });

  it('allows the permitted directions', async () => {
    expect(
      await ruleIds(
        "import { newId } from '@shared/domain';\nexport const a = newId;\n",
        'src/renderer/features/x.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n",
        'src/main/ipc.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { Modal } from '@mantine/core';\nexport const a = Modal;\n",
        'src/renderer/ui/AppModal.tsx',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { z } from 'zod';\nexport const a = z.string();\n",
        'src/shared/domain/x.ts',
      ),
    ).toEqual([]);
  });
}, 60_000);
