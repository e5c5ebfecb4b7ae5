// Shared e2e fixtures: open the app and wait for its ready marker, and fail any test during
// which the page logged an error or threw.
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface WorkerFixtures {
  /** One vault per worker, set up once through the wizard and kept as IndexedDB contents. */
  vaultState: StorageState;
}

export interface AppFixtures {
  /** The app with a freshly set-up vault, unlocked and ready. */
  app: Page;
  /** The app on its first start, before the vault exists. */
  fresh: Page;
  consoleErrors: string[];
}

export const PASSPHRASE = 'Abendkontrolle-Falke-Oase-Ruhrgebiet';

// The same origin as playwright.config.ts serves (worker fixtures cannot read `baseURL`).
const ORIGIN = `http://127.0.0.1:${process.env.VP_WEB_PORT ?? 4173}`;

export const test = base.extend<AppFixtures, WorkerFixtures>({
  // The wizard's two Argon2id derivations and its three screens cost several seconds per test
  // (12–16 s on a loaded machine); a test that needs a vault starts from this worker's copy of
  // a freshly set-up one and unlocks it, as a returning user does. The wizard itself keeps its
  // own tests (`fresh`, vault.spec.ts).
  vaultState: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: ORIGIN });
      const page = await context.newPage();
      await page.goto('/');
      await waitState(page, 'setup');
      await setUpVault(page);
      const state = await context.storageState({ indexedDB: true });
      await context.close();
      await use(state);
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await use(errors);
    expect(errors, 'console errors during the test').toEqual([]);
  },
  fresh: async ({ page, consoleErrors }, use) => {
    void consoleErrors;
    await page.goto('/');
    await waitState(page, 'setup');
    await use(page);
  },
  app: async ({ page, consoleErrors, vaultState }, use) => {
    void consoleErrors;
    await page.context().setStorageState(vaultState);
    await page.goto('/');
    await waitState(page, 'locked');
    await unlock(page);
    await use(page);
  },
});

export async function waitState(page: Page, state: 'setup' | 'locked' | 'ready'): Promise<void> {
  await expect(page.locator(`html[data-app-state="${state}"]`)).toHaveCount(1, { timeout: 20_000 });
}

export const waitReady = (page: Page) => waitState(page, 'ready');

/** Walks through the first-start wizard; returns the recovery code it showed. */
export async function setUpVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await page.getByTestId('setup-passphrase').fill(passphrase);
  await page.getByTestId('setup-repeat').fill(passphrase);
  await page.getByTestId('setup-create').click();
  // Two Argon2id runs (passphrase and recovery wraps): over 20 s on a loaded shared machine.
  const code = (await page.getByTestId('recovery-code').textContent({ timeout: 60_000 })) ?? '';
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-confirm-group').fill(code.split('-').pop() ?? '');
  await page.getByTestId('setup-finish').click();
  await waitReady(page);
  return code;
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-submit').click();
  await waitReady(page);
}

/** Opens Einsätze and the new-operation dialog with Alt+N; returns the dialog. */
export async function openNewOperationDialog(page: Page): Promise<Locator> {
  await page.getByTestId('nav-operations').click();
  // The shortcut belongs to the list: wait until it is there (slow CI machines).
  await expect(page.getByTestId('operation-new')).toBeVisible();
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'Neuer Einsatz' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Sets the user's name under Einstellungen (approval needs it) and waits until it is saved. */
export async function setUserName(page: Page, name: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-user-name').fill(name);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Gespeichert')).toBeVisible();
}

/** Loads the fictional example and opens its workspace at `tab`; returns the operation id. */
export async function openDemoWorkspace(page: Page, tab = 'general'): Promise<string> {
  await page.getByTestId('nav-operations').click();
  await page.getByTestId('load-demo').click();
  await expect(page.getByText('wurde geladen')).toBeVisible();
  // Ids are stored readable (they are keys); everything else about the plan is encrypted.
  const id = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('verbundplaner');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const q = db.transaction('operations').objectStore('operations').getAllKeys();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return String(keys[0]);
  });
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/operations/${id}/${tab}`);
  await expect(page.getByTestId('workspace')).toBeVisible();
  return id;
}

/** After a reload the vault is locked again: unlock and wait for the app. */
export async function reloadAndUnlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.reload();
  await waitState(page, 'locked');
  await unlock(page, passphrase);
}

/**
 * Runs axe on the current page with every WCAG 2.0/2.1 A and AA rule and the best practices
 * (landmarks, one h1, empty table headers …), and fails on any violation, whatever its impact.
 */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  // A dialog fading in has blended colours: axe would measure contrast mid-transition. Endless
  // animations (spinners) never finish and are left alone.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    `accessibility of ${context}`,
  ).toEqual([]);
}

export { expect };
