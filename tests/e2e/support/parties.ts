// The installations of the exchange journeys (liaison round trip, signed approval): each
// further party is its own browser context — own IndexedDB, own vault, own key — opened the
// way the `app` fixture opens the lead's, with its page errors collected. Also the steps every
// journey repeats: make a key and save its card, register a card on the lead's side.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { expect, setUpVault, waitState } from '../fixtures';
import { chooseFile } from './choose-file';
import { createKey, download } from './exchange';

export const VIEWPORT = { width: 1280, height: 900 };

export interface Party {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw (checked empty at the end of the journey). */
  errors: string[];
}

export interface Person {
  name: string;
  agency: string;
  fn: string;
}

/** A second installation: own context and vault, set up and on the Austausch page. */
export async function openParty(browser: Browser, testInfo: TestInfo): Promise<Party> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
    viewport: VIEWPORT,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await waitState(page, 'setup');
  await setUpVault(page);
  await page.goto('/#/exchange');
  return { context, page, errors };
}

/** Makes the party's key and saves its key card; returns the card's path and fingerprint. */
export async function keyCard(
  page: Page,
  who: Person,
  dir: string,
): Promise<{ cardPath: string; fingerprint: string }> {
  await createKey(page, who.name, who.agency, who.fn);
  const fingerprint = (await page.getByTestId('key-fingerprint').textContent()) ?? '';
  mkdirSync(dir, { recursive: true });
  const cardPath = join(dir, `karte-${who.name.replace(/\W+/g, '-')}.vpkey`);
  await (await download(page, () => page.getByTestId('key-save-card').click())).saveAs(cardPath);
  return { cardPath, fingerprint };
}

/**
 * On the lead's Austausch › Vertrauen: registers `who`'s key card for `agency` (by its exact
 * name; the first agency offered when null) and marks it compared by phone.
 */
export async function registerCard(
  lead: Page,
  cardPath: string,
  who: { name: string; agency: string | null; fingerprint?: string },
): Promise<void> {
  const { agency, fingerprint } = who;
  await lead.getByTestId('exchange-tab-trust').click();
  await chooseFile(lead, lead.getByTestId('trust-import-card'), cardPath);
  if (fingerprint) await expect(lead.getByTestId('trust-card-fingerprint')).toHaveText(fingerprint);
  if (agency === null) {
    await lead.getByTestId('trust-agency').click();
    await lead.getByRole('option').first().click();
  } else {
    await lead.getByTestId('trust-agency').fill(agency.slice(0, 12));
    await lead.getByRole('option', { name: agency, exact: true }).click();
  }
  await lead.getByTestId('trust-attach-submit').click();
  await lead.getByTestId('trust-mark-verified').click();
  await expect(
    lead.getByRole('row', { name: who.name }).getByTestId('trust-verified'),
  ).toBeVisible();
}
