// Facts after approval (issue 12 item 2): on an approved plan the actual strength of an agency
// is still recorded in Kräfte, without reopening the plan, kept across a reload and shown as
// "Nachtrag nach Freigabe" in Kräfte and Verlauf. The plan's own fields stay locked.
import type { Page } from '@playwright/test';
import { expect, openDemoWorkspace, reloadAndUnlock, setUserName, test } from './fixtures';
import { openPart } from './support/workspace-nav';
import { approveWithReasons } from './support/approve';

const SHOTS = process.env.VP_SHOTS;

/** Pictures of the changed screens at 1280 px for a person to look at (VP_SHOTS=<folder>). */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  if (size) await page.setViewportSize(size);
}

test('the actual strength is recorded on an approved plan as "Nachtrag nach Freigabe"', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await setUserName(app, 'POK Weber');
  await openDemoWorkspace(app, 'forces');
  // While the plan is drafted there is no actual strength to record yet.
  await expect(app.getByTestId('actual-strength')).toHaveCount(0);
  await approveWithReasons(app);
  await openPart(app, 'forces');

  const card = app.getByTestId('participation-card').first();
  const agency = (await card.getAttribute('data-agency')) ?? '';
  const field = card.getByTestId('actual-strength');
  await expect(field).toBeEditable();
  await expect(card.getByTestId('actual-strength-late')).toHaveCount(0);
  // The plan itself stays locked: the requested strength cannot be changed any more.
  await card.getByTestId('participation-details').click();
  await expect(card.getByTestId('requested-strength')).not.toBeEditable();

  // Out of range is refused with a message when the field is left, and not stored.
  await field.fill('2500');
  await app.keyboard.press('Tab');
  await expect(
    card.getByText('Bitte eine ganze Zahl von 0 bis 2.000 eingeben. Nicht gespeichert.'),
  ).toBeVisible();
  await expect(card.getByTestId('actual-strength-late')).toHaveCount(0);
  await field.fill('7');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect(card.getByTestId('actual-strength-late')).toHaveText('Nachtrag nach Freigabe');

  await reloadAndUnlock(app);
  const again = app.locator(`[data-testid="participation-card"][data-agency="${agency}"]`);
  await expect(again.getByTestId('actual-strength')).toHaveValue('7');
  await expect(again.getByTestId('actual-strength-late')).toHaveText('Nachtrag nach Freigabe');
  // Still the approved plan: no new revision, no second approval.
  const header = app.getByTestId('workspace-header');
  await expect(header).toContainText('Freigegeben');
  await expect(header).toContainText('Revision 1');
  await shot(app, 'late-actual-strength-de-1280');

  await openPart(app, 'history');
  const row = app
    .getByTestId('history-row')
    .filter({ has: app.getByTestId('history-late') })
    .first();
  await expect(row.getByTestId('history-late')).toHaveText('Nachtrag nach Freigabe');
  await expect(row).toContainText(agency);
  // Its details name the field as Kräfte does (the label comes from the field list).
  await row.getByRole('button', { name: /Details/ }).click();
  await expect(app.getByText('Ist-Stärke (Personen vor Ort)')).toBeVisible();
  await shot(app, 'late-actual-strength-history-de-1280');
});

test('screens of the actual strength in English (VP_SHOTS only)', async ({ app }) => {
  test.skip(!SHOTS, 'only when VP_SHOTS is set');
  test.setTimeout(120_000);
  await setUserName(app, 'POK Weber');
  const id = await openDemoWorkspace(app, 'forces');
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/operations/${id}/forces`);
  await approveWithReasons(app);
  await openPart(app, 'forces');
  const card = app.getByTestId('participation-card').first();
  await card.getByTestId('actual-strength').fill('7');
  await app.keyboard.press('Tab');
  await expect(card.getByTestId('actual-strength-late')).toHaveText('Added after approval');
  await shot(app, 'late-actual-strength-en-1280');
  await openPart(app, 'history');
  await expect(app.getByTestId('history-late').first()).toBeVisible();
  await shot(app, 'late-actual-strength-history-en-1280');
});
