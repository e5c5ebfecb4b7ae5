// Karte (issue 13 item 2) in Chromium: the demo's premises appear on the overview map and in its
// text alternative, a kind filter narrows them and survives a reload through the URL, the search
// flies to a premises and a click on it opens the premises, the page has no horizontal scroll at
// 1280 and 1440 px, and no request leaves the app's origin on the way.
import type { Page } from '@playwright/test';
import { expect, test, unlock } from './fixtures';

const DEMO_PREMISES = 7;

function foreignRequests(page: Page): string[] {
  const own = new URL(page.url()).origin;
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== own) seen.push(request.url());
  });
  return seen;
}

async function openMapWithDemo(page: Page): Promise<void> {
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('load-demo')).toHaveCount(0, { timeout: 30_000 });
  await page.getByTestId('nav-map').click();
  await expect(page.getByRole('region', { name: 'Karte der Objekte' })).toBeVisible();
}

test('the demo premises on Karte: filter kept in the URL, search flies there, a click opens it', async ({
  app: page,
}) => {
  test.slow(); // loads the demo and unlocks twice (Argon2id) on a shared machine
  const foreign = foreignRequests(page);
  await openMapWithDemo(page);

  const rows = page.getByTestId('map-list-row');
  await expect(rows).toHaveCount(DEMO_PREMISES);
  await expect(page.getByTestId('map-count')).toHaveText(`${DEMO_PREMISES} Objekte auf der Karte`);
  // The map pane holds one canvas, not a marker per premises.
  await expect(page.locator('.vp-cluster-canvas')).toHaveCount(1);

  // Filter by kind: one kiosk in the demo; the filter goes into the URL and survives a reload.
  await page.getByTestId('map-filter-kind').click();
  await page.getByRole('option', { name: 'Kiosk', exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Kiosk Exempelallee');
  await expect(page).toHaveURL(/kind=kiosk/);
  await page.reload();
  await unlock(page);
  await expect(page).toHaveURL(/#\/map\?.*kind=kiosk/);
  await expect(page.getByTestId('map-list-row')).toHaveCount(1);
  await expect(page.getByTestId('map-filter-kind')).toHaveValue('Kiosk');
  await page.getByTestId('map-filter-reset').click();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(page.getByTestId('map-count')).toHaveText(`${DEMO_PREMISES} Objekte auf der Karte`);

  // Search by street: the result flies the map to the premises; a click on it opens it.
  await page.getByTestId('map-search').fill('Probewette');
  const result = page.getByTestId('map-search-result');
  await expect(result).toHaveCount(1);
  await result.click();
  await expect(page).toHaveURL(/[?&]z=17(&|$)/);
  const box = await page.getByTestId('map-overview').boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/#\/premises\?open=/);
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Wettbüro Probewette',
  );

  // Back to the map: the view and the list come back from the URL.
  await page.goBack();
  await expect(page).toHaveURL(/#\/map\?.*z=17/);
  await expect(page.getByTestId('map-list-row').first()).toContainText('Wettbüro Probewette');

  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal scroll at ${width} px`).toBeLessThanOrEqual(0);
  }
  await shots(page, 'map-de');
  if (process.env.VP_SHOTS) {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-switch').getByText('English').click();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Premises in the map view' })).toBeVisible();
    await shots(page, 'map-en');
  }
  expect(foreign).toEqual([]);
});

/** Pictures for a person to look at (VP_SHOTS=<folder>): the page and the list, 1280 px wide. */
async function shots(page: Page, name: string): Promise<void> {
  const dir = process.env.VP_SHOTS;
  if (!dir) return;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${dir}/${name}-1280.png` });
  await page.screenshot({ path: `${dir}/${name}-1280-full.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('an empty registry shows the empty state, not an empty map', async ({ app: page }) => {
  await page.getByTestId('nav-map').click();
  await expect(page.getByTestId('map-empty')).toBeVisible();
  await expect(page.getByTestId('map-empty')).toContainText('Noch keine Objekte');
});
