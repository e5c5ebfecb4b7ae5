// Objekte: the registry lists and searches premises (in-memory index over decrypted data),
// creates one with checks at the fields, and takes attachments checked by content.
import { expect, expectAccessible, test, unlock } from './fixtures';
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

// Issue 12.3: a coordinate typed with a point stayed empty and became 90 on leaving the field;
// a pasted 7.1000 became 71000, then 180. Now text is kept, a pair fills both, and input out of
// range is refused with a message instead of being clamped.
test('coordinates keep what was typed, take a pasted pair and are never clamped', async ({
  app,
}) => {
  await app.getByTestId('nav-premises').click();
  await app.getByTestId('premises-new').click();
  await app.getByTestId('premises-name').fill('Imbiss Koordinatenprobe');
  await app.getByTestId('premises-kind').click();
  await app.getByRole('option', { name: 'Kiosk' }).click();
  const lat = app.getByTestId('premises-location-lat');
  const lng = app.getByTestId('premises-location-lng');

  await lat.pressSequentially('51.5075');
  await lat.blur();
  await expect(lat).toHaveValue('51.5075');

  await lng.fill('95');
  await lng.blur();
  await expect(app.getByText('Der Längengrad muss zwischen −180 und 180 liegen')).toHaveCount(0);
  await lat.fill('95');
  await lat.blur();
  await expect(app.getByText('Der Breitengrad muss zwischen −90 und 90 liegen')).toBeVisible();
  await app.getByTestId('premises-save').click();
  await expect(app.getByText('Die Koordinaten sind ungültig')).toBeVisible();
  await expect(app.getByTestId('attachments')).toHaveCount(0);

  // A pair copied from a map service, pasted into either field, fills both.
  await lng.fill('');
  await lng.focus();
  await app.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const data = new DataTransfer();
    data.setData('text/plain', '51.5075, 7.1000');
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(lat).toHaveValue('51,5075');
  await expect(lng).toHaveValue('7,1');
  await expect(app.getByText('Der Breitengrad muss')).toHaveCount(0);
  await app.getByTestId('premises-save').click();
  await expect(app.getByTestId('attachments')).toBeVisible();

  await app.reload();
  await unlock(app);
  await app.getByTestId('nav-premises').click();
  await app.getByRole('button', { name: 'Imbiss Koordinatenprobe' }).click();
  await expect(app.getByTestId('premises-location-lat')).toHaveValue('51,5075');
  await expect(app.getByTestId('premises-location-lng')).toHaveValue('7,1');
});
