// Lint: TypeScript rules plus the import direction of the three environments
// (shared is pure; main and renderer never import each other; IPC primitives stay in one file each).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

const noMain = { regex: '(^|/)main(/|$)', message: 'The renderer must not import from src/main.' };
const noRenderer = {
  // electron/renderer is Electron's module for the preload, not our src/renderer.
  regex: '^(?!electron/)(.*/)?renderer(/|$)',
  message: 'src/main must not import from src/renderer.',
};
const noNode = {
  regex: `^(node:.*|${nodeBuiltins.join('|')})$`,
  message: 'Node modules are not available here.',
};
// `electron/main`, `electron/renderer`, `electron/common`: Electron too, wherever it is forbidden.
const noElectronSubpath = { regex: '^electron/', message: 'No Electron here, not by a subpath.' };
// Main-side: the IPC primitives stay in one file each, whichever entry point they come from.
const ipcPrimitive = (names, message) =>
  ['electron', 'electron/main', 'electron/renderer'].map((name) => ({
    name,
    importNames: names,
    message,
  }));

// The renderer, once, so the layer blocks below can add to it rather than restate it.
const rendererPaths = [
  { name: 'electron', message: 'The renderer reaches its host only through HostApi.' },
];
const mantineLayers = {
  name: '@mantine/core',
  importNames: [
    'Modal',
    'ModalRoot',
    'ModalBase',
    'ModalStack',
    'Drawer',
    'DrawerRoot',
    'DrawerStack',
  ],
  message: 'Use ui/AppModal or ui/AppDrawer: only the top layer closes on Escape.',
};
const rendererPatterns = [noMain, noNode, noElectronSubpath];
// ui, data, host and search serve every feature, so they depend on none (nor on the vault
// screens, which are a feature of their own).
const noFeatureLayers = {
  regex: '(^|/)(features|vault)(/|$)',
  message: 'ui, data, host and search import no feature and not vault/: features build on them.',
};
// Features reach stored data through data/ (repositories, read model), never the database.
const noDatabase = [
  { name: 'dexie', message: 'Features reach data through data/ (repositories, read model).' },
];
const noDatabasePatterns = [
  {
    regex: '^dexie/|(^|/)data/db$',
    message: 'Features reach data through data/ (repositories, read model), not the database.',
  },
];

// The workspace (features/workspace): one folder per part of the plan, a core they all share,
// and the shell (Workspace, TabView, header) that puts them together. The parts' names:
const workspaceParts = [
  'general',
  'situation',
  'mission',
  'execution',
  'support',
  'command',
  'targets',
  'map',
  'forces',
  'teams',
  'comms',
  'timeline',
  'readiness',
  'history',
  'revisions',
].join('|');

export default defineConfig([
  globalIgnores([
    // Build output, wherever a build put it (Vite resolves --outDir against src/renderer).
    '**/out/**',
    'dist/**',
    'release/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
    'coverage/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', '*.ts', 'scripts/**', 'tests/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared is pure: no Electron.' },
            { name: 'react', message: 'src/shared is pure: no React.' },
            { name: 'react-dom', message: 'src/shared is pure: no React.' },
            { name: 'dexie', message: 'src/shared is pure: Dexie belongs to src/renderer/data.' },
            { name: 'leaflet', message: 'src/shared is pure: no DOM libraries.' },
          ],
          patterns: [
            noNode,
            noMain,
            noRenderer,
            noElectronSubpath,
            {
              regex: '^(react|react-dom|@mantine|@tabler|react-router|react-i18next)(/|$)',
              message: 'src/shared is pure: no UI libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'location',
          'process',
          'Buffer',
          'require',
          '__dirname',
          '__filename',
          'global',
        ].map((name) => ({
          name,
          message: `src/shared is pure: "${name}" is environment-specific.`,
        })),
      ],
    },
  },
  {
    // The sync server is its own Node program: src/shared and npm packages, nothing of the app.
    files: ['src/server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/server runs without Electron.' },
            { name: 'react', message: 'src/server has no UI.' },
            { name: 'dexie', message: 'src/server stores in PostgreSQL, not Dexie.' },
          ],
          patterns: [
            noMain,
            noRenderer,
            noElectronSubpath,
            {
              regex: '(^|/)(tests|scripts)(/|$)|^@mantine|^react-',
              message: 'src/server imports only src/shared and server packages.',
            },
          ],
        },
      ],
    },
  },
  {
    // The vault and its formats sit below the IPC contract, which carries them: never the reverse.
    files: ['src/shared/crypto/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)ipc(/|$)',
              message: 'crypto is below the IPC contract: no imports of ipc/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/ipc.ts', 'src/main/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ipcPrimitive(
            ['ipcMain', 'ipcRenderer'],
            'Only src/main/ipc.ts uses ipcMain; only the preload uses ipcRenderer.',
          ),
          patterns: [noRenderer],
        },
      ],
    },
  },
  {
    files: ['src/main/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ipcPrimitive(['ipcRenderer'], 'Only the preload uses ipcRenderer.'),
          patterns: [noRenderer],
        },
      ],
    },
  },
  {
    files: ['src/main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ipcPrimitive(['ipcMain'], 'Only src/main/ipc.ts uses ipcMain.'),
          patterns: [noRenderer, noNode],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [...rendererPaths, mantineLayers], patterns: rendererPatterns },
      ],
    },
  },
  {
    // The UI asks HostApi.capabilities; only host/ knows which implementation it is.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/host/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='kind'][object.name='host'], MemberExpression[property.name='kind'][object.callee.name='useHost']",
          message: 'Ask host.capabilities, not which host this is.',
        },
      ],
    },
  },
  {
    // Layers below the features. The typescript-eslint copy of the rule adds to the renderer's
    // list above instead of replacing it.
    files: ['src/renderer/{ui,data,host,search}/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noFeatureLayers] }],
    },
  },
  {
    // Features: the renderer's list plus the database (this rule id, as the workspace blocks
    // below use the typescript-eslint copy for their own layers).
    files: ['src/renderer/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...rendererPaths, mantineLayers, ...noDatabase],
          patterns: [...rendererPatterns, ...noDatabasePatterns],
        },
      ],
    },
  },
  {
    // The wrappers are the only places that may use Mantine's Modal and Drawer.
    files: [
      'src/renderer/ui/AppModal.tsx',
      'src/renderer/ui/AppDrawer.tsx',
      'src/renderer/ui/LayerModal.tsx',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererPatterns }],
    },
  },
  {
    // Workspace layers. The typescript-eslint copy of no-restricted-imports is used so these
    // patterns add to the renderer's own list instead of replacing it (one rule id, one list).
    files: ['src/renderer/features/workspace/core/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^([.][.]/)+(${workspaceParts}|header|Workspace|TabView)(/|$)`,
              message: 'The workspace core imports no part and not the shell: parts build on it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      `src/renderer/features/workspace/{${workspaceParts.replaceAll('|', ',')}}/**/*.{ts,tsx}`,
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^([.][.]/)+(${workspaceParts})/.`,
              message:
                'A workspace part imports another part only through its index (`../teams`), never its files.',
            },
            {
              regex: '^([.][.]/)+(header|Workspace|TabView)(/|$)',
              message: 'A workspace part does not import the shell; the shell imports the parts.',
            },
          ],
        },
      ],
    },
  },
]);
