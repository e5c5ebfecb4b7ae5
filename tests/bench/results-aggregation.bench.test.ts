// Benchmark (Node): Auswertung over 10 000 completed operations with 50 result rows each — a
// year of generated operations, as the read model holds them after unlock. "First render" is
// the page's data path from the read model's records (inputs, per-operation sums, aggregate,
// the tables); "filter change" is what a new filter recomputes (aggregate and tables). Baseline:
// the bare aggregation loop — one pass adding every cell of every row into one total. Records
// carry the sums the repository keeps at write time (`withSums`); a second "first render" row
// takes the same records without them (as written before sums were kept: every row walked).
// The DOM commit is not in these numbers: the page draws charts only near the viewport and a
// long table's first 100 rows. The page itself, after unlock in Chromium: browser/results.bench.spec.ts.
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  aggregationInputs,
  NO_FILTER,
  prepareOperations,
  situationTables,
  type OperationResults,
  type ResultsFilter,
} from '@shared/results';
import {
  AGENCIES_PER_OP,
  RESULTS_OPERATIONS as OPERATIONS,
  resultsDataset as dataset,
  TARGETS_PER_OP,
} from './browser/results-dataset';
import { report, sample, summarize, withBudget } from './harness';

const RUNS = 7;

const names = {
  agency: (id: string) => `Behörde ${id}`,
  municipality: (code: string) => code,
  premises: (id: string) => `Objekt ${id}`,
};

describe('Auswertung', () => {
  it('first render and filter change over 10 000 operations × 50 results', async () => {
    const d = dataset();
    const workload = `${OPERATIONS} operations × ${AGENCIES_PER_OP * TARGETS_PER_OP} results`;
    let total = 0;
    const bare = await sample(() => {
      total = 0;
      for (const r of d.results.values())
        for (const row of r.rows) for (const code in row.values) total += row.values[code] ?? 0;
    }, RUNS);
    let operations = 0;
    const first = await sample(() => {
      const prepared = prepareOperations(
        aggregationInputs(d.operations, d.participations, d.targets, d.results),
      );
      const a = aggregate(prepared, NO_FILTER);
      situationTables(a, names);
      operations = a.operations;
    }, RUNS);
    const unsummed = new Map<string, OperationResults>(
      [...d.results].map(([id, { sums: _sums, ...rest }]) => [id, rest]),
    );
    const firstRows = await sample(() => {
      const prepared = prepareOperations(
        aggregationInputs(d.operations, d.participations, d.targets, unsummed),
      );
      situationTables(aggregate(prepared, NO_FILTER), names);
    }, RUNS);
    const prepared = prepareOperations(
      aggregationInputs(d.operations, d.participations, d.targets, d.results),
    );
    const filters: ResultsFilter[] = [
      { ...NO_FILTER, municipalityId: 'essen' },
      { ...NO_FILTER, from: '2025-03', to: '2025-08' },
      { ...NO_FILTER, agencyId: 'agency-7' },
      { ...NO_FILTER, thematicField: 'shisha', includeExercises: true },
    ];
    let f = 0;
    const change = await sample(() => {
      const filter = filters[f++ % filters.length] ?? NO_FILTER;
      situationTables(aggregate(prepared, filter), names);
    }, RUNS * 2);

    expect(total).toBeGreaterThan(0);
    // Cancelled (every 20th) and exercises (every 25th) are left out.
    expect(operations).toBeLessThan(OPERATIONS);
    const baseline = { name: 'bare aggregation loop', times: bare };
    const firstM = summarize('Auswertung first render (data)', workload, first, baseline);
    report(withBudget(firstM, '≤ 500 ms', firstM.medianMs <= 500));
    report(
      summarize('Auswertung first render, records without sums', workload, firstRows, baseline),
    );
    const changeM = summarize('Auswertung filter change', workload, change, baseline);
    report(withBudget(changeM, '≤ 100 ms', changeM.medianMs <= 100));
  }, 600_000);
});
