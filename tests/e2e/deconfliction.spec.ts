// Deconfliction: an agency that confirmed for two operations whose time windows overlap is
// flagged in both, and the flag goes away when one of them is moved out of the way.
import {
  expect,
  expectAccessible,
  openDemoWorkspace,
  openNewOperationDialog,
  test,
} from './fixtures';
import { openPart } from './support/workspace-nav';

const AGENCY = 'Polizeipräsidium Essen';

test('an agency committed to two overlapping operations is flagged in both', async ({ app }) => {
  test.setTimeout(150_000);
  const demoId = await openDemoWorkspace(app, 'forces');
  await expect(app.getByTestId('deconfliction')).toHaveCount(0);
  // The demo's H-hour as the header shows it ("H-Zeit: 27.11.2026, 20:00").
  const header = await app.getByText(/^H-Zeit: /).innerText();
  const hHour = /(\d{2}\.\d{2}\.\d{4}), (\d{2}:\d{2})/.exec(header);
  expect(hHour, header).not.toBeNull();
  const [, day, time] = hHour ?? [];

  // A second operation an hour later the same evening, with the same police headquarters.
  await openNewOperationDialog(app);
  await app.getByTestId('new-code-name').fill('NACHTSCHICHT');
  await app.getByTestId('new-title').fill('Verkehrskontrolle Innenstadt');
  await app.getByTestId('new-h-hour').fill(`${day} ${time?.replace(/^20/, '21')}`);
  await app.keyboard.press('Tab');
  await app.getByTestId('new-save').click();
  await expect(app).toHaveURL(/#\/operations\/[^/?]+/);
  await openPart(app, 'forces');
  await app.getByTestId('agency-pick').click();
  await app.getByTestId('agency-pick').fill(AGENCY);
  await app.getByRole('option', { name: AGENCY, exact: true }).click();
  await app.getByTestId('agency-add').click();
  const card = app.getByTestId('participation-card');
  await expect(card).toHaveCount(1);
  // An open request already plans the agency in: it is flagged at once.
  await expect(card.getByTestId('deconfliction')).toContainText(
    'Auch im Einsatz „DEMO WINTERLICHT“ im selben Zeitraum eingeplant',
  );
  await expectAccessible(app, 'forces with a conflict');

  // The demo operation shows the same conflict from its side.
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/operations/${demoId}/forces`);
  const demoCard = app
    .getByTestId('participation-card')
    .filter({ has: app.getByRole('heading', { name: AGENCY, exact: true }) });
  await expect(demoCard.getByTestId('deconfliction')).toContainText('NACHTSCHICHT');
  await expect(app.getByTestId('deconfliction')).toHaveCount(1);

  // Declined: the agency is free again, and neither operation is flagged.
  await app.evaluate(() => window.history.back());
  // Back on NACHTSCHICHT (one card; the demo has nine, one of them flagged too).
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('deconfliction')).toHaveCount(1);
  await card.getByTestId('record-confirmation').click();
  const dialog = app.getByRole('dialog');
  await dialog.getByTestId('confirmation-status-select').click();
  await app.getByRole('option', { name: 'abgelehnt' }).click();
  await dialog.getByTestId('confirmation-by').fill('Lagedienst PP Essen');
  await dialog.getByTestId('confirmation-save').click();
  await expect(card.getByTestId('confirmation-status')).toHaveText('abgelehnt');
  await expect(app.getByTestId('deconfliction')).toHaveCount(0);
  await app.evaluate(() => window.history.forward());
  await expect(demoCard).toBeVisible();
  await expect(app.getByTestId('deconfliction')).toHaveCount(0);
});
