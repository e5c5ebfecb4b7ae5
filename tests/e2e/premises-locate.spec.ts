// Locating premises (issue 13.4): import a small house-coordinates CSV as the offline address
// gazetteer, find an address in the premises form and take its location, pick and type a
// location, measure on the map, locate premises without coordinates from their addresses — and
// with default settings no request leaves the app's origin.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseFile } from './support/choose-file';

const FIXTURE = join(import.meta.dirname, '../fixtures/gazetteer/hauskoordinaten-essen.csv');
const SHOTS = process.env.VP_SHOTS ?? '/tmp/shots-map';

function foreignRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const own = new URL(page.url() || 'http://localhost').origin;
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== own) seen.push(request.url());
  });
  return seen;
}

async function importGazetteer(page: Page) {
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('settings-gazetteer');
  await panel.scrollIntoViewIfNeeded();
  await chooseFile(page, panel.getByTestId('gazetteer-choose'), FIXTURE);
  await expect(panel.getByTestId('gazetteer-mapping')).toBeVisible();
  // The AdV headers are recognised: street, number, place and UTM columns are preset.
  await expect(panel.getByTestId('gazetteer-role-street')).toHaveValue('3: STN (Kettwiger Straße)');
  await expect(panel.getByTestId('gazetteer-source')).toHaveValue('hauskoordinaten-essen');
  await panel.getByTestId('gazetteer-source').fill('Essen (Test)');
  await panel.getByTestId('gazetteer-import').click();
  await expect(panel.getByTestId('gazetteer-result')).toContainText(
    '24 Zeilen gelesen, 24 Adressen übernommen, 0 abgelehnt',
  );
  await expect(panel.getByTestId('gazetteer-sources')).toContainText('Essen (Test)');
  await expect(panel.getByTestId('gazetteer-sources')).toContainText('24');
}

test('gazetteer import, address search, map pick, any-form input, measure, bulk locate', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 1280, height: 900 });
  const foreign = foreignRequests(app);
  await importGazetteer(app);
  await app
    .getByTestId('settings-gazetteer')
    .screenshot({ path: `${SHOTS}/settings-gazetteer-de.png` });

  await app.getByTestId('nav-premises').click();
  await app.getByTestId('premises-new').click();
  await app.getByTestId('premises-name').fill('Shisha-Bar Probe');
  await app.getByTestId('premises-kind').click();
  await app.getByRole('option', { name: 'Shisha-Bar' }).click();

  // Address search: typing finds the house, picking it fills address and location.
  await app.getByTestId('premises-geocode').fill('Rüttenscheider Str. 3');
  const hit = app.getByRole('option', { name: /Rüttenscheider Str\. 3a, 45130 Essen/ });
  await expect(hit).toBeVisible();
  await hit.click();
  const lat = app.getByTestId('premises-location-lat');
  await expect(lat).toHaveValue(/^51,43/);
  await expect(app.getByTestId('premises-locate-utm32')).toHaveText(/^32U \d{6} \d{7}$/);
  await expect(app.getByTestId('premises-locate-mgrs')).toHaveText(/^32U [A-Z]{2} \d{5} \d{5}$/);
  const map = app.getByTestId('premises-locate-map');
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(1);
  await expect(app.getByLabel('Straße', { exact: true })).toHaveValue('Rüttenscheider Str.');
  await expect(app.getByLabel('Hausnummer', { exact: true })).toHaveValue('3a');
  await expect(app.getByLabel('PLZ', { exact: true })).toHaveValue('45130');
  await map.scrollIntoViewIfNeeded();
  await app.screenshot({ path: `${SHOTS}/premises-locate-de.png` });

  // A click on the map moves the location there (and the typed fields follow).
  const before = await lat.inputValue();
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('map has no box');
  await app.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.3);
  await expect(lat).not.toHaveValue(before);

  // Any form: MGRS typed into the one field sets the point.
  await app.getByTestId('premises-locate-any').fill('32U LC 61960 02274');
  await app.getByTestId('premises-locate-any').press('Enter');
  await expect(lat).toHaveValue(/^51,45/);
  await app.getByTestId('premises-locate-any').fill('keine Koordinate');
  await app.getByTestId('premises-locate-any').press('Enter');
  await expect(app.getByText('Unbekanntes Format')).toBeVisible();
  await app.getByTestId('premises-locate-any').fill('');
  // The message goes with the text, so nothing moves under the next clicks.
  await expect(app.getByText('Unbekanntes Format')).toHaveCount(0);

  // Measure: three clicks give a distance and an area; the location does not move meanwhile.
  const fixed = await lat.inputValue();
  await map.scrollIntoViewIfNeeded();
  const toggle = map.getByRole('button', { name: 'Messen' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const at = await map.boundingBox();
  if (!at) throw new Error('map has no box');
  await app.mouse.click(at.x + 80, at.y + 120);
  await app.mouse.click(at.x + 300, at.y + 120);
  await app.mouse.click(at.x + 300, at.y + 200);
  await expect(map.getByTestId('map-measure-readout')).toContainText(
    /Strecke: .*m · Fläche: .*(m²|ha)/,
  );
  await expect(lat).toHaveValue(fixed);
  await app.screenshot({ path: `${SHOTS}/premises-measure-de.png` });
  await map.getByRole('button', { name: 'Messen beenden' }).click();

  await app.getByTestId('premises-save').click();
  await expect(app.getByTestId('attachments')).toBeVisible();
  await app.keyboard.press('Escape');

  // A premises with an address but no location: located from the gazetteer after review.
  await app.getByTestId('premises-new').click();
  await app.getByTestId('premises-name').fill('Kiosk ohne Lage');
  await app.getByTestId('premises-kind').click();
  await app.getByRole('option', { name: 'Kiosk' }).click();
  await app.getByLabel('Straße', { exact: true }).fill('Bahnhofstraße');
  await app.getByLabel('Hausnummer', { exact: true }).fill('4');
  await app.getByLabel('Ort', { exact: true }).fill('Gelsenkirchen');
  await app.getByTestId('premises-save').click();
  await expect(app.getByTestId('attachments')).toBeVisible();
  await app.keyboard.press('Escape');
  await app.getByTestId('premises-geocode-missing').click();
  const rows = app.getByTestId('geocode-missing-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Bahnhofstraße 4, 45879 Gelsenkirchen');
  await expect(rows.first().getByRole('checkbox')).toBeChecked();
  await app.getByTestId('geocode-missing-apply').click();
  await expect(app.getByTestId('premises-geocode-missing')).toHaveCount(0);

  expect(foreign, 'requests to other hosts').toEqual([]);
});

test('English: the locate tools and the gazetteer panel', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 900 });
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  const panel = app.getByTestId('settings-gazetteer');
  await expect(panel).toContainText('Address gazetteer (offline)');
  await chooseFile(app, panel.getByTestId('gazetteer-choose'), FIXTURE);
  await expect(panel.getByTestId('gazetteer-mapping')).toBeVisible();
  await panel.screenshot({ path: `${SHOTS}/settings-gazetteer-en.png` });
  await app.getByTestId('nav-premises').click();
  await app.getByTestId('premises-new').click();
  await app.getByTestId('premises-locate-any').fill('51.4556, 7.0116');
  await app.getByTestId('premises-locate-any').press('Enter');
  await expect(app.getByTestId('premises-locate-dms')).toContainText('N');
  await app.getByTestId('premises-locate-map').scrollIntoViewIfNeeded();
  await app.screenshot({ path: `${SHOTS}/premises-locate-en.png` });
});
