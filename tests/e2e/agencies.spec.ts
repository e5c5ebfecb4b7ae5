// Behörden: the seeded catalogue is listed, searched and filtered; contacts are checked at the
// field; agencies are retired and reactivated, merged, imported from CSV (line-numbered errors,
// valid rows only after confirmation) and exported with formula cells neutralised.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { chooseFile } from './support/choose-file';

// Long journeys with several axe runs over a 100-row table: give them room on a busy 2-core CI.
test.describe.configure({ timeout: 120_000 });

const rows = (app: Page) => app.getByTestId('agency-row');
const rowNamed = (app: Page, name: string) =>
  rows(app).filter({ has: app.getByRole('button', { name, exact: true }) });

async function openAgencies(app: Page) {
  await app.getByTestId('nav-agencies').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Behörden' })).toBeVisible();
  await expect(rows(app)).toHaveCount(103);
}

test('lists, searches and filters the catalogue; contacts are checked at the field', async ({
  app,
}) => {
  await openAgencies(app);
  await expect(app.getByTestId('agencies-count')).toHaveText('103 Behörden');
  await expectAccessible(app, 'agencies list');

  await app.getByTestId('agencies-search').fill('hauptzollamt essen');
  await expect(rows(app)).toHaveCount(2);
  await app.getByTestId('agencies-search').fill('');
  await expect(rows(app)).toHaveCount(103);

  await app.getByTestId('agencies-filter-kind').click();
  await app.getByRole('option', { name: 'Zoll', exact: true }).click();
  await expect(rows(app)).toHaveCount(7);
  for (const text of await rows(app).allInnerTexts()) expect(text).toContain('Zoll');

  await rowNamed(app, 'Hauptzollamt Essen').getByRole('button').click();
  const drawer = app.getByTestId('agency-drawer');
  await expect(drawer.getByTestId('agency-name')).toHaveValue('Hauptzollamt Essen');
  await drawer.getByTestId('agency-tab-contacts').click();
  await drawer.getByTestId('contact-add').click();
  await app.getByTestId('contact-name').fill('ZOI Tom Probe');
  await app.getByTestId('contact-function').fill('Sachgebiet Prüfungen');
  await app.getByTestId('contact-phone').fill('0201 4710-103');
  await app.getByTestId('contact-email').fill('tom.probe@');
  await app.getByTestId('contact-save').click();
  await expect(app.getByText('Bitte eine gültige E-Mail-Adresse angeben')).toBeVisible();
  await expect(app.getByTestId('contact-email')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(app, 'contact form with an error');
  await app.getByTestId('contact-email').fill('tom.probe@zoll.example');
  await app.getByTestId('contact-save').click();
  await expect(drawer.getByTestId('contact-row')).toHaveCount(1);
  await expect(drawer.getByTestId('contact-row')).toContainText('tom.probe@zoll.example');
  await expectAccessible(app, 'agency drawer');
});

test('retires an agency (hidden from the list) and reactivates it', async ({ app }) => {
  await openAgencies(app);
  // Keyboard: the name opens the drawer with Enter, Escape closes it and focus returns.
  const name = rowNamed(app, 'Generalzolldirektion').getByRole('button');
  await name.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('agency-retire')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('agency-drawer')).toBeHidden();
  await expect(name).toBeFocused();
  await app.keyboard.press('Enter');
  await app.getByTestId('agency-retire').click();
  await app.getByTestId('retire-dialog-confirm').click();
  await expect(app.getByTestId('agency-reactivate')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(rows(app)).toHaveCount(102);
  await expect(rowNamed(app, 'Generalzolldirektion')).toHaveCount(0);

  await app.getByTestId('agencies-show-retired').click();
  await expect(rows(app)).toHaveCount(103);
  const retired = rowNamed(app, 'Generalzolldirektion');
  await expect(retired.getByTestId('agency-retired')).toBeVisible();
  await retired.getByRole('button').click();
  await app.getByTestId('agency-reactivate').click();
  await expect(app.getByTestId('agency-retire')).toBeVisible();
  await app.keyboard.press('Escape');
  await app.getByTestId('agencies-show-retired').click();
  await expect(rows(app)).toHaveCount(103);
});

test('merges a duplicate into the catalogue agency; its contact follows', async ({ app }) => {
  await openAgencies(app);
  // A duplicate typed in by hand, with a contact, merged into the catalogue entry.
  await app.getByTestId('agencies-new').click();
  await app.getByTestId('agency-name').fill('HZA Essen (Dublette)');
  await app.getByTestId('agency-kind').click();
  await app.getByRole('option', { name: 'Zoll', exact: true }).click();
  await app.getByTestId('agency-save').click();
  await app.getByTestId('agency-tab-contacts').click();
  await app.getByTestId('contact-add').click();
  await app.getByTestId('contact-name').fill('Lena Exempel');
  await app.getByTestId('contact-save').click();
  await expect(app.getByTestId('contact-row')).toHaveCount(1);
  await app.keyboard.press('Escape');
  await expect(rows(app)).toHaveCount(104);

  await rowNamed(app, 'Hauptzollamt Essen').getByRole('button').click();
  await app.getByTestId('agency-merge').click();
  await app.getByTestId('merge-pick').fill('Dublette');
  await app.getByRole('option', { name: 'HZA Essen (Dublette)' }).click();
  await expect(app.getByTestId('merge-preview')).toContainText('Ansprechpersonen übernommen: 1');
  await expectAccessible(app, 'merge dialog');
  await app.getByTestId('merge-confirm').click();
  await expect(app.getByText('wurde in „Hauptzollamt Essen“ zusammengeführt')).toBeVisible();
  await app.getByTestId('agency-tab-contacts').click();
  await expect(app.getByTestId('contact-row')).toContainText('Lena Exempel');
  await app.keyboard.press('Escape');
  await expect(rows(app)).toHaveCount(103);
  await expect(rowNamed(app, 'HZA Essen (Dublette)')).toHaveCount(0);
});

const IMPORT = [
  'Name;Kurzname;Art;Zuständigkeitsebene;Zuständigkeitsbereich;Ansprechperson;Funktion;Ansprechperson E-Mail',
  'Stadt Probstadt – Ordnungsamt;OA Probstadt;Ordnungsamt;Kommune;Probstadt;Jana Beispiel;Außendienst;jana@probstadt.example',
  "Stadt Probstadt – Ordnungsamt;;;;;Paul Platzhalter;=cmd|' /C calc'!A0;paul@",
  "Stadt Probstadt – Bauordnung;BO Probstadt;Bauaufsicht;Kommune;Probstadt;Mara Fiktiv;=cmd|' /C calc'!A0;mara@probstadt.example",
  'Stadt Probstadt – Feuerwehr;;Wasserwerk;Kommune;Probstadt;;;',
].join('\r\n');

test('imports valid CSV rows after confirmation and exports with formulas neutralised', async ({
  app,
}) => {
  await openAgencies(app);
  await app.getByTestId('agencies-import').click();
  await chooseFile(app, app.getByTestId('import-choose'), {
    name: 'behoerden.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(IMPORT, 'utf8'),
  });
  const errors = app.getByTestId('import-errors');
  await expect(errors).toContainText('Zeile 3, Spalte „Ansprechperson E-Mail“');
  await expect(errors).toContainText('Zeile 5, Spalte „Art“: Unbekannte Behördenart „Wasserwerk“');
  await expect(app.getByTestId('import-summary')).toHaveText(
    '2 von 4 Zeilen sind gültig: 2 Behörden.',
  );
  await expect(rows(app)).toHaveCount(103);
  await expectAccessible(app, 'import dialog');
  await app.getByTestId('import-confirm').click();
  await expect(app.getByText('Import abgeschlossen: 2 neu')).toBeVisible();
  await expect(rows(app)).toHaveCount(105);
  await app.getByTestId('agencies-search').fill('probstadt');
  await expect(rows(app)).toHaveCount(2);

  const downloading = app.waitForEvent('download');
  await app.getByTestId('agencies-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^behoerden-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.split('\r\n')[0]).toContain('Name;Kurzname;Art;');
  expect(text).toContain(";'=cmd|' /C calc'!A0;");
  expect(text).not.toMatch(/;=cmd/);
  expect(text).toContain('Mara Fiktiv');
  expect(text.split('\r\n').filter((l) => l.startsWith('Stadt Probstadt'))).toHaveLength(2);
});
