// One installation of the app taking part in a shared operation, for the sync e2e specs: a
// browser context with the worker's vault whose page policy admits the private sync nodes, and
// the steps every installation takes (the server in Einstellungen, in-app navigation).
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { expect, unlock, waitState, type WorkerFixtures } from '../fixtures';
import { VIEWPORT } from './parties';
import {
  admitSyncServer,
  connectOrigins,
  networkSwitch,
  type Cluster,
  type NetworkSwitch,
} from './sync-server';

export interface Installation {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw; console errors only where the network is never cut. */
  errors: string[];
  consoleErrors: string[];
  /** Only where the journey cuts the network: routed sockets pass every message through
   *  Playwright, which the others need not pay. */
  network: NetworkSwitch | null;
}

/**
 * An installation with the worker's vault (as the `app` fixture starts), its page policy
 * admitting the sync nodes, unlocked; with `switchable`, its sync sockets behind a network
 * switch.
 */
export async function installClient(
  browser: Browser,
  vaultState: WorkerFixtures['vaultState'],
  testInfo: TestInfo,
  cluster: Cluster,
  switchable = false,
): Promise<Installation> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    storageState: vaultState,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
    viewport: VIEWPORT,
    // The page comes through page.route (its policy rewritten), so Chromium knows no address
    // for it and treats it as public: reaching the loopback nodes then needs the user's
    // permission for the local network, which a user on the agency's intranet would give.
    permissions: ['local-network-access'],
  });
  await admitSyncServer(context, connectOrigins(cluster));
  const network = switchable ? await networkSwitch(context, cluster) : null;
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto('/');
  await waitState(page, 'locked');
  await unlock(page);
  return { context, page, errors, consoleErrors, network };
}

/** Einstellungen › Gemeinsam bearbeiten: the node's address, switched on after the notice. */
export async function useServer(page: Page, httpUrl: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('sync-server-url').fill(httpUrl);
  await page.getByTestId('sync-server-save').click();
  await expect(page.getByTestId('sync-server-enabled')).toBeEnabled();
  await page.getByTestId('sync-server-enabled').click({ force: true });
  await page.getByTestId('sync-server-notice').getByRole('button', { name: 'Einschalten' }).click();
  await expect(page.getByTestId('sync-join')).toBeVisible();
}

/** In-app navigation (a reload would lock the vault). */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}
