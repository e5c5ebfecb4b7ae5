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

interface Measured {
  width: number;
  height: number;
  /** Per target: the colours 9 units above, left and right of its point. */
  sides: Rgb[][];
  bandDark: number;
  bandWhite: number;
  arrowDark: number;
  groundShare: number;
  otherShare: number;
}

/**
 * Measures the printed map image in the page: an A3 sheet has tens of millions of pixels, and
 * shipping them to the test as a number array took most of a minute on its own.
 */
async function measurePrinted(
  page: Page,
  points: { x: number; y: number }[],
  ground: Rgb,
  other: Rgb | null,
): Promise<Measured> {
  return page.getByTestId('map-print-image').evaluate(
    async (img: HTMLImageElement, args) => {
      type C = [number, number, number];
      // From the loaded element itself: the page's CSP admits no fetch of a blob: URL.
      const bitmap = await createImageBitmap(img);
      const { width, height } = bitmap;
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, width, height).data;
      const at = (x: number, y: number): C => {
        const i = (Math.round(y) * width + Math.round(x)) * 4;
        return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      };
      const near = (a: C, b: C, tol: number) =>
        Math.abs(a[0] - b[0]) <= tol &&
        Math.abs(a[1] - b[1]) <= tol &&
        Math.abs(a[2] - b[2]) <= tol;
      const count = (x0: number, y0: number, x1: number, y1: number, test: (p: C) => boolean) => {
        let n = 0;
        for (let y = Math.floor(y0); y < y1; y++)
          for (let x = Math.floor(x0); x < x1; x++) if (test(at(x, y))) n++;
        return n;
      };
      // The unit the extract scales its symbols by (render-extract.ts extractUnit).
      const u = Math.max(1, Math.min(width, height) / 700);
      const sides = args.points.map(({ x, y }) => [
        at(x, y - 9 * u),
        at(x - 9 * u, y),
        at(x + 9 * u, y),
      ]);
      const band = Math.round(28 * u);
      const dark = (p: C) => p[0] + p[1] + p[2] < 200;
      const white = (p: C) => near(p, [255, 255, 255], 2);
      const cx = width - 28 * u;
      const top = band + 12 * u;
      const total = width * height;
      const otherColour = args.other;
      return {
        width,
        height,
        sides,
        bandDark: count(width / 3, 2, (2 * width) / 3, band - 3, dark),
        // As a share of the band's left corner (40 px wide, band − 5 rows).
        bandWhite: count(0, 2, 40, band - 3, white) / (40 * (band - 5)),
        arrowDark: count(cx - 4 * u, top + 8 * u, cx + 4 * u, top + 20 * u, dark),
        groundShare: count(0, 0, width, height, (p) => near(p, args.ground, 3)) / total,
        otherShare: otherColour
          ? count(0, 0, width, height, (p) => near(p, otherColour, 2)) / total
          : 0,
      };
    },
    { points, ground, other },
  );
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
  const points = DEMO_PREMISES.map((p) => {
    const w = project({ lat: p.lat, lng: p.lng }, view.zoom);
    return { x: w.x - view.origin.x, y: w.y - view.origin.y };
  });
  const m = await measurePrinted(page, points, ground, other ?? null);
  expect([m.width, m.height]).toEqual([view.width, view.height]);
  const near = (a: Rgb, b: Rgb, tol = 6) => a.every((v, c) => Math.abs(v - (b[c] ?? 0)) <= tol);

  // Every target's disc is red where the projection puts the premises (labels lie beneath the
  // discs; a neighbouring place badge may cover one side, so one of three sides is enough).
  DEMO_PREMISES.forEach((p, i) => {
    expect(
      (m.sides[i] ?? []).some((s) => near(s, TARGET_RED)),
      `target ${p.key} at ${points[i]?.x},${points[i]?.y}`,
    ).toBe(true);
  });

  // The marking: dark text in the middle of the white top band.
  expect(m.bandDark).toBeGreaterThan(200);
  expect(m.bandWhite).toBeGreaterThan(0.9);
  // The north arrow: a dark triangle below the band at the right.
  expect(m.arrowDark).toBeGreaterThan(40);
  // The ground: the basemap's colour covers much of the sheet.
  expect(m.groundShare).toBeGreaterThan(0.3);
  // Without a basemap the fixture's green is nowhere; with it, the neutral ground may show
  // beyond the file's bounds.
  if (other) expect(m.otherShare).toBeLessThan(0.01);
}

/** Pictures for a person to look at (VP_SHOTS=<folder>): the screen and the printed sheet. */
async function shots(page: Page, name: string): Promise<void> {
  const dir = process.env.VP_SHOTS;
  if (!dir) return;
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(dir, `${name}-${width}.png`) });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(dir, `${name}-print-${width}.png`), fullPage: true });
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
  await shots(app, 'map-print-de');
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
  await shots(app, 'map-print-de-a3');

  // In English the sheet's words and the grid's degrees follow (`7.005°`, not `7,005°`): the
  // language switch lives in Einstellungen, the map is opened again from there.
  const mapUrl = app.url();
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await app.goto(mapUrl);
  await expect(app.getByTestId('map-print')).toHaveText('Print map');
  await app.getByTestId('map-print-format').click();
  await app.getByRole('option', { name: 'A3 landscape' }).click();
  await printOperationMap(app);
  await expect(app.getByTestId('map-print-sheet')).toHaveAttribute('data-format', 'A3');
  await shots(app, 'map-print-en-a3');
});
