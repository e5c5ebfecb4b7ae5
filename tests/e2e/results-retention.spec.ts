// Aufbewahrung (issue 17, item 4) in Chromium: the demo operation is completed with results,
// fourteen months later Einstellungen › Aufbewahrung previews its details for deletion (where,
// and what this installation cannot delete), the run deletes them, and Auswertung still counts
// the operation and its numbers. axe on the preview; pictures in German and English.
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, openDemoWorkspace, setUserName, test } from './fixtures';
import { openPart } from './support/workspace-nav';

/** Pictures for a person to look at (VP_SHOTS=<folder>): the viewport, or one element. */
async function shot(page: Page, name: string, element?: Locator): Promise<void> {
  const dir = process.env.VP_SHOTS;
  if (!dir) return;
  await page.mouse.move(0, 0);
  const path = `${dir}/${name}.png`;
  if (element) await element.screenshot({ path });
  else await page.screenshot({ path });
}

async function confirmStatus(page: Page, to: string): Promise<void> {
  await page.getByTestId('status-menu').click();
  await page.getByTestId(`status-to-${to}`).click();
  const dialog = page.getByRole('dialog');
  if (to === 'approved') {
    const reasons = dialog.locator('[data-testid^="approve-reason-"]');
    await expect(dialog.getByTestId('approve-review')).toBeVisible();
    const count = await reasons.count();
    for (let i = 0; i < count; i++) await reasons.nth(i).fill(`Begründung ${i + 1}`);
    await dialog.getByTestId('approve-confirm').click();
  } else await dialog.getByTestId('status-confirm').click();
  await expect(dialog).toBeHidden();
}

test('retention deletes old details and Auswertung keeps the numbers', async ({ app }) => {
  test.setTimeout(240_000);
  await app.setViewportSize({ width: 1280, height: 900 });
  await setUserName(app, 'POK Weber');
  await openDemoWorkspace(app, 'general');
  await confirmStatus(app, 'in_review');
  await confirmStatus(app, 'approved');
  const day = 24 * 3600 * 1000;
  await app.clock.setSystemTime(new Date(Date.now() + 20 * day));
  await confirmStatus(app, 'executed');
  await openPart(app, 'results');
  const first = app.locator('input[data-row="0"][data-col="0"]');
  await first.click();
  await app.keyboard.type('7');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('results-save-state')).toHaveText('Gespeichert');

  // Fourteen months on: the operation ended more than a year ago.
  await app.clock.setSystemTime(new Date(Date.now() + 20 * day + 14 * 31 * day));
  await app.getByTestId('nav-settings').click();
  const panel = app.getByTestId('settings-retention');
  await panel.scrollIntoViewIfNeeded();
  await panel.getByTestId('retention-months').click();
  await app.getByRole('option', { name: '12 Monaten' }).click();
  await panel.getByTestId('retention-preview').click();
  await expect(panel.getByTestId('retention-operations')).toContainText(/winterlicht/i);
  await expect(panel.getByTestId('retention-where')).toContainText('Revisionsstände');
  await expect(panel).toContainText('Rechnern anderer Mitglieder');
  await expectAccessible(app, 'Einstellungen › Aufbewahrung (Vorschau)');
  await panel.scrollIntoViewIfNeeded();
  await shot(app, 'retention-preview-de-1280', panel);
  await app.getByTestId('language-switch').getByText('English').click();
  await panel.getByTestId('retention-preview').click();
  await expect(panel.getByTestId('retention-where')).toContainText('Revisions');
  await shot(app, 'retention-preview-en-1280', panel);
  await app.getByTestId('language-switch').getByText('Deutsch').click();
  await panel.getByTestId('retention-preview').click();

  await panel.getByTestId('retention-run').click();
  await expect(app.getByText('Details von 1 Einsatz gelöscht')).toBeVisible();
  await expect(panel.getByTestId('retention-preview-result')).toBeHidden();

  await app.getByTestId('nav-results').click();
  await expect(app.getByTestId('situation-count')).toHaveText('1 Einsatz gezählt.');
  await expect(app.getByTestId('situation-table-categories')).toContainText(
    'Kontrollierte Personen',
  );
  // The charts in view are drawn (a chart waits only while it is below the fold).
  await expect(app.getByTestId('situation-months').getByTestId('chart-bar')).toHaveCount(1);
  await shot(app, 'retention-auswertung-de-1280');
});
