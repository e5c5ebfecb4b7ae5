// The operation map (issue 13 items 3, 6): the demo plan's targets appear numbered; a cordon is
// drawn with geoman's toolbar by mouse and a staging area is set through the list; both are
// there again after a reload (list and map); a label and a position are edited by keyboard in
// the list; the approved plan shows the map locked; the revision compare says in words how far
// and where a place moved.
import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  openDemoWorkspace,
  reloadAndUnlock,
  setUserName,
  test,
} from './fixtures';

/** Pictures for a person to look at (VP_SHOTS=<folder>), at the width given. */
async function shot(page: Page, name: string, width: number): Promise<void> {
  const dir = process.env.VP_SHOTS;
  if (!dir) return;
  await page.setViewportSize({ width, height: 900 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${dir}/${name}-${width}.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Opens a workspace part by its route. */
async function goTab(page: Page, tab: string): Promise<void> {
  await page.evaluate((t) => {
    const id = /^#\/operations\/([^/?]+)/.exec(window.location.hash)?.[1] ?? '';
    window.location.hash = `#/operations/${id}/${t}`;
  }, tab);
  await expect(page).toHaveURL(new RegExp(`/${tab}$`));
}

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

/**
 * What covers what on the map as shown: pairs of visible labels that overlap, visible labels
 * over a symbol, and symbols under the basemap hint (boxes from the page, in pixels).
 */
async function mapCollisions(page: Page) {
  return page.getByTestId('operation-map-canvas').evaluate((el) => {
    const boxes = (selector: string) =>
      [...el.querySelectorAll<HTMLElement>(selector)]
        .filter((n) => getComputedStyle(n).visibility === 'visible')
        .map((n) => n.getBoundingClientRect());
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const labels = boxes('.vp-map-label');
    const symbols = boxes('.vp-map-place > :first-child');
    const hint = boxes('[data-testid="map-basemap-hint"]');
    const count = (xs: DOMRect[], ys: DOMRect[], same: boolean) =>
      xs.reduce((n, a, i) => n + ys.filter((b, j) => (!same || j > i) && meet(a, b)).length, 0);
    return {
      labels: labels.length,
      hint: hint.length,
      labelOnLabel: count(labels, labels, true),
      labelOnSymbol: count(labels, symbols, false),
      hintOnSymbol: count(hint, [...symbols, ...labels], false),
    };
  });
}

/** Clicks a point of the map given as a fraction of its box. */
async function clickMap(page: Page, fx: number, fy: number): Promise<void> {
  const box = await page.getByTestId('operation-map-canvas').boundingBox();
  if (!box) throw new Error('map not laid out');
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
}

test('draw, place, reload, edit by keyboard, approve: the operation map', async ({ app }) => {
  test.setTimeout(180_000);
  await setUserName(app, 'EPHK Erika Mustermann');
  await openDemoWorkspace(app, 'map');
  const map = app.getByTestId('operation-map');
  await expect(map).toBeVisible();
  await expect(app.getByRole('region', { name: 'Einsatzkarte' })).toBeVisible();

  // The targets, numbered as in the plan, in the list and on the map.
  const targets = app.getByTestId('map-targets').locator('li');
  const count = await targets.count();
  expect(count).toBeGreaterThan(1);
  await expect(targets.first()).toHaveText(/^1\. /);
  await expect(map.locator('.vp-map-target')).toHaveCount(count);
  await expect(map.locator('.vp-map-target').first()).toHaveText('1');

  // As first shown: the demo's close targets (Shisha, Barbershop, Kiosk) keep their labels
  // apart and off the symbols, and the basemap hint at the bottom covers none of them.
  for (const width of [1280, 1440]) {
    await app.setViewportSize({ width, height: 900 });
    await expect
      .poll(() => mapCollisions(app))
      .toMatchObject({ hint: 1, labelOnLabel: 0, labelOnSymbol: 0, hintOnSymbol: 0 });
    expect((await mapCollisions(app)).labels).toBeGreaterThanOrEqual(count - 2);
  }
  // Messen is one bar with one border (its buttons have none of their own).
  const measure = map.getByTestId('map-measure');
  await expect(measure.locator('.vp-measure-toggle')).toHaveCSS('border-top-width', '0px');
  await expect(measure.locator('.vp-measure-toggle')).toHaveCSS('border-left-width', '0px');

  // A cordon, drawn by mouse with geoman's polygon tool: four corners, closed on the first.
  await map.locator('.leaflet-pm-icon-polygon').click();
  const corners: [number, number][] = [
    [0.12, 0.12],
    [0.3, 0.1],
    [0.32, 0.3],
    [0.1, 0.32],
  ];
  for (const [x, y] of corners) await clickMap(app, x, y);
  await clickMap(app, 0.12, 0.12);
  const items = app.getByTestId('map-feature');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Absperrung');
  await expect(app.getByTestId('map-points-0')).toHaveText('4 Eckpunkte');

  // A staging area, set through the list (at the map's centre), then placed by typed position.
  await expect(app.getByTestId('map-new-kind')).toHaveValue('Bereitstellungsraum');
  await app.getByTestId('map-add-place').click();
  await expect(items).toHaveCount(2);
  await expect(app.getByTestId('map-label-1')).toHaveValue('Bereitstellungsraum');
  const position = app.getByTestId('map-position-1');
  await position.fill('kein Ort');
  await position.press('Enter');
  await expect(items.nth(1)).toContainText('Keine Koordinate');
  await position.fill('51.4600, 7.0100');
  await position.press('Enter');
  await expect(position).toHaveValue('51,46; 7,01');
  await waitSaved(app);
  await expect(map.locator('.vp-map-place img[src^="data:image/svg+xml"]')).toHaveCount(1);

  // Both are there again after a reload: in the list and on the map.
  await reloadAndUnlock(app);
  await expect(map).toBeVisible();
  await expect(items).toHaveCount(2);
  await expect(app.getByTestId('map-points-0')).toHaveText('4 Eckpunkte');
  await expect(map.locator('.leaflet-overlay-pane path.leaflet-interactive')).toHaveCount(1);
  await expect(map.locator('.vp-map-label', { hasText: 'Bereitstellungsraum' })).toHaveCount(1);
  // The first view after opening shows every target and item.
  await shot(app, 'operation-map-de', 1440);
  await shot(app, 'operation-map-de', 1280);

  // A label edited by keyboard only: Tab into the list's field, type, leave it.
  const label = app.getByTestId('map-label-1');
  await label.focus();
  await app.keyboard.press('Control+A');
  await app.keyboard.type('BR Nord');
  await app.keyboard.press('Tab');
  await waitSaved(app);
  await expect(map.locator('.vp-map-label', { hasText: 'BR Nord' })).toHaveCount(1);
  // Undo takes the last map edit back, and the label returns.
  await app.getByTestId('map-undo').click();
  await expect(label).toHaveValue('Bereitstellungsraum');
  await label.fill('BR Nord');
  await label.blur();
  await waitSaved(app);
  await expectAccessible(app, 'operation map');

  // Approved: no toolbar, no adding, the list read-only.
  await app.getByTestId('status-menu').click();
  await app.getByTestId('status-to-in_review').click();
  await app.getByRole('dialog').getByTestId('status-confirm').click();
  await expect(app.getByRole('dialog')).toBeHidden();
  await app.getByTestId('status-menu').click();
  await app.getByTestId('status-to-approved').click();
  await app.getByRole('dialog').getByTestId('approve-confirm').click();
  await expect(app.getByTestId('read-only-banner')).toBeVisible();
  await goTab(app, 'map');
  await expect(items).toHaveCount(2);
  await expect(map.locator('.leaflet-pm-toolbar')).toHaveCount(0);
  await expect(app.getByTestId('map-add-place')).toHaveCount(0);
  await expect(app.getByTestId('map-delete-0')).toHaveCount(0);
  await expect(app.getByTestId('map-label-1')).toHaveAttribute('readonly', '');
  await expect(app.getByTestId('map-position-1')).toHaveAttribute('readonly', '');
  await expect(map.locator('.leaflet-marker-draggable')).toHaveCount(0);

  // Revision 2: the staging area moves about 120 m to the north-east; Revisionen says so.
  await app.getByTestId('start-revision').click();
  await expect(app.getByTestId('read-only-banner')).toHaveCount(0);
  await app.getByTestId('map-position-1').fill('51.460764, 7.011227');
  await app.getByTestId('map-position-1').press('Enter');
  await waitSaved(app);
  await goTab(app, 'revisions');
  await expect(app.getByTestId('revision-map-changes')).toContainText(
    /BR Nord verschoben um 1(19|20|21) m nach Nordosten/,
  );
  await expect(app.getByTestId('revision-diff')).toHaveCount(0);

  // The same screens in English.
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await app.goBack();
  await goTab(app, 'revisions');
  await expect(app.getByTestId('revision-map-changes')).toContainText('to the north-east');
  await goTab(app, 'map');
  await expect(app.getByRole('region', { name: 'Operation map' })).toBeVisible();
  await shot(app, 'operation-map-en', 1440);
  await shot(app, 'operation-map-en', 1280);
});
