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
  // Electron's subpaths are Electron too.
  [
    'shared imports electron/main',
    'src/shared/domain/x.ts',
    "import { app } from 'electron/main';\nexport const a = app;\n",
  ],
  [
    'renderer imports electron/renderer',
    'src/renderer/features/x.ts',
    "import { ipcRenderer } from 'electron/renderer';\nexport const a = ipcRenderer;\n",
  ],
  [
    'a ui module imports electron/common',
    'src/renderer/ui/AppModal.tsx',
    "import { shell } from 'electron/common';\nexport const a = shell;\n",
  ],
  [
    'main uses ipcMain from electron/main outside ipc.ts',
    'src/main/window.ts',
    "import { ipcMain } from 'electron/main';\nexport const a = ipcMain;\n",
  ],
  [
    'ipc.ts uses ipcRenderer from electron/renderer',
    'src/main/ipc.ts',
    "import { ipcRenderer } from 'electron/renderer';\nexport const a = ipcRenderer;\n",
  ],
  [
    'the preload uses ipcMain from electron/main',
    'src/main/preload/index.ts',
    "import { ipcMain } from 'electron/main';\nexport const a = ipcMain;\n",
  ],
  // Layers inside the renderer: ui, data, host and search serve every feature.
  [
    'ui imports a feature',
    'src/renderer/ui/x.tsx',
    "import { OperationsPage } from '../features/operations/OperationsPage';\nexport const a = OperationsPage;\n",
  ],
  [
    'data imports a feature',
    'src/renderer/data/repositories/x.ts',
    "import { tabs } from '../../features/workspace/tabs';\nexport const a = tabs;\n",
  ],
  [
    'host imports the vault screens',
    'src/renderer/host/x.ts',
    "import { useVault } from '../vault/context';\nexport const a = useVault;\n",
  ],
  [
    'search imports the vault screens',
    'src/renderer/search/x.ts',
    "import { useVault } from '../vault/context';\nexport const a = useVault;\n",
  ],
  [
    'a feature imports dexie',
    'src/renderer/features/operations/x.ts',
    "import Dexie from 'dexie';\nexport const a = Dexie;\n",
  ],
  [
    'a workspace part imports data/db',
    'src/renderer/features/workspace/teams/x.ts',
    "import { openDatabase } from '../../../data/db';\nexport const a = openDatabase;\n",
  ],
  [
    'a feature asks which host it runs in',
    'src/renderer/features/settings/x.tsx',
    "import { useHost } from '../../host';\nexport const useDesktop = () => useHost().kind === 'electron';\n",
  ],
  [
    'a feature tests host.kind',
    'src/renderer/vault/x.ts',
    "export const a = (host: { kind: string }) => host.kind !== 'electron';\n",
  ],
  [
    'crypto imports the IPC contract',
    'src/shared/crypto/x.ts',
    "import { contract } from '../ipc/contract';\nexport const a = contract;\n",
  ], // The sync server is its own program: src/shared and npm packages only.
  [
    'the sync server imports the renderer',
    'src/server/x.ts',
    "import { db } from '../renderer/data/db';\nexport const a = db;\n",
  ],
  [
    'the sync server imports main',
    'src/server/x.ts',
    "import { handle } from '../main/ipc';\nexport const a = handle;\n",
  ],
  [
    'the sync server imports electron',
    'src/server/x.ts',
    "import { app } from 'electron';\nexport const a = app;\n",
  ],
  [
    'the sync server imports test support',
    'src/server/x.ts',
    "import { startRedis } from '../../tests/server/support/redis';\nexport const a = startRedis;\n",
  ],
];

// Rule ids that carry the architecture rules (the typescript-eslint copy adds layer rules to
// the base list; no-restricted-syntax forbids asking which host this is).
const ARCHITECTURE_RULES = new Set([
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-globals',
  'no-restricted-syntax',
]);

describe('lint enforces the import direction', () => {
  it.each(cases)('%s', async (_name, filePath, code) => {
    const ids = await ruleIds(code, filePath);
    expect(ids.some((id) => ARCHITECTURE_RULES.has(id))).toBe(true);
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
    expect(
      await ruleIds(
        "import { readFileSync } from 'node:fs';\nimport { checkStatement } from '../shared/sync/challenge';\nexport const a = [readFileSync, checkStatement];\n",
        'src/server/x.ts',
      ),
    ).toEqual([]);
    // Layers may be used from above; hooks like useLiveQuery are not the database.
    expect(
      await ruleIds(
        "import { useLiveQuery } from 'dexie-react-hooks';\nimport { notifyError } from '../../ui/notify';\nexport const a = [useLiveQuery, notifyError];\n",
        'src/renderer/features/operations/x.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { useHost } from '../../host';\nexport const useKeychain = () => useHost().capabilities.keychain;\n",
        'src/renderer/features/settings/x.tsx',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { Modal } from '@mantine/core';\nexport const a = Modal;\n",
        'src/renderer/ui/LayerModal.tsx',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { ipcRenderer } from 'electron/renderer';\nexport const a = ipcRenderer;\n",
        'src/main/preload/index.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { CodedError } from '../result';\nexport const a = CodedError;\n",
        'src/shared/crypto/x.ts',
      ),
    ).toEqual([]);
  });
}, 60_000);
