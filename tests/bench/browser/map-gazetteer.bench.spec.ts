// Gazetteer (issue 13): importing a state-sized house-coordinates file (1 000 000 rows) through
// the app's worker (streamed CSV, column mapping, UTM → WGS84, chunked writes, progress) against
// a raw IndexedDB bulk put of the same houses into a store with the same indexes; and address
// autocomplete on that table, p95 of single queries as the premises form asks them.
import { expect, test, type Page } from '@playwright/test';
import { percentile, report, summarize, withBudget } from '../harness';
import { GAZETTEER_BENCH_ROWS } from './map-geocode-dataset';
import type { GeocodeBenchApi } from './page/map-geocode-bench';

type GeocodeBenchWindow = Window & { vpGeocodeBench?: GeocodeBenchApi };
const QUERIES = 500;

async function benchPage(page: Page): Promise<void> {
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
}

test('gazetteer: import of 1 000 000 houses and address autocomplete', async ({ page }) => {
  await benchPage(page);
  const rows = Number(process.env.VP_GAZETTEER_ROWS ?? GAZETTEER_BENCH_ROWS);
  const imp = await page.evaluate(async (n) => {
    const bench = (window as GeocodeBenchWindow).vpGeocodeBench;
    if (!bench) throw new Error('vpGeocodeBench fehlt');
    return bench.gazetteerImport(n);
  }, rows);
  expect(imp.imported).toBe(rows);
  // Progress comes in chunks, not only at the end.
  expect(imp.progressEvents).toBeGreaterThan(10);
  const workload = `${rows.toLocaleString('en')} houses, UTM 32 CSV (${imp.progressEvents} progress events)`;
  const ratio = imp.appMs / imp.rawMs;
  report(
    withBudget(
      summarize('gazetteer: import', workload, [imp.appMs], {
        name: 'raw IndexedDB bulk put of the same houses (same indexes)',
        times: [imp.rawMs],
      }),
      '≤ 1.5× raw bulk put, with progress',
      ratio <= 1.5,
    ),
  );

  const times = await page.evaluate(
    async ([n, q]) => {
      const bench = (window as GeocodeBenchWindow).vpGeocodeBench;
      if (!bench) throw new Error('vpGeocodeBench fehlt');
      return bench.gazetteerAutocomplete(n, q);
    },
    [rows, QUERIES] as const,
  );
  const p95 = percentile(times, 95);
  report(
    withBudget(
      summarize(
        'gazetteer: address autocomplete',
        `${rows.toLocaleString('en')} houses, ${QUERIES} typed queries, 8 hits`,
        times,
      ),
      'p95 ≤ 30 ms',
      p95 <= 30,
    ),
  );
});
