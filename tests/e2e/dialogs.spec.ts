// Escape closes one layer at a time: a date dropdown inside a dialog closes alone and keeps
// what was typed in the dialog; the next Escape closes the dialog.
import { expect, openDemoWorkspace, test } from './fixtures';

test('Escape in a date dropdown closes only the dropdown', async ({ app }) => {
  await openDemoWorkspace(app, 'forces');
  await app.getByTestId('record-confirmation').first().click();
  const dialog = app.getByRole('dialog', { name: /^Rückmeldung:/ });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('confirmation-by').fill('PHK Beispiel');
  await dialog.getByTestId('confirmation-at').click();
  const month = app.getByRole('button', {
    name: /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/,
  });
  await expect(month).toBeVisible();

  await app.keyboard.press('Escape');
  await expect(month).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('confirmation-by')).toHaveValue('PHK Beispiel');

  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
