// Unit tests run in Node (shared + main services); renderer tests run in happy-dom with
// fake-indexeddb, which implements the IndexedDB spec, so Dexie runs for real.
import { defineConfig } from 'vitest/config';
import { sharedAlias } from './vite.renderer.ts';

export default defineConfig({
  resolve: { alias: sharedAlias },
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    env: { TZ: 'Europe/Berlin' },
    // Real work (crypto, IndexedDB, property runs) on a shared 2-core machine swings by 3×: the
    // 5 s default failed tests that take 1–4 s when idle. A hung test still fails.
    testTimeout: 20_000,
    reporters: process.env.VP_TEST_JSON
      ? ['default', ['json', { outputFile: process.env.VP_TEST_JSON }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          environment: 'happy-dom',
          include: ['tests/bench/**/*.bench.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 600_000,
        },
      },
      {
        // The sync server against a private Redis and PostgreSQL (tests/server/support): real
        // processes, so longer timeouts; files one at a time, each starts its own services.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/server/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
