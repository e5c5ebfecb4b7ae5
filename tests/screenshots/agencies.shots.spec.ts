// Screenshots of the Behörden screen for the docs: the list with an open agency (demo data, so
// it shows an operation history), and the CSV import with line-numbered errors.
import { test } from '../e2e/fixtures';
import { chooseFile } from '../e2e/support/choose-file';

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

const CSV = [
  'Name;Kurzname;Art;Zuständigkeitsebene;Zuständigkeitsbereich;Ansprechperson;Funktion;Ansprechperson E-Mail',
  'Stadt Probstadt – Ordnungsamt;OA Probstadt;Ordnungsamt;Kommune;Probstadt;Jana Beispiel;Außendienst;jana@probstadt.example',
  'Stadt Probstadt – Ordnungsamt;;;;;Paul Platzhalter;Innendienst;paul@',
  'Stadt Probstadt – Bauordnung;BO Probstadt;Bauaufsicht;Kommune;Probstadt;Mara Fiktiv;Außendienst;mara@probstadt.example',
  'Stadt Probstadt – Feuerwehr;;Wasserwerk;Kommune;Probstadt;;;',
].join('\r\n');

test('agencies screenshots', async ({ app }) => {
  test.slow(); // loads the demo (many sealed writes) before the shots
  await app.getByTestId('load-demo').click();
  // The demo is written in one transaction; its participations show in the agency history.
  await app.getByTestId('nav-agencies').click();
  await app.getByTestId('agency-row').first().waitFor();
  await app.getByTestId('agencies-search').fill('essen');
  await app
    .getByRole('button', {
      name: 'Hauptzollamt Essen – Finanzkontrolle Schwarzarbeit',
      exact: true,
    })
    .click();
  await app.getByTestId('agency-tab-history').click();
  await app.getByTestId('agency-history-row').first().waitFor({ timeout: 90_000 });
  await app.mouse.move(0, 0);
  // The "demo loaded" toast closes by itself; the shot is of the screen, not the toast.
  await app
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 });
  await app.waitForTimeout(400); // drawer transition and toasts settle; a screenshot, not an assertion
  await app.screenshot(shot('agencies'));

  await app.keyboard.press('Escape');
  await app.getByTestId('agencies-search').fill('');
  await app.getByTestId('agencies-import').click();
  await chooseFile(app, app.getByTestId('import-choose'), {
    name: 'behoerden-probstadt.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await app.getByTestId('import-summary').waitFor();
  await app.waitForTimeout(300);
  await app.screenshot(shot('agencies-import'));
});
