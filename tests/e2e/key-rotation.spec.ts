// Key rotation (F3) in the web edition: Einstellungen › Sicherheit › "Datenschlüssel erneuern"
// re-seals the demo plan under a new key and shows the new recovery code once; after a reload
// the passphrase still unlocks, the plan is there, the old recovery code is refused and the new
// one works.
import type { Page } from '@playwright/test';
import { expect, PASSPHRASE, setUpVault, test, waitState } from './fixtures';

/**
 * Waits behind Argon2id runs and the re-seal: about a second each alone, but on a shared,
 * loaded machine a derivation took 7 s and the rotation's three 15 s (measured at load 25 on
 * two cores). A slow machine must not read as a hang.
 */
const SLOW_WAIT = { timeout: 60_000 };

// Every test starts by setting up a vault (two Argon2id runs) before its own steps.
test.describe.configure({ timeout: 120_000 });

const readyAfterKdf = (page: Page) =>
  expect(page.locator('html[data-app-state="ready"]')).toHaveCount(1, SLOW_WAIT);

/** Locks and opens the recovery form with the given code and a new passphrase. */
async function recoverWith(page: Page, code: string, next: string): Promise<void> {
  await page.getByTestId('lock-now').click();
  await waitState(page, 'locked');
  await page.getByTestId('unlock-forgot').click();
  await page.getByTestId('recover-code').fill(code);
  await page.getByTestId('recover-passphrase').fill(next);
  await page.getByTestId('recover-repeat').fill(next);
  await page.getByTestId('recover-submit').click();
}

test('renewing the data key keeps the data and replaces the recovery code', async ({
  fresh: page,
}) => {
  // Set-up, a wrong and a right confirmation, the rotation, an unlock and two recoveries:
  // about ten Argon2id runs.
  test.setTimeout(300_000);
  const oldCode = await setUpVault(page);
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('operation-row')).toHaveCount(1);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('rotate-key').click();
  const dialog = page.getByRole('dialog', { name: 'Datenschlüssel erneuern' });
  await expect(dialog).toContainText('Ältere Sicherungen bleiben');
  await page.getByTestId('rotate-passphrase').fill('falsche Passphrase');
  await page.getByTestId('rotate-submit').click();
  await expect(dialog.getByText(/Die Passphrase ist falsch/)).toBeVisible(SLOW_WAIT);
  await page.getByTestId('rotate-passphrase').fill(PASSPHRASE);
  await page.getByTestId('rotate-submit').click();
  const code = (await page.getByTestId('rotate-code').textContent(SLOW_WAIT)) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  expect(code).not.toBe(oldCode);
  // How long the re-seal took (code shown → done), so a slow run can be told from a hang.
  const resealStart = Date.now();
  await expect(page.getByTestId('rotate-done')).toBeVisible(SLOW_WAIT);
  test
    .info()
    .annotations.push({ type: 'reseal-ms', description: String(Date.now() - resealStart) });
  await page.getByTestId('rotate-close').click();

  // After a reload the passphrase opens the data sealed under the new key.
  await page.reload();
  await waitState(page, 'locked');
  await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await readyAfterKdf(page);
  await page.getByTestId('nav-operations').click();
  await expect(page.getByTestId('operation-row')).toHaveCount(1);
  await expect(page.getByTestId('operation-row').first()).toContainText('WINTERLICHT');

  // The old recovery code was replaced: it is refused, and the new one opens the vault.
  const next = `${PASSPHRASE}-2`;
  await recoverWith(page, oldCode, next);
  await expect(page.getByTestId('recover-error')).toContainText(
    'Wiederherstellungscode',
    SLOW_WAIT,
  );
  await page.getByTestId('recover-code').fill(code);
  await page.getByTestId('recover-submit').click();
  await readyAfterKdf(page);
  await page.getByTestId('nav-operations').click();
  await expect(page.getByTestId('operation-row').first()).toContainText('WINTERLICHT');
});

test('the dialog in English', async ({ app }) => {
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await app.getByTestId('rotate-key').click();
  const dialog = app.getByRole('dialog', { name: 'Renew data key' });
  await expect(dialog).toContainText('Older backups stay readable');
  await expect(dialog.getByTestId('rotate-submit')).toHaveText('Renew key');
});
