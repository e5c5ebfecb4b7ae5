// Screenshots of every view of the operation workspace (the demo operation) for docs/, plus the
// read-only state of an approved plan and the comparison of two revisions.
import { expect, openDemoWorkspace, setUserName, test } from '../e2e/fixtures';
import { openPart } from '../e2e/support/workspace-nav';

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

const TABS = [
  'general',
  'situation',
  'mission',
  'execution',
  'support',
  'command',
  'targets',
  'forces',
  'teams',
  'comms',
  'timeline',
  'readiness',
  'history',
  'revisions',
] as const;

test('workspace screenshots', async ({ app }) => {
  test.setTimeout(300_000);
  // The history names who made each change, as it does for a user who gave a name.
  await setUserName(app, 'EPHK Erika Mustermann');
  await openDemoWorkspace(app);
  // The "example loaded" toast would cover part of every picture.
  await app.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  for (const tab of TABS) {
    await openPart(app, tab);
    await app.mouse.move(0, 0);
    await app.waitForTimeout(400); // toasts and transitions settle; a picture, not an assertion
    await app.screenshot(shot(`workspace-${tab}`));
  }
});

test('approved plan and revision comparison screenshots', async ({ app }) => {
  test.setTimeout(300_000);
  await setUserName(app, 'EPHK Erika Mustermann');
  await openDemoWorkspace(app, 'situation');
  await app.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  // Sent with "Freigabe nur durch eine zweite Person": the picture shows the second person's step.
  await app.getByTestId('status-menu').click();
  await app.getByTestId('status-to-in_review').click();
  const dialog = app.getByRole('dialog');
  await dialog.getByTestId('status-two-persons').check();
  await dialog.getByTestId('status-confirm').click();
  await expect(dialog).toBeHidden();
  await app.getByTestId('status-menu').click();
  await app.getByTestId('status-to-approved').click();
  await dialog.getByTestId('approve-confirm').click();
  await dialog.getByTestId('approve-second-name').fill('POR Jonas Beispiel');
  await dialog.getByTestId('approve-second-function').fill('Leiter Einsatzabschnitt');
  await dialog.getByTestId('approve-second-declare').check();
  await app.waitForTimeout(400); // the menu closes and the dialog settles
  await app.screenshot(shot('workspace-approve-dialog'));
  await dialog.getByTestId('approve-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('read-only-banner')).toBeVisible();
  await app.mouse.move(0, 0);
  await app.screenshot(shot('workspace-approved'));
  await app.getByTestId('start-revision').click();
  await app.getByTestId('field-situation-trigger').fill('Neuer Anlass nach der Vorbesprechung.');
  await openPart(app, 'mission');
  await app.getByTestId('field-mission-goals').fill('Ziele nach der Vorbesprechung ergänzt.');
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await openPart(app, 'revisions');
  await expect(app.getByTestId('revision-diff')).toBeVisible();
  await app.mouse.move(0, 0);
  await app.screenshot(shot('workspace-revision-compare'));
  await openPart(app, 'history');
  await app
    .getByTestId('history-row')
    .first()
    .getByRole('button', { name: /Details/ })
    .click();
  await expect(app.getByTestId('change-line').first()).toBeVisible();
  await app.mouse.move(0, 0);
  await app.screenshot(shot('workspace-history-details'));
});
