// Karte in a German Chromium: the date filters are the app's own date field (TT.MM.JJJJ, not the
// browser's mm/dd/yyyy), typed by keyboard; hostile text changes neither the map nor the URL, a
// reversed range is named, the days survive a reload. The grid drawn without a basemap labels
// its lines in the UI language (7,005° / 7.005°).
import type { Page } from '@playwright/test';
import { expect, test, unlock } from './fixtures';

const TARGET = 'Ziel der gewählten Einsätze';

/** Records every text the neutral grid draws (the canvas has no DOM text to read). */
async function recordGridLabels(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__gridLabels', { value: seen });
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
      if (this.canvas.classList.contains('vp-neutral-basemap')) seen.push(text);
      fill.call(this, text, x, y, maxWidth);
    };
  });
}

/** The grid labels drawn since the last call. */
async function takeGridLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __gridLabels: string[] }).__gridLabels;
    return seen.splice(0, seen.length);
  });
}

async function openMapWithDemo(page: Page): Promise<void> {
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('load-demo')).toHaveCount(0, { timeout: 30_000 });
  await page.getByTestId('nav-map').click();
  await expect(page.getByRole('region', { name: 'Karte der Objekte' })).toBeVisible();
  await expect(page.getByTestId('map-list-row').first()).toBeVisible();
}

/** Pictures for a person to look at (VP_SHOTS=<folder>), at 1280 and 1440 px. */
async function shots(page: Page, name: string): Promise<void> {
  const dir = process.env.VP_SHOTS;
  if (!dir) return;
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('Karte date filters: German days by keyboard, hostile text refused, kept in the URL', async ({
  app: page,
}) => {
  test.slow(); // loads the demo and unlocks twice (Argon2id) on a shared machine
  await openMapWithDemo(page);
  const from = page.getByTestId('map-filter-from');
  const to = page.getByTestId('map-filter-to');
  const rows = page.getByTestId('map-list-row');
  await expect(from).toHaveJSProperty('type', 'text');
  await expect(page.getByText('TT.MM.JJJJ')).toHaveCount(2);
  await expect(rows.filter({ hasText: TARGET })).toHaveCount(0);

  // Hostile text: nothing reaches the URL or the map, and leaving the field names the problem
  // (a year of other than four digits by its own message).
  const wrongDay = 'Bitte ein Datum als TT.MM.JJJJ eingeben';
  const wrongYear = 'Bitte das Jahr vierstellig angeben';
  for (const [text, message] of [
    ['31.02.2026', wrongDay],
    ['gestern', wrongDay],
    ['01.01.0001', wrongYear],
    ['01.01.99999', wrongYear],
  ] as const) {
    await from.fill(text);
    await page.keyboard.press('Tab');
    await expect(page.getByText(message)).toBeVisible();
    expect(page.url()).not.toMatch(/[?&]from=/);
    await expect(rows.filter({ hasText: TARGET })).toHaveCount(0);
  }
  // Typed key by key, 01.01.99999 passes through the real day 01.01.9999: the filter follows
  // the text and lets the day go again.
  await from.fill('');
  await from.pressSequentially('01.01.9999');
  await expect(page).toHaveURL(/[?&]from=9999-01-01(&|$)/);
  await page.keyboard.type('9');
  await expect(page.getByText(wrongYear)).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]from=/);

  // A real range by keyboard: the demo's operation is in it, its premises become targets.
  await from.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('01.01.2000');
  await page.keyboard.press('Tab'); // the calendar button
  await page.keyboard.press('Tab'); // "bis"
  await expect(to).toBeFocused();
  await page.keyboard.type('31.12.2099');
  await expect(page).toHaveURL(/[?&]from=2000-01-01(&|$)/);
  await expect(page).toHaveURL(/[?&]to=2099-12-31(&|$)/);
  await expect(rows.filter({ hasText: TARGET }).first()).toBeVisible();
  await expect(page.getByText('Bitte ein Datum als TT.MM.JJJJ eingeben')).toHaveCount(0);

  // Reversed: kept, named under "bis", no target.
  await from.fill('01.01.2100');
  await expect(page.getByText('Das Ende liegt vor dem Anfang')).toBeVisible();
  await expect(rows.filter({ hasText: TARGET })).toHaveCount(0);
  await shots(page, 'map-filters-reversed-de');

  // The calendar opens from its button and closes with Escape, back in the field.
  await page.getByTestId('map-filter-to-calendar').click();
  const calendar = page.getByRole('dialog', { name: /Kalender/ });
  await expect(calendar).toBeVisible();
  await shots(page, 'map-filters-calendar-de');
  await page.keyboard.press('Escape');
  await expect(calendar).toHaveCount(0);

  await from.fill('01.01.2000');
  await expect(page).toHaveURL(/[?&]from=2000-01-01(&|$)/);
  await page.reload();
  await unlock(page);
  await expect(from).toHaveValue('01.01.2000');
  await expect(to).toHaveValue('31.12.2099');
  await expect(rows.filter({ hasText: TARGET }).first()).toBeVisible();

  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal scroll at ${width} px`).toBeLessThanOrEqual(0);
  }
  await shots(page, 'map-filters-de');
});

test('Karte without a basemap: grid labels with a decimal comma in German, a point in English', async ({
  app: page,
}) => {
  test.slow();
  await recordGridLabels(page);
  await page.reload();
  await unlock(page);
  await openMapWithDemo(page);
  // Zoomed in so the grid has decimals to write.
  await page.getByTestId('map-search').fill('Probewette');
  await page.getByTestId('map-search-result').click();
  await expect(page).toHaveURL(/[?&]z=17(&|$)/);
  await expect
    .poll(async () => (await takeGridLabels(page)).some((l) => /,\d+°$/.test(l)))
    .toBe(true);
  await shots(page, 'map-grid-de');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('canvas.vp-neutral-basemap[lang="de"]')).toHaveCount(0);
  // Settings' basemap preview (a map too) drew in German until the switch: dropped here; it and
  // the Karte draw in English from now on.
  await takeGridLabels(page);
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Map of the premises' })).toBeVisible();
  let english: string[] = [];
  await expect
    .poll(async () => {
      english = english.concat(await takeGridLabels(page));
      return english.some((l) => /\.\d+°$/.test(l));
    })
    .toBe(true);
  // Drawn since the switch: none the German way.
  expect(english.filter((l) => l.includes(','))).toEqual([]);
  await shots(page, 'map-grid-en');
  await expect(page.getByText('DD.MM.YYYY')).toHaveCount(2);
  await shots(page, 'map-filters-en');
});
