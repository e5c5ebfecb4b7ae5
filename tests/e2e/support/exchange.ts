// Steps the exchange journeys share (liaison round trip, signed approval): saving a file the app
// offers and making this installation's key on the Austausch page.
import { expect, type Download, type Page } from '@playwright/test';

export async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return d;
}

export async function createKey(
  page: Page,
  name: string,
  agency: string,
  fn: string,
): Promise<void> {
  await page.getByTestId('exchange-tab-key').click();
  await page.getByTestId('key-name').fill(name);
  await page.getByTestId('key-agency').fill(agency);
  await page.getByTestId('key-function').fill(fn);
  await page.getByTestId('key-create').click();
  // Key generation runs OpenPGP in the page: generous on a loaded machine.
  await expect(page.getByTestId('key-card')).toBeVisible({ timeout: 30_000 });
}
