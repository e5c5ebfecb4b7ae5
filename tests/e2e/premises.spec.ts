// Objekte: the registry lists and searches premises (in-memory index over decrypted data),
// creates one with checks at the fields, and takes attachments checked by content.
import { expect, expectAccessible, test } from './fixtures';
import { chooseFile } from './support/choose-file';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('lists, searches and edits premises; attachments are checked by content', async ({ app }) => {
  await app.getByTestId('load-demo').click();
  await expect(app.getByTestId('operation-row')).toHaveCount(1);
  await app.getByTestId('nav-premises').click();
  const rows = app.getByTestId('premises-row');
  await expect(rows).toHaveCount(7);
  await expectAccessible(app, 'premises list');

  await app.getByTestId('premises-search').fill('musterstrasse');
  await expect(rows.first()).toBeVisible();
  const hits = await rows.count();
  expect(hits).toBeGreaterThan(0);
  expect(hits).toBeLessThan(7);
  await app.getByTestId('premises-search').fill('gibt es nicht xyz');
  await expect(app.getByText('Keine Objekte passen')).toBeVisible();
  await app.getByTestId('premises-search').fill('');
  await expect(rows).toHaveCount(7);

  await app.getByTestId('premises-new').click();
  await app.getByTestId('premises-save').click();
  await expect(app.getByText('Bitte einen Namen angeben.')).toBeVisible();
  await expect(app.getByText('Bitte die Art des Objekts wählen.')).toBeVisible();
  await app.getByTestId('premises-name').fill('Kiosk Probeplatz');
  await app.getByTestId('premises-kind').click();
  await app.getByRole('option', { name: 'Kiosk' }).click();
  await app.getByTestId('premises-save').click();
  await expect(app.getByTestId('attachments')).toBeVisible();
  await expectAccessible(app, 'premises drawer');

  const attach = (name: string, buffer: Buffer) =>
    chooseFile(app, app.getByTestId('attachment-add'), { name, mimeType: 'image/png', buffer });
  await attach('grundriss.png', PNG);
  await expect(app.getByTestId('attachment-row')).toHaveCount(1);
  await attach('getarnt.png', Buffer.from('<script>alert(1)</script>'));
  await expect(app.getByText('geprüft wird der Inhalt')).toBeVisible();
  await expect(app.getByTestId('attachment-row')).toHaveCount(1);

  // Removing an attachment deletes the file for good: it asks first, with the focus on
  // "Abbrechen", and Escape closes only the question, not the panel.
  await attach('foto.png', PNG);
  await expect(app.getByTestId('attachment-row')).toHaveCount(2);
  await app.getByRole('button', { name: 'Entfernen: foto.png' }).click();
  const confirm = app.getByRole('dialog', { name: 'Entfernen' });
  await expect(confirm).toContainText('Anlage „foto.png“ entfernen?');
  await expect(confirm.getByTestId('attachment-delete-cancel')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(app.getByTestId('attachments')).toBeVisible();
  await expect(app.getByTestId('attachment-row')).toHaveCount(2);
  await app.getByRole('button', { name: 'Entfernen: foto.png' }).click();
  await confirm.getByTestId('attachment-delete-confirm').click();
  await expect(app.getByText('Anlage entfernt.')).toBeVisible();
  await expect(app.getByTestId('attachment-row')).toHaveCount(1);
  await expect(app.getByTestId('attachment-row')).toContainText('grundriss.png');

  await app.keyboard.press('Escape');
  await app.getByTestId('premises-search').fill('probeplatz kiosk');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('1');
});
