// Gemeinsam bearbeiten in the browser: Einstellungen takes the sync server's address, keeps it
// off until the notice of what the server sees is confirmed, then offers joining; the workspace
// part says what is missing (a server, an own key) instead of claiming a connection, and so does
// the join form (an own key first, then the lead's key card: its own test, so neither journey
// runs near its time limit on a loaded machine). Screens in German and English at 1280 px, and at 1440 px
// as `<name>-1440` (VP_SHOTS=<folder>). The session itself, between three browsers
// through a private sync cluster whose nodes the page's policy admits, is sync-shared.spec.ts.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openDemoWorkspace, test } from './fixtures';
import { createKey } from './support/exchange';
import { openPart } from './support/workspace-nav';

const SHOTS = process.env.VP_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const size = page.viewportSize();
  for (const [width, suffix] of [
    [1280, ''],
    [1440, '-1440'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/${name}${suffix}.png` });
  }
  if (size) await page.setViewportSize(size);
}

test('sync server in Einstellungen and the Gemeinsam part, in German and English', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const opId = await openDemoWorkspace(app, 'general');
  await openPart(app, 'sharing');
  await expect(app.getByTestId('sharing-no-server')).toContainText(
    'Einstellungen › Gemeinsam bearbeiten',
  );
  await expect(app.getByTestId('sharing-status')).toHaveCount(0);
  await expectAccessible(app, 'Gemeinsam ohne Server');
  await shot(app, 'sync-part-no-server-de');

  await app.getByTestId('nav-settings').click();
  const panel = app.getByTestId('settings-sync-server');
  await panel.scrollIntoViewIfNeeded();
  await expect(app.getByTestId('sync-server-enabled')).toBeDisabled();
  await app.getByTestId('sync-server-url').fill('http://sync.polizei.example');
  await app.getByTestId('sync-server-save').click();
  await expect(panel.getByText('Nur https-Adressen')).toBeVisible();
  await app.getByTestId('sync-server-url').fill('https://sync.polizei.example');
  await app.getByTestId('sync-server-save').click();
  await expect(app.getByTestId('sync-server-enabled')).toBeEnabled();
  await app.getByTestId('sync-server-enabled').click({ force: true });
  const notice = app.getByTestId('sync-server-notice');
  await expect(notice).toContainText('den Inhalt der Pläne kann er nicht lesen');
  await expectAccessible(app, 'Hinweis Synchronisierungsserver');
  await shot(app, 'sync-settings-notice-de');
  await notice.getByRole('button', { name: 'Einschalten' }).click();
  await expect(app.getByTestId('sync-join')).toBeVisible();
  // No own key yet: joining says so and leads there, instead of an empty choice of leads.
  await expect(app.getByTestId('sync-join-missing')).toContainText('eigenen Schlüssel');
  await expect(app.getByTestId('sync-join-lead')).toHaveCount(0);
  await expect(app.getByTestId('sync-server-enabled')).toBeChecked();
  await expectAccessible(app, 'Einstellungen › Gemeinsam bearbeiten');
  await panel.scrollIntoViewIfNeeded();
  await shot(app, 'sync-settings-de');

  // With a server but no own key, the part says so (and offers nothing it cannot do).
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/operations/${opId}/sharing`);
  await expect(app.getByTestId('sharing-no-key')).toContainText('Austausch › Mein Schlüssel');
  await expect(app.getByTestId('sharing-no-server')).toHaveCount(0);
  await shot(app, 'sync-part-no-key-de');

  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await expect(app.getByTestId('settings-sync-server')).toContainText('Shared editing');
  await app.getByTestId('settings-sync-server').scrollIntoViewIfNeeded();
  await shot(app, 'sync-settings-en');
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/operations/${opId}/sharing`);
  await expect(app.getByTestId('sharing-no-key')).toContainText('Exchange › My key');
  await expectAccessible(app, 'Shared part (English)');
  await shot(app, 'sync-part-no-key-en');
});

/** Switches the sync server on (address saved, notice confirmed) in Einstellungen. */
async function switchOnServer(page: Page): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-sync-server').scrollIntoViewIfNeeded();
  await page.getByTestId('sync-server-url').fill('https://sync.polizei.example');
  await page.getByTestId('sync-server-save').click();
  await expect(page.getByTestId('sync-server-enabled')).toBeEnabled();
  await page.getByTestId('sync-server-enabled').click({ force: true });
  await page.getByTestId('sync-server-notice-confirm').click();
  await expect(page.getByTestId('sync-server-enabled')).toBeChecked();
}

test('with an own key but no trusted key card, joining and sharing lead to Trusted keys', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const opId = await openDemoWorkspace(app, 'general');
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await switchOnServer(app);
  // An own key but no trusted key card yet: joining leads to Trusted keys; the part offers
  // the (empty) choice of members with the same way there.
  await app.getByTestId('nav-exchange').click();
  await createKey(app, 'Lea Lenz', 'Polizei', 'Einsatzleitung');
  await app.getByTestId('nav-settings').click();
  await expect(app.getByTestId('sync-join-missing')).toContainText('Exchange › Trusted keys');
  await app.getByTestId('sync-join').scrollIntoViewIfNeeded();
  await shot(app, 'sync-settings-no-card-en');
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/operations/${opId}/sharing`);
  await expect(app.getByTestId('sharing-picker')).toBeVisible();
  await expectAccessible(app, 'Shared part with a key (English)');
  await shot(app, 'sync-part-picker-en');
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('Deutsch').click();
  await expect(app.getByTestId('sync-join-missing')).toContainText(
    'Austausch › Vertraute Schlüssel',
  );
  await app.getByTestId('sync-join').scrollIntoViewIfNeeded();
  await shot(app, 'sync-settings-no-card-de');
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/operations/${opId}/sharing`);
  await expect(app.getByTestId('sharing-picker')).toBeVisible();
  await shot(app, 'sync-part-picker-de');
});
