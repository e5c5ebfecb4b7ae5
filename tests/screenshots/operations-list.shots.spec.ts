// Screenshots of the operations list for the docs: 1,000 fictional operations with filters
// set, and the new-operation dialog.
import { test } from '../e2e/fixtures';
import { completeTables, writeBackup } from '../e2e/support/backup-file';
import { restoreBackup } from '../e2e/support/restore';
import { buildOperationsDataset } from '../renderer/support/operations-dataset';

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });
const PASSPHRASE = 'Bildschirmfotos-Testbestand-2026';

test('operations list screenshots', async ({ app }, testInfo) => {
  test.setTimeout(300_000);
  const data = buildOperationsDataset(1_000, new Date().toISOString());
  const path = testInfo.outputPath('1k.vpbak');
  await writeBackup(
    path,
    completeTables({
      settings: data.settings,
      agencies: data.agencies,
      operations: data.operations,
      participations: data.participations,
    }),
    PASSPHRASE,
  );
  await restoreBackup(app, path, PASSPHRASE);
  await app.getByTestId('operation-row').first().waitFor();

  await app.getByTestId('filter-status').click();
  await app.getByRole('option', { name: 'In Planung' }).click();
  await app.getByRole('option', { name: 'Freigegeben' }).click();
  await app.keyboard.press('Escape');
  await app.getByTestId('filter-field').click();
  await app.getByRole('option', { name: 'Shisha' }).click();
  await app.getByTestId('filter-from').fill('01.01.2026');
  await app.keyboard.press('Escape');
  await app.getByTestId('operation-row').nth(2).click();
  await app.mouse.move(0, 0);
  await app.waitForTimeout(300); // toasts and transitions settle; a picture, not an assertion
  await app.screenshot(shot('operations-list-filters'));

  await app.keyboard.press('Alt+N');
  await app.getByTestId('new-code-name').fill('NACHTFALTER');
  await app.getByTestId('new-title').fill('Verbundkontrolle Shisha-Bars Gelsenkirchen-Mitte');
  await app.getByTestId('new-h-hour').fill('12.03.2027 19:30');
  await app.getByTestId('new-exercise').focus();
  await app.waitForTimeout(300);
  await app.screenshot(shot('operations-new'));
});
