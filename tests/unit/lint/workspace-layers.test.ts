// The workspace's folder rules are part of its architecture: the core imports no part, and a
// part reaches another part only through that part's index. Lint must reject each wrong import
// and accept the allowed ones.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const RULE = '@typescript-eslint/no-restricted-imports';
const W = 'src/renderer/features/workspace';

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const forbidden: [string, string, string][] = [
  [
    'the core imports a part',
    `${W}/core/fields.tsx`,
    "import { TeamsView } from '../teams';\nexport const a = TeamsView;\n",
  ],
  [
    'the core imports a file of a part',
    `${W}/core/fields.tsx`,
    "import { TeamCard } from '../teams/TeamCard';\nexport const a = TeamCard;\n",
  ],
  [
    'the core imports the shell',
    `${W}/core/context.ts`,
    "import { Workspace } from '../Workspace';\nexport const a = Workspace;\n",
  ],
  [
    "a part imports another part's file",
    `${W}/forces/ForcesView.tsx`,
    "import { TeamCard } from '../teams/TeamCard';\nexport const a = TeamCard;\n",
  ],
  [
    "a nested file of a part imports another part's file",
    `${W}/forces/sub/Thing.tsx`,
    "import { TalkGroups } from '../../comms/TalkGroups';\nexport const a = TalkGroups;\n",
  ],
  [
    'a part imports the header',
    `${W}/targets/TargetCard.tsx`,
    "import { SaveIndicator } from '../header/SaveIndicator';\nexport const a = SaveIndicator;\n",
  ],
];

describe('lint keeps the workspace parts apart', () => {
  it.each(forbidden)('%s', async (_name, filePath, code) => {
    expect(await ruleIds(code, filePath)).toContain(RULE);
  });

  it('allows the core, another part through its index, ui and data', async () => {
    const allowed: [string, string][] = [
      [`${W}/teams/TeamCard.tsx`, "import { useWorkspace } from '../core/context';"],
      [`${W}/revisions/SnapshotView.tsx`, "import { GeneralView } from '../general';"],
      [`${W}/comms/TalkGroups.tsx`, "import { errorMessage } from '../../../ui/errors';"],
      [`${W}/forces/ForcesView.tsx`, "import { useRepos } from '../../../data/session';"],
      [`${W}/TabView.tsx`, "import { TeamsView } from './teams';"],
      [`${W}/core/ChangeLines.tsx`, "import { useLang } from '../../../ui/useLabel';"],
    ];
    for (const [filePath, line] of allowed) {
      const name = /import \{ (\w+) \}/.exec(line)?.[1] ?? 'x';
      expect(await ruleIds(`${line}\nexport const a = ${name};\n`, filePath)).toEqual([]);
    }
  });
}, 60_000);
