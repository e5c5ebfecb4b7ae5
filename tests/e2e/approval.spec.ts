// Approval that means something (issue 12 items 1, 2, 13): an empty plan cannot be approved
// with two clicks; the four-eyes rule refuses the drafter and records the second person; a late
// liaison answer is recorded on the approved plan as "Nachtrag nach Freigabe" without a new
// revision; the status menu passes axe's contrast and menu-structure rules.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openDemoWorkspace, openNewOperationDialog, setUserName, test } from './fixtures';

/** Pictures of the changed screens for a person to look at (VP_SHOTS=<folder>). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.VP_SHOTS;
  if (!dir) return;
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${dir}/${name}.png` });
}

/** Opens a workspace tab by its route (the tab bar is being regrouped; the routes stay). */
async function goTab(page: Page, tab: string): Promise<void> {
  await page.evaluate((t) => {
    const id = /^#\/operations\/([^/?]+)/.exec(window.location.hash)?.[1] ?? '';
    window.location.hash = `#/operations/${id}/${t}`;
  }, tab);
  await expect(page).toHaveURL(new RegExp(`/${tab}$`));
}

async function moveStatus(page: Page, to: string, twoPersons = false): Promise<void> {
  await page.getByTestId('status-menu').click();
  await page.getByTestId(`status-to-${to}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (twoPersons) await dialog.getByTestId('status-two-persons').check();
  await dialog.getByTestId('status-confirm').click();
  await expect(dialog).toBeHidden();
}

/** Opens "Freigeben" and writes a reason for every open mandatory item. */
async function openApprovalWithReasons(page: Page): Promise<number> {
  await page.getByTestId('status-menu').click();
  await page.getByTestId('status-to-approved').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('approve-review')).toBeVisible();
  const reasons = dialog.locator('[data-testid^="approve-reason-"]');
  const count = await reasons.count();
  for (let i = 0; i < count; i++)
    await reasons.nth(i).fill(`Begründung ${i + 1}: wird vor dem Einsatz geklärt`);
  return count;
}

test('an empty plan cannot be approved without a written reason per mandatory item', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await setUserName(app, 'POK Weber');
  const dialog = await openNewOperationDialog(app);
  await dialog.getByTestId('new-code-name').fill('LEERLAUF');
  await dialog.getByTestId('new-save').click();
  await expect(app.getByTestId('workspace')).toBeVisible();
  await moveStatus(app, 'planning');
  await moveStatus(app, 'in_review');

  await app.getByTestId('status-menu').click();
  await app.getByTestId('status-to-approved').click();
  const approve = app.getByRole('dialog');
  await expect(approve.getByTestId('approve-blocked')).toContainText('blockieren die Freigabe');
  await shot(app, 'approve-blocked-de-1280');
  // Two clicks no longer approve: the first item without a reason gets the focus.
  await approve.getByTestId('approve-confirm').click();
  await expect(approve.getByTestId('approve-reason-0')).toBeFocused();
  await expect(approve.getByText('Begründung fehlt').first()).toBeVisible();
  await expect(approve).toBeVisible();

  const count = await approve.locator('[data-testid^="approve-reason-"]').count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++)
    await approve.getByTestId(`approve-reason-${i}`).fill(`Begründung ${i + 1}: bewusst offen`);
  await approve.getByTestId('approve-confirm').click();
  await expect(approve).toBeHidden();

  const note = app.getByTestId('approval-note');
  await expect(note).toContainText(`freigegeben mit ${count} offenen Pflichtpunkten`);
  // Each item keeps its own reason (the five empty parts are five items, not one).
  for (let i = 1; i <= count; i++)
    await expect(note).toContainText(`Begründung ${i}: bewusst offen`);
  await expect(note).toContainText('Freigegeben von POK Weber');
  await expect(note).toContainText('(Revision 1)');
  await shot(app, 'approved-with-open-items-de-1280');

  // Verlauf records who, when, which revision and the open items with their reasons.
  await goTab(app, 'history');
  const approvalRow = app.getByTestId('history-row').filter({ hasText: 'freigegeben' }).first();
  await expect(approvalRow.getByTestId('approval-note')).toContainText(
    `freigegeben mit ${count} offenen Pflichtpunkten`,
  );
});

test('four eyes: the drafter cannot approve alone; the second person is recorded', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await setUserName(app, 'POK Weber');
  await openDemoWorkspace(app, 'general');
  await moveStatus(app, 'in_review', true);

  await openApprovalWithReasons(app);
  const dialog = app.getByRole('dialog');
  await expect(dialog.getByTestId('approve-two-persons')).toContainText('POK Weber');
  await dialog.getByTestId('approve-confirm').click();
  const second = dialog.getByTestId('approve-second-person');
  await expect(second).toContainText('eine Erklärung, kein Nachweis');
  await shot(app, 'approve-second-person-de-1280');

  await dialog.getByTestId('approve-second-name').fill('pok weber');
  await dialog.getByTestId('approve-second-function').fill('Sachbearbeiter');
  await dialog.getByTestId('approve-second-declare').check();
  await dialog.getByTestId('approve-confirm').click();
  await expect(dialog.getByTestId('approve-error')).toContainText('nicht allein freigeben');
  await expect(app.getByTestId('workspace-header')).toContainText('Zur Freigabe');

  await dialog.getByTestId('approve-second-name').fill('EPHK Schulte');
  await dialog.getByTestId('approve-second-function').fill('Leiter Einsatzabschnitt');
  await dialog.getByTestId('approve-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('workspace-header')).toContainText('Freigegeben von EPHK Schulte');
  await expect(app.getByTestId('approval-note')).toContainText(
    'als zweite Person erklärt; vorgelegt von POK Weber',
  );

  await goTab(app, 'history');
  await expect(
    app.getByTestId('history-row').filter({ hasText: 'EPHK Schulte' }).first(),
  ).toContainText('Leiter Einsatzabschnitt');
});

test('a late confirmation on an approved plan is a "Nachtrag nach Freigabe", no new revision', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await setUserName(app, 'POK Weber');
  await openDemoWorkspace(app, 'general');
  await moveStatus(app, 'in_review');
  await openApprovalWithReasons(app);
  await app.getByRole('dialog').getByTestId('approve-confirm').click();
  await expect(app.getByTestId('read-only-banner')).toBeVisible();

  await goTab(app, 'forces');
  const card = app
    .getByTestId('participation-card')
    .filter({ has: app.getByTestId('confirmation-status').getByText('angefragt', { exact: true }) })
    .first();
  const agency = await card.getAttribute('data-agency');
  await card.getByTestId('record-confirmation').click();
  const modal = app.getByRole('dialog');
  await expect(modal.getByTestId('confirmation-late-note')).toContainText('Nachtrag nach Freigabe');
  await modal.getByTestId('confirmation-by').fill('KHK Brandt');
  await shot(app, 'late-answer-dialog-de-1280');
  await modal.getByTestId('confirmation-save').click();
  await expect(modal).toBeHidden();

  const answered = app.locator(`[data-testid="participation-card"][data-agency="${agency}"]`);
  await expect(answered.getByTestId('late-answer')).toHaveText('Nachtrag nach Freigabe');
  await expect(answered.getByTestId('confirmation-status')).toHaveText(/^bestätigt$/i);
  await shot(app, 'late-answer-forces-de-1280');
  // Still the approved revision 1: no new revision, no second approval.
  const header = app.getByTestId('workspace-header');
  await expect(header).toContainText('Revision 1');
  await expect(header).toContainText('Freigegeben');
  await goTab(app, 'revisions');
  // Only the current version is listed: no approved revision was set aside for a new one.
  await expect(app.getByTestId('revisions')).toBeVisible();
  await expect(app.getByTestId('revision-entry')).toHaveCount(0);

  await goTab(app, 'history');
  await expect(app.getByTestId('history-late').first()).toHaveText('Nachtrag nach Freigabe');
});

test('status menu: readable "Absagen" and a menu that holds only menu items', async ({ app }) => {
  await openDemoWorkspace(app, 'general');
  await app.getByTestId('status-menu').click();
  const menu = app.getByRole('menu');
  await expect(menu.getByTestId('status-to-cancelled')).toBeVisible();
  const result = await new AxeBuilder({ page: app })
    .include('[role="menu"]')
    .withRules(['color-contrast', 'aria-required-children'])
    .analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  // The focus starts on the first item and the arrows move through them.
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').nth(1)).toBeFocused();
});
