// Shared e2e fixtures: open the app and wait for its ready marker, and fail any test during
// which the page logged an error or threw.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface AppFixtures {
  app: Page;
  consoleErrors: string[];
}

export const test = base.extend<AppFixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await use(errors);
    expect(errors, 'console errors during the test').toEqual([]);
  },
  app: async ({ page, consoleErrors }, use) => {
    void consoleErrors;
    await page.goto('/');
    await waitReady(page);
    await use(page);
  },
});

export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('html[data-app-state="ready"]')).toHaveCount(1);
}

/** Runs axe on the current page and fails on serious or critical violations. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `accessibility of ${context}`,
  ).toEqual([]);
}

export { expect };
