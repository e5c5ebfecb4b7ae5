// End-to-end tests: the web build served by `vite preview`, driven in the system Chromium
// (no browser download). Every test gets a fresh browser context, so its own IndexedDB.
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';

const port = Number(process.env.VP_WEB_PORT ?? 4173);
// Several engineers (or runs) on one machine each build into and serve their own folder. Vite
// resolves a relative --outDir against src/renderer, so it is made absolute here; without the
// variable the web config's own out/web is served.
const outDir = process.env.VP_WEB_OUT ? resolve(process.env.VP_WEB_OUT) : null;
const jsonReport = process.env.VP_E2E_JSON;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.VP_E2E_RESULTS ?? 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI: a test that fails once and passes on its retry is reported as "flaky" by
  // name in the summary (scripts/test-all.mjs) instead of failing a whole 20-minute run; a test
  // that fails twice still fails it. Locally a failure stays a failure.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // No opening animations: a click must not land on a dialog that is still scaling into place
    // (the app honours prefers-reduced-motion, see theme.ts).
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    // A hung step fails with its own name after 30 s instead of the whole test's timeout.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts${outDir ? ` --outDir ${outDir}` : ''} --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
