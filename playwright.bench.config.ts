// `npm run bench` (browser part): benchmarks in Chromium against the web build, one worker so
// measurements do not compete for the CPU.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
  ...base,
  testDir: 'tests/bench/browser',
  testMatch: '**/*.bench.spec.ts',
  // Its own folder when given (several runs on one machine), and no trace recording: a trace
  // costs time inside the measured page, and a run that lost its trace file to another run's
  // clean-up failed a row whose numbers were already reported.
  outputDir: process.env.VP_BENCH_RESULTS ?? 'test-results/bench',
  use: { ...base.use, trace: 'off' },
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
