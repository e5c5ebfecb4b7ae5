// `npm run screenshots`: renders the documented screens of the web build into docs/screenshots.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  outputDir: 'test-results/screenshots',
  workers: 1,
  reporter: [['list']],
});
