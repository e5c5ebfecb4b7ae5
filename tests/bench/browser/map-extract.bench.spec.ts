// Map extract (issue 13): one premises at 1200×800 px with the raster fixture basemap, as the
// object sheet draws it (tiles, marker, scale bar, north arrow, legend, marking, PNG), against a
// bare OffscreenCanvas drawing of the same tiles and marker encoded the same way. The briefing
// renders 100 of these.
import { expect, test } from '@playwright/test';
import { percentile, report, summarize, withBudget } from '../harness';
import type { GeocodeBenchApi } from './page/map-geocode-bench';

type GeocodeBenchWindow = Window & { vpGeocodeBench?: GeocodeBenchApi };
const RUNS = 20;

test('map extract of one premises at 1200×800 with the fixture basemap', async ({ page }) => {
  const res = await page.request.get('/bench.js');
  expect(res.ok(), '/bench.js fehlt: den Web-Build mit VP_BENCH_PAGE=1 bauen').toBe(true);
  await page.goto('/');
  await page.addScriptTag({ url: '/bench.js', type: 'module' });
  await page.waitForFunction(
    () => (window as GeocodeBenchWindow).vpGeocodeBench !== undefined,
    null,
    {
      timeout: 120_000,
    },
  );
  const { app, bare, tiles } = await page.evaluate(async (runs) => {
    const bench = (window as GeocodeBenchWindow).vpGeocodeBench;
    if (!bench) throw new Error('vpGeocodeBench fehlt');
    return bench.mapExtract(runs);
  }, RUNS);
  expect(tiles).toBeGreaterThan(0);
  const m = summarize(
    'map extract: one premises 1200×800',
    `raster fixture basemap, ${tiles} tiles, PNG`,
    app,
    {
      name: 'bare OffscreenCanvas with the same tiles and marker',
      times: bare,
    },
  );
  report(
    withBudget(
      m,
      'median ≤ 150 ms, ≤ 1.5× bare canvas',
      percentile(app, 50) <= 150 && (m.baseline?.ratio ?? Infinity) <= 1.5,
    ),
  );
});
