// Einsätze: create an operation through the dialog (checked at the fields), search and filter
// 1,000 operations restored from a prepared backup (and keep the filters across a reload),
// duplicate, archive, trash and restore, and empty the trash only after asking.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, reloadAndUnlock, test } from './fixtures';
import { completeTables, writeBackup } from './support/backup-file';
import {
  buildOperationsDataset,
  type OperationsDataset,
} from '../renderer/support/operations-dataset';
import { restoreBackup } from './support/restore';
import { typedInDays } from './support/typed-dates';

const BACKUP_PASSPHRASE = 'Testbestand-Tausend-Einsaetze-2026';

async function loadDataset(page: Page, path: string, count: number): Promise<OperationsDataset> {
  const data = buildOperationsDataset(count, new Date().toISOString());
  await writeBackup(
    path,
    completeTables({
      settings: data.settings,
      agencies: data.agencies,
      operations: data.operations,
      participations: data.participations,
    }),
    BACKUP_PASSPHRASE,
  );
  await restoreBackup(page, path, BACKUP_PASSPHRASE);
  return data;
}

const count = (page: Page) => page.getByTestId('operations-count');

test('creates an operation from scratch; the dialog checks code name and H-hour', async ({
  app,
}) => {
  // Two axe runs: well over the default minute on a loaded shared machine.
  test.setTimeout(120_000);
  await expect(app.getByTestId('operations-empty')).toBeVisible();
  // Alt+N works in the browser (Chromium keeps Ctrl+N for a new window).
  await app.keyboard.press('Alt+N');
  const dialog = app.getByRole('dialog', { name: 'Neuer Einsatz' });
  await expect(dialog).toBeVisible();
  await expect(app.getByTestId('new-code-name')).toBeFocused();
  await expectAccessible(app, 'new-operation dialog');

  await app.getByTestId('new-save').click();
  await expect(dialog.getByText('Bitte einen Decknamen angeben.')).toBeVisible();
  await expect(app.getByTestId('new-code-name')).toHaveAttribute('aria-invalid', 'true');

  await app.getByTestId('new-code-name').fill('NACHTFALTER');
  await app.getByTestId('new-title').fill('Verbundkontrolle Shisha-Bars Gelsenkirchen');
  await app.getByTestId('new-h-hour').fill(typedInDays(-30));
  await app.keyboard.press('Tab');
  await app.getByTestId('new-save').click();
  await expect(dialog.getByText('Die H-Zeit liegt in der Vergangenheit.')).toBeVisible();
  await expect(app).toHaveURL(/#\/operations$/);

  await app.getByTestId('new-h-hour').fill(typedInDays(30));
  await app.keyboard.press('Tab');
  await app.getByTestId('new-exercise').check();
  await app.getByTestId('new-save').click();
  await expect(app).toHaveURL(/#\/operations\/[^/?]+/);
  const id = /#\/operations\/([^/?]+)/.exec(app.url())?.[1];

  await app.getByTestId('nav-operations').click();
  const row = app.getByTestId('operation-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('NACHTFALTER');
  await expect(row).toContainText('Verbundkontrolle Shisha-Bars Gelsenkirchen');
  await expect(row.getByTestId('exercise-badge')).toHaveText('ÜBUNG');
  await expectAccessible(app, 'operations list');

  // Keyboard: Tab to the row, Enter opens the workspace of that operation.
  await row.focus();
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(new RegExp(`#/operations/${id}`));
});

test('searches and filters 1,000 operations; the URL keeps them across a reload', async ({
  app,
}, testInfo) => {
  test.setTimeout(180_000);
  const data = await loadDataset(app, testInfo.outputPath('1k.vpbak'), 1_000);
  const active = data.operations.filter((o) => o.archivedAt === null);
  await expect(count(app)).toHaveText(`${active.length} Einsätze`);
  await expect(app.getByTestId('operation-row').first()).toBeVisible();
  // Virtual rows: far fewer rows in the DOM than operations.
  expect(await app.getByTestId('operation-row').count()).toBeLessThan(80);

  // Full-text search through the in-memory index (code name prefix, case-insensitive).
  const kranich = active.filter((o) => o.codeName.startsWith('KRANICH'));
  await app.keyboard.press('/');
  await expect(app.getByTestId('operations-search')).toBeFocused();
  await app.keyboard.type('kranich');
  await expect(count(app)).toHaveText(`${kranich.length} von ${active.length} Einsätzen`);
  await expect(app.getByTestId('operation-row').first()).toContainText('KRANICH');

  // Add filters: municipality Essen and status "In Planung".
  await app.getByTestId('operations-search').fill('');
  await app.getByTestId('filter-municipality').click();
  await app.getByRole('option', { name: 'Essen', exact: true }).click();
  await app.getByTestId('filter-status').click();
  await app.getByRole('option', { name: 'In Planung' }).click();
  await app.keyboard.press('Escape');
  const essenPlanning = active.filter(
    (o) => o.municipalityId === 'essen' && o.status === 'planning',
  );
  await expect(count(app)).toHaveText(`${essenPlanning.length} von ${active.length} Einsätzen`);

  // Exercises only, within one year of the dataset's fixed 2025–2027 range.
  const year = 2026;
  await app.getByTestId('filter-exercise').getByText('Nur Übungen').click();
  await app.getByTestId('filter-from').fill(`01.01.${year}`);
  await app.getByTestId('filter-to').fill(`31.12.${year}`);
  await app.keyboard.press('Escape');
  const inYear = (h: string | null) =>
    h !== null && h >= `${year - 1}-12-31T23:00:00.000Z` && h < `${year}-12-31T23:00:00.000Z`;
  // In this dataset no Essen exercise in planning falls in 2026: the list must say "0 von …".
  const combined = essenPlanning.filter((o) => o.exercise && inYear(o.hHour));
  await expect(count(app)).toHaveText(`${combined.length} von ${active.length} Einsätzen`);
  await expect(app).toHaveURL(/status=planning/);
  await expect(app).toHaveURL(/mun=essen/);
  await expect(app).toHaveURL(/exercise=only/);
  await expectAccessible(app, 'filtered operations list');

  // Sort by code name, then reload: filters, sort and rows come back from the URL.
  await app.getByTestId('filter-exercise').getByText('Alle').click();
  await app.getByTestId('sort-codeName').click();
  const inRange = essenPlanning.filter((o) => inYear(o.hHour));
  expect(inRange.length).toBeGreaterThan(0);
  const firstByName = [...inRange].sort((a, b) => a.codeName.localeCompare(b.codeName, 'de'))[0];
  await expect(app.getByTestId('operation-row').first()).toContainText(firstByName?.codeName ?? '');
  const url = app.url();
  await reloadAndUnlock(app);
  expect(app.url()).toBe(url);
  await expect(count(app)).toHaveText(`${inRange.length} von ${active.length} Einsätzen`);
  await expect(app.getByTestId('operation-row').first()).toContainText(firstByName?.codeName ?? '');
  await expect(app.getByTestId('filter-from')).toHaveValue(`01.01.${year}`);

  // Archived operations are hidden until asked for.
  await app.getByTestId('filters-reset').click();
  await expect(count(app)).toHaveText(`${active.length} Einsätze`);
  await app.getByTestId('filter-archived').check();
  await expect(count(app)).toHaveText(
    `${data.operations.length} von ${data.operations.length} Einsätzen`,
  );

  // Keyboard: arrow keys move the row focus through the virtual rows.
  await app.getByTestId('operation-row').first().click();
  for (let i = 0; i < 30; i++) await app.keyboard.press('ArrowDown');
  await expect(app.locator('tr[data-testid="operation-row"]:focus')).toHaveAttribute(
    'aria-rowindex',
    '32',
  );
});

test('duplicate, template, archive, trash and restore; emptying the trash asks first', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await app.getByTestId('load-demo').click();
  const rows = app.getByTestId('operation-row');
  await expect(rows).toHaveCount(1);

  // Duplicate asks for the new code name.
  await rows.first().getByTestId('row-actions').click();
  await app.getByTestId('row-action-duplicate').click();
  await expect(app.getByTestId('name-input')).toHaveValue('DEMO WINTERLICHT (Kopie)');
  await app.getByTestId('name-input').fill('');
  await app.getByTestId('name-submit').click();
  await expect(app.getByText('Bitte einen Namen angeben.')).toBeVisible();
  await app.getByTestId('name-input').fill('WINTERLICHT ZWEI');
  await app.getByTestId('name-submit').click();
  await expect(rows).toHaveCount(2);
  const copy = rows.filter({ hasText: 'WINTERLICHT ZWEI' });
  await expect(copy).toContainText('Essen');

  // Save as template, then start a new operation from it.
  await copy.getByTestId('row-actions').click();
  await app.getByTestId('row-action-template').click();
  await app.getByTestId('name-input').fill('Muster Abendkontrolle');
  await app.getByTestId('name-submit').click();
  await expect(
    app.getByText('Das Muster „Muster Abendkontrolle“ wurde gespeichert.'),
  ).toBeVisible();
  await expect(rows).toHaveCount(2); // templates are not operations
  await app.getByTestId('operation-new').click();
  await app.getByTestId('new-mode').getByText('Muster').click();
  await app.getByTestId('new-save').click();
  await expect(app.getByText('Bitte auswählen, womit der Einsatz beginnen soll.')).toBeVisible();
  await app.getByTestId('new-source').click();
  await app.getByRole('option', { name: /Muster Abendkontrolle/ }).click();
  await expect(app.getByTestId('new-title')).not.toHaveValue('');
  await app.getByTestId('new-code-name').fill('FRÜHLICHT');
  await app.getByTestId('new-save').click();
  await expect(app).toHaveURL(/#\/operations\/[^/?]+/);
  await app.getByTestId('nav-operations').click();
  await expect(rows).toHaveCount(3);

  // Archive with the keyboard (Shift+F10 opens the row's actions): hidden by default.
  await copy.focus();
  await app.keyboard.press('Shift+F10');
  const archive = app.getByRole('menuitem', { name: 'Archivieren' });
  await expect(archive).toBeVisible();
  await expectAccessible(app, 'row actions menu');
  // Arrow keys walk the items (how many depends on where the menu puts the first focus).
  for (let i = 0; i < 6 && !(await archive.evaluate((el) => el === document.activeElement)); i++)
    await app.keyboard.press('ArrowDown');
  await expect(archive).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'WINTERLICHT ZWEI' })).toHaveCount(0);
  await app.getByTestId('filter-archived').check();
  await expect(rows).toHaveCount(3);
  await expect(copy).toContainText('Archiviert');
  await app.getByTestId('filter-archived').uncheck();

  // Delete on a focused row moves it to the trash; the trash restores it.
  const demo = rows.filter({ hasText: 'DEMO WINTERLICHT' });
  await demo.focus();
  await app.keyboard.press('Delete');
  await expect(app.getByText('„DEMO WINTERLICHT“ liegt jetzt im Papierkorb.')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await app.getByTestId('trash-open').click();
  await expect(app).toHaveURL(/view=trash/);
  await expect(app.getByTestId('trash-row')).toHaveCount(1);
  await expectAccessible(app, 'trash');
  await app.getByTestId('trash-restore').click();
  await expect(app.getByTestId('trash-nothing')).toBeVisible();
  await app.getByTestId('trash-back').click();
  await expect(rows).toHaveCount(2);

  // Two in the trash; emptying asks first, and Cancel keeps them.
  for (const name of ['DEMO WINTERLICHT', 'FRÜHLICHT']) {
    await rows.filter({ hasText: name }).getByTestId('row-actions').click();
    await app.getByTestId('row-action-trash').click();
  }
  // Only the archived copy is left: the list says so and offers to show it.
  await expect(app.getByTestId('operations-all-archived')).toBeVisible();
  await app.getByTestId('trash-open').click();
  await expect(app.getByTestId('trash-row')).toHaveCount(2);
  await app.getByTestId('trash-empty').click();
  const confirm = app.getByRole('dialog', { name: 'Papierkorb leeren?' });
  await expect(confirm).toContainText('2 Einsätze werden');
  await expect(app.getByTestId('confirm-cancel')).toBeFocused();
  await expectAccessible(app, 'empty-trash question');
  await app.getByTestId('confirm-cancel').click();
  await expect(app.getByTestId('trash-row')).toHaveCount(2);
  await app.getByTestId('trash-empty').click();
  await app.getByTestId('confirm-confirm').click();
  await expect(app.getByText('2 Einsätze wurden endgültig gelöscht.')).toBeVisible();
  await expect(app.getByTestId('trash-nothing')).toBeVisible();
  await reloadAndUnlock(app);
  await expect(app.getByTestId('trash-nothing')).toBeVisible();
});

// KNOWN REGRESSION (kept visible, see the closing note): on the last full run the focused row
// after End had the right index but lay outside the window ("viewport ratio 0"); the filter bar
// grew taller this session. The moves themselves still work (the arrow-key steps above pass).
test('End, Home, PageDown and PageUp move the focus and keep the row in view', async ({
  app,
}, testInfo) => {
  test.setTimeout(180_000);
  const data = await loadDataset(app, testInfo.outputPath('1k.vpbak'), 1_000);
  await app.getByTestId('filter-archived').check();
  await app.getByTestId('operation-row').first().click();
  // End, Home, PageDown and PageUp move the keyboard focus itself (not only the selection),
  // although the virtualizer unmounts the row that had it on the way.
  const focusedRow = app.locator('tr[data-testid="operation-row"]:focus');
  await app.keyboard.press('End');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', String(data.operations.length + 1));
  await expect(focusedRow).toBeInViewport();
  await app.keyboard.press('Home');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '2');
  // A page is what the scroller shows, less two rows of context (as the table computes it).
  const page = await app
    .getByTestId('operations-scroller')
    .evaluate((el) => Math.max(1, Math.floor(el.clientHeight / 40) - 2));
  expect(page).toBeGreaterThan(3);
  const afterPage = 2 + page;
  await app.keyboard.press('PageDown');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', String(afterPage));
  await expect(focusedRow).toBeInViewport();
  await app.keyboard.press('PageDown');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', String(2 + 2 * page));
  await app.keyboard.press('PageUp');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', String(afterPage));
  await app.keyboard.press('End');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', String(data.operations.length + 1));
  await app.keyboard.press('PageUp');
  await expect(focusedRow).toHaveAttribute(
    'aria-rowindex',
    String(data.operations.length + 1 - page),
  );
  await expect(focusedRow).toBeInViewport();
});
