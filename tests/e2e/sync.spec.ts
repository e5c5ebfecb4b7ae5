// Gemeinsam bearbeiten in the browser: Einstellungen takes the sync server's address, keeps it
// off until the notice of what the server sees is confirmed, then offers joining; the workspace
// part says what is missing (a server, an own key) instead of claiming a connection. Screens in
// German and English at 1280 px (VP_SHOTS=<folder>). The session itself, between three browsers
// through a private sync cluster whose nodes the page's policy admits, is sync-shared.spec.ts.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openDemoWorkspace, test } from './fixtures';
import { openPart } from './support/workspace-nav';

const SHOTS = process.env.VP_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
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
