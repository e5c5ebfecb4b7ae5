// Playwright for the Electron smoke suite: launches the built app (out/main/index.js) where an
// Electron binary exists; skips, printing why, where it does not.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e-electron',
  outputDir: './test-results/e2e-electron',
  // One Electron app at a time: each test file launches its own instance and profile.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.VP_E2E_JSON
    ? [['list'], ['json', { outputFile: process.env.VP_E2E_JSON }]]
    : [['list']],
  use: { trace: 'retain-on-failure' },
});
