// Map extracts (issue 13 item 5) in Chromium, through the operation map's print view: the PNG
// drawn for the demo plan carries every target's red disc where the projection puts it, the
// classification marking in the top band, a north arrow, and the fixture basemap's ground
// (#c8e6c9) when that is the basemap, the neutral ground when there is none. The print dialog
// is replaced by a counter: Chromium headless cannot show one.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PREMISES } from '../../src/shared/demo/objects';
import { project } from '../../src/shared/maps/mercator';
import { expect, openDemoWorkspace, test } from './fixtures';
import { chooseFile } from './support/choose-file';

const MAPS = join(import.meta.dirname, '../fixtures/maps');
type Rgb = [number, number, number];
const RASTER_GROUND: Rgb = [0xc8, 0xe6, 0xc9];
const NEUTRAL_GROUND: Rgb = [0xf4, 0xf1, 0xea];
const TARGET_RED: Rgb = [0xc9, 0x2a, 0x2a];

interface View {
  zoom: number;
  origin: { x: number; y: number };
  width: number;
  height: number;
}

/** The pixels of the printed map image, read back in the page. */
async function printedPixels(
  page: Page,
): Promise<{ width: number; height: number; data: number[] }> {
  return page.getByTestId('map-print-image').evaluate(async (img: HTMLImageElement) => {
    // From the loaded element itself: the page's CSP admits no fetch of a blob: URL.
    const bitmap = await createImageBitmap(img);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: bitmap.width, height: bitmap.height, data: Array.from(data) };
  });
}

function checker(img: { width: number; data: number[] }) {
  const at = (x: number, y: number): Rgb => {
    const i = (Math.round(y) * img.width + Math.round(x)) * 4;
    return [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
  };
  const near = (a: Rgb, b: Rgb, tol = 6) => a.every((v, c) => Math.abs(v - (b[c] ?? 0)) <= tol);
  const count = (x0: number, y0: number, x1: number, y1: number, test: (p: Rgb) => boolean) => {
    let n = 0;
    for (let y = Math.floor(y0); y < y1; y++)
      for (let x = Math.floor(x0); x < x1; x++) if (test(at(x, y))) n++;
    return n;
  };
  return { at, near, count };
}

async function printOperationMap(page: Page): Promise<View> {
  await page.evaluate(() => {
    const w = window as Window & { __printed?: number };
    w.__printed = 0;
    w.print = () => {
      w.__printed = (w.__printed ?? 0) + 1;
    };
  });
  await page.getByTestId('map-print').click();
  const image = page.getByTestId('map-print-image');
  await expect(image).toBeAttached({ timeout: 30_000 });
  // The dialog is asked for once the image is loaded.
  await expect
    .poll(() => page.evaluate(() => (window as Window & { __printed?: number }).__printed))
    .toBe(1);
  return JSON.parse((await image.getAttribute('data-view')) ?? '{}') as View;
}

async function expectExtract(page: Page, ground: Rgb, other?: Rgb): Promise<void> {
  const view = await printOperationMap(page);
  const img = await printedPixels(page);
  expect([img.width, img.height]).toEqual([view.width, view.height]);
  const { at, near, count } = checker(img);
  // The unit the extract scales its symbols by (render-extract.ts extractUnit).
  const u = Math.max(1, Math.min(img.width, img.height) / 700);

  // Every target's disc is red where the projection puts the premises (labels lie beneath the
  // discs; a neighbouring place badge may cover one side, so one of three sides is enough).
  for (const p of DEMO_PREMISES) {
    const w = project({ lat: p.lat, lng: p.lng }, view.zoom);
    const x = w.x - view.origin.x;
    const y = w.y - view.origin.y;
    const sides = [at(x, y - 9 * u), at(x - 9 * u, y), at(x + 9 * u, y)];
    expect(
      sides.some((s) => near(s, TARGET_RED)),
      `target ${p.key} at ${x},${y}`,
    ).toBe(true);
  }

  // The marking: dark text in the middle of the white top band.
  const band = Math.round(28 * u);
  const dark = (p: Rgb) => p[0] + p[1] + p[2] < 200;
  const white = (p: Rgb) => near(p, [255, 255, 255], 2);
  expect(count(img.width / 3, 2, (2 * img.width) / 3, band - 3, dark)).toBeGreaterThan(200);
  expect(count(0, 2, 40, band - 3, white)).toBeGreaterThan(40 * (band - 5) * 0.9);
  // The north arrow: a dark triangle below the band at the right.
  const cx = img.width - 28 * u;
  const top = band + 12 * u;
  expect(count(cx - 4 * u, top + 8 * u, cx + 4 * u, top + 20 * u, dark)).toBeGreaterThan(40);

  // The ground: the basemap's colour covers much of the sheet.
  const total = img.width * img.height;
  expect(count(0, 0, img.width, img.height, (p) => near(p, ground, 3)) / total).toBeGreaterThan(
    0.3,
  );
  // Without a basemap the fixture's green is nowhere; with it, the neutral ground may show
  // beyond the file's bounds.
  if (other) {
    expect(count(0, 0, img.width, img.height, (p) => near(p, other, 2)) / total).toBeLessThan(0.01);
  }
}

async function shots(page: Page, name: string): Promise<void> {
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/shots-w3m5/${name}-${width}.png` });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `/tmp/shots-w3m5/${name}-print-${width}.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('without a basemap: the printed operation map on the neutral ground', async ({ app }) => {
  test.setTimeout(120_000);
  await openDemoWorkspace(app, 'map');
  await expect(app.getByTestId('map-targets').locator('li').first()).toBeVisible();
  await expectExtract(app, NEUTRAL_GROUND, RASTER_GROUND);
  await expect(app.getByTestId('map-print-sheet')).toHaveAttribute('data-format', 'A4');
  if (process.env.VP_SHOTS) await shots(app, 'map-print-de');
});

test('with the fixture basemap: its tiles under the printed map, A3', async ({ app }) => {
  test.setTimeout(150_000);
  await app.getByTestId('nav-settings').click();
  const panel = app.getByTestId('settings-map');
  await panel.scrollIntoViewIfNeeded();
  await chooseFile(app, panel.getByTestId('basemap-install'), join(MAPS, 'raster.pmtiles'));
  await expect(panel.getByTestId('basemap-file-info')).toContainText('raster.pmtiles');
  await openDemoWorkspace(app, 'map');
  await expect(app.getByTestId('map-targets').locator('li').first()).toBeVisible();
  await app.getByTestId('map-print-format').click();
  await app.getByRole('option', { name: 'A3 quer' }).click();
  await expectExtract(app, RASTER_GROUND);
  await expect(app.getByTestId('map-print-sheet')).toHaveAttribute('data-format', 'A3');
  if (process.env.VP_SHOTS) {
    await shots(app, 'map-print-de-a3');
    await app.getByTestId('language-switch').getByText('English').click();
    await expect(app.getByTestId('map-print')).toHaveText('Print map');
    await app.getByTestId('map-print').click();
    await expect
      .poll(() => app.evaluate(() => (window as Window & { __printed?: number }).__printed))
      .toBe(2);
    await shots(app, 'map-print-en-a3');
  }
});
