// `npm run bench` (browser part): benchmarks in Chromium against the web build, one worker so
// measurements do not compete for the CPU.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
  ...base,
  testDir: 'tests/bench/browser',
  testMatch: '**/*.bench.spec.ts',
  outputDir: 'test-results/bench',
  workers: 1,
  timeout: 900_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  // A loaded machine starts the preview server slowly (10 min); a missing server is named, not a
  // hang. Never reuse a server found on the port: it could serve another run's build.
  webServer:
    base.webServer && !Array.isArray(base.webServer)
      ? { ...base.webServer, timeout: 600_000, reuseExistingServer: false }
      : base.webServer,
});
