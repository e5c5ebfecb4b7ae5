// Dialogs: Escape closes one layer at a time (a date dropdown inside a dialog closes alone and
// keeps what was typed), and the buttons of a grave step say what they do.
import { expect, openDemoWorkspace, openNewOperationDialog, test } from './fixtures';
import { openPart } from './support/workspace-nav';

test('Escape in a date dropdown closes only the dropdown', async ({ app }) => {
  await openDemoWorkspace(app, 'forces');
  await app.getByTestId('record-confirmation').first().click();
  const dialog = app.getByRole('dialog', { name: /^Rückmeldung:/ });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('confirmation-by').fill('PHK Beispiel');
  // The date-time field opens its calendar from its button (or Alt+↓ in the field).
  await dialog.getByTestId('confirmation-at-calendar').click();
  const calendar = app.getByTestId('confirmation-at-calendar-panel');
  await expect(calendar).toBeVisible();

  await app.keyboard.press('Escape');
  await expect(calendar).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('confirmation-by')).toHaveValue('PHK Beispiel');

  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('calling off an operation says so on its buttons; "Zurück" keeps it', async ({ app }) => {
  await openDemoWorkspace(app);
  await app.getByTestId('status-menu').click();
  await app.getByTestId('status-to-cancelled').click();
  const dialog = app.getByRole('dialog', { name: 'Status ändern: Abgesagt' });
  await expect(dialog.getByRole('button', { name: 'Absagen' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Zurück' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.getByText('In Planung', { exact: true })).toBeVisible();
});

test('closing a form with unsaved input asks first; keep editing or discard', async ({ app }) => {
  await app.getByTestId('nav-agencies').click();
  const open = app
    .getByTestId('agency-row')
    .getByRole('button', { name: 'Generalzolldirektion', exact: true });
  await open.click();
  const drawer = app.getByTestId('agency-drawer');
  const name = drawer.getByTestId('agency-name');
  await name.fill('Generalzolldirektion (geändert)');

  await app.keyboard.press('Escape');
  const question = app.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Weiter bearbeiten' })).toBeFocused();
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(question).toHaveCount(0);
  await expect(name).toHaveValue('Generalzolldirektion (geändert)');

  await app.keyboard.press('Escape');
  await question.getByRole('button', { name: 'Verwerfen und schließen' }).click();
  await expect(drawer).toBeHidden();
  await open.click();
  await expect(name).toHaveValue('Generalzolldirektion');
  // Nothing typed: Escape closes at once.
  await app.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The same for a new operation with a code name typed.
  const dialog = await openNewOperationDialog(app);
  await dialog.getByTestId('new-code-name').fill('HALBFERTIG');
  await app.keyboard.press('Escape');
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(dialog.getByTestId('new-code-name')).toHaveValue('HALBFERTIG');
});

test('every delete button says what it deletes', async ({ app }) => {
  await openDemoWorkspace(app, 'targets');
  const remove = new RegExp(
    '^(Aus dem Plan entfernen|Rechtsgrundlage entfernen|Aus dem Einsatz entfernen|' +
      'Fahrzeug entfernen|Team löschen|Entfernen|Sprechgruppe löschen|Eintrag löschen)',
  );
  for (const tab of ['targets', 'forces', 'teams', 'timeline', 'comms'] as const) {
    await openPart(app, tab);
    const buttons = app.getByTestId('workspace').getByRole('button', { name: remove });
    await expect(buttons.first()).toBeVisible();
    const names = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    // One name per item ("Team löschen: Kontrollteam 2 – …"), never the bare action.
    expect(
      names.every((n) => n?.includes(': ')),
      `${tab}: ${names.join(' | ')}`,
    ).toBe(true);
    // Whole items are told apart on the page; a card's own lines (legal bases, vehicles)
    // within their card.
    const items = names.filter((n) => !/^(Rechtsgrundlage|Fahrzeug) entfernen/.test(n ?? ''));
    expect(new Set(items).size, tab).toBe(items.length);
  }
});
