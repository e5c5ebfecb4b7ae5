// Ergebnisse and Auswertung (issue 17): the demo operation is approved and marked
// "Durchgeführt", results for three agencies are typed in the grid by keyboard, the
// Einsatzbericht is saved and read back through LibreOffice, Auswertung shows the numbers under
// a filter, its CSV holds exactly the table's rows, and axe finds nothing on Auswertung.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, openDemoWorkspace, setUserName, test } from './fixtures';
import { docxToText, hasLibreOffice } from './support/docx-text';
import { openPart } from './support/workspace-nav';
import { screenCell } from '../../src/renderer/features/results/situation-format';
import { approveWithReasons } from './support/approve';

/** Pictures of the new screens for a person to look at (VP_SHOTS=<folder>). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.VP_SHOTS;
  if (!dir) return;
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${dir}/${name}.png` });
}

async function markExecuted(page: Page): Promise<void> {
  await page.getByTestId('status-menu').click();
  await page.getByTestId('status-to-executed').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('status-confirm').click();
  await expect(dialog).toBeHidden();
}

const cell = (page: Page, row: number, col: number) =>
  page.locator(`input[data-row="${row}"][data-col="${col}"]`);

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** The text cells of a table's body rows. */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (r) => (await r.locator('td').allInnerTexts()).map((c) => c.trim())),
  );
}

test('results are entered by keyboard, reported and evaluated', async ({ app }, testInfo) => {
  test.setTimeout(240_000);
  await app.setViewportSize({ width: 1280, height: 900 });
  await setUserName(app, 'POK Weber');
  // A new vault: Auswertung says why it is empty, offers nothing to export, its filters say "Alle".
  await app.getByTestId('nav-results').click();
  await expect(app.getByTestId('situation-empty')).toContainText(
    'Noch kein abgeschlossener Einsatz',
  );
  await expect(app.getByTestId('situation-export-csv')).toBeDisabled();
  await expect(app.getByTestId('situation-export-docx')).toBeDisabled();
  await expect(app.getByRole('combobox', { name: 'Behörde' })).toHaveAttribute(
    'placeholder',
    'Alle',
  );
  await shot(app, 'auswertung-empty-de-1280');
  await openDemoWorkspace(app, 'general');
  await openPart(app, 'results');
  await expect(app.getByTestId('results-closed')).toBeVisible();
  await approveWithReasons(app);
  // "Durchgeführt" only after H: the demo's H is at most two weeks ahead.
  await app.clock.setSystemTime(new Date(Date.now() + 20 * 24 * 3600 * 1000));
  await markExecuted(app);
  await openPart(app, 'results');
  await expect(app.getByTestId('results-grid')).toBeVisible();

  // Rows are agency × premises (seven premises per agency); columns start with persons checked.
  const targets = await app.locator('[data-testid^="results-row-"] input[data-col="0"]').count();
  const perAgency = 7;
  expect(targets).toBeGreaterThanOrEqual(3 * perAgency);
  await cell(app, 0, 0).click();
  await app.keyboard.type('12');
  await press(app, 'Enter', perAgency);
  await expect(cell(app, perAgency, 0)).toBeFocused();
  await app.keyboard.type('8');
  await press(app, 'ArrowRight', 2);
  await app.keyboard.type('1');
  await press(app, 'ArrowLeft', 2);
  await expect(cell(app, perAgency, 0)).toBeFocused();
  await press(app, 'ArrowDown', perAgency);
  await expect(cell(app, 2 * perAgency, 0)).toBeFocused();
  await app.keyboard.type('5');
  await press(app, 'ArrowRight', 14);
  await app.keyboard.type('1234,56');
  await press(app, 'Tab');
  const totals = app.getByTestId('results-totals');
  await expect(totals.locator('td[data-metric="persons_checked"]')).toHaveText('25');
  await expect(totals.locator('td[data-metric="arrests"]')).toHaveText('1');
  await expect(totals.locator('td[data-metric="cash_seized_cents"]')).toHaveText(/1\.234,56\s€/);
  await expect(app.getByTestId('results-save-state')).toHaveText('Gespeichert');
  const agencyOf = async (row: number) =>
    (await app.getByTestId(`results-row-${row}`).locator('th span').first().innerText()).trim();
  const second = await agencyOf(perAgency);
  await shot(app, 'results-grid-de-1280');
  await app.getByTestId('results-report').scrollIntoViewIfNeeded();
  await shot(app, 'results-report-de-1280');

  // The Einsatzbericht.
  const downloading = app.waitForEvent('download');
  await app.getByTestId('results-report-save').click();
  const report = await downloading;
  expect(report.suggestedFilename()).toBe('einsatzbericht-demo-winterlicht.docx');
  const reportPath = testInfo.outputPath('einsatzbericht.docx');
  await report.saveAs(reportPath);

  // Auswertung: the demo operation is the one completed operation.
  await app.getByTestId('nav-results').click();
  await expect(app.getByTestId('situation-note')).toContainText(
    'nur aus abgeschlossenen Einsätzen',
  );
  await expect(app.getByTestId('situation-count')).toHaveText('1 Einsatz gezählt.');
  // Numbers and months in German form on screen.
  await expect(app.getByTestId('situation-table-months')).toContainText(/[A-Za-zä]+\.? 2026/);
  await expect(app.getByTestId('situation-table-months')).not.toContainText(/\d{4}-\d{2}/);
  const categories = app.getByTestId('situation-table-categories');
  await expect(categories).toContainText('Kontrollierte Personen');
  expect(await rowsOf(categories)).toContainEqual(['Kontrollierte Personen', 'Anzahl', '25']);
  await expectAccessible(app, 'Auswertung');
  await app.evaluate(() => window.scrollTo(0, 0));
  await shot(app, 'auswertung-de-1280');
  await app.getByTestId('situation-agencyShare').scrollIntoViewIfNeeded();
  await shot(app, 'auswertung-share-de-1280');

  // A filter by agency: only that agency's numbers, and the filter is in the URL.
  await app.getByRole('combobox', { name: 'Behörde' }).click();
  await app.getByRole('option', { name: second, exact: true }).click();
  await expect(app).toHaveURL(/agency=/);
  await expect(categories).not.toContainText('Sichergestelltes Bargeld');
  expect(await rowsOf(categories)).toEqual([
    ['Kontrollierte Personen', 'Anzahl', '8'],
    ['Festnahmen', 'Anzahl', '1'],
  ]);

  // The CSV holds the tables as shown, in plain form for spreadsheets ("2026-12", "1234,56"
  // where the screen says "Dez. 2026", "1.234,56").
  const csvDownload = app.waitForEvent('download');
  await app.getByTestId('situation-export-csv').click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^auswertung-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvPath = testInfo.outputPath('auswertung.csv');
  await csv.saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .map((line) =>
      line
        .split(';')
        .map((cell) => screenCell(cell, 'de'))
        .join(';'),
    );
  for (const key of ['categories', 'agencyShare', 'months']) {
    for (const row of await rowsOf(app.getByTestId(`situation-table-${key}`)))
      expect(lines, `${key}: ${row.join(';')}`).toContain(row.join(';'));
  }
  await expectAccessible(app, 'Auswertung with a filter');

  // A bookmark with a month outside the data and an agency that no longer exists: the month
  // shows as an active filter with the reason for the empty result, the agency is dropped.
  await app.evaluate(() => {
    window.location.hash = '#/results?to=1999-02&agency=deleted-agency';
  });
  await expect(app.getByRole('combobox', { name: 'Bis (Monat)' })).toHaveValue('Feb. 1999');
  await expect(app.getByRole('combobox', { name: 'Behörde' })).toHaveValue('');
  await expect(app.getByTestId('situation-empty')).toContainText('passt zu diesen Filtern');
  await expect(app.getByTestId('situation-export-csv')).toBeDisabled();
  await shot(app, 'auswertung-badurl-de-1280');
  await app.getByTestId('situation-reset').click();
  await expect(app.getByTestId('situation-count')).toHaveText('1 Einsatz gezählt.');

  // The Einsatzbericht as printed.
  test.skip(!hasLibreOffice(), 'LibreOffice (soffice) is not installed: report saved, not opened');
  const text = docxToText(reportPath).replace(/\s+/g, ' ');
  expect(text).toContain('Einsatzbericht');
  expect(text).toContain('VS – NUR FÜR DEN DIENSTGEBRAUCH');
  expect(text).toMatch(/Seite 1 von \d/);
  expect(text).toContain('Ausfertigung 1 von 1');
  expect(text).toContain('Ergebnisse je Kategorie und Behörde');
  expect(text).toContain('1.234,56 €');
  expect(text).toContain('Kontrollierte Personen');
});

test('screens in English', async ({ app }) => {
  test.skip(!process.env.VP_SHOTS, 'only for looking at the screens (VP_SHOTS=<folder>)');
  test.setTimeout(180_000);
  await app.setViewportSize({ width: 1280, height: 900 });
  await setUserName(app, 'POK Weber');
  const id = await openDemoWorkspace(app, 'general');
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/operations/${id}/results`);
  await expect(app.getByTestId('results-closed')).toBeVisible();
  await shot(app, 'results-closed-en-1280');
  await approveWithReasons(app);
  await app.clock.setSystemTime(new Date(Date.now() + 20 * 24 * 3600 * 1000));
  await markExecuted(app);
  await openPart(app, 'results');
  await cell(app, 0, 0).click();
  await app.keyboard.type('3');
  await press(app, 'Tab');
  await expect(app.getByTestId('results-save-state')).toHaveText('Saved');
  await shot(app, 'results-grid-en-1280');
  await app.getByTestId('nav-results').click();
  await expect(app.getByTestId('situation-count')).toHaveText('1 operation counted.');
  await app.evaluate(() => window.scrollTo(0, 0));
  await shot(app, 'auswertung-en-1280');
});
