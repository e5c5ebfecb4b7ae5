// The sums kept in the results record: always equal to its rows (recomputed on every write,
// refused by the schema when they disagree), and Auswertung gives the same numbers from the
// sums as from walking the rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  computeSums,
  emptyResults,
  isMeasure,
  NO_FILTER,
  operationResultsSchema,
  prepareOperations,
  reassignAgency,
  RESULT_METRICS,
  withSums,
  type AggregationInput,
  type OperationResults,
  type ResultRow,
} from '@shared/results';
import { fcRuns } from '../../support/fc-runs';

const NOW = '2026-01-01T00:00:00.000Z';
const AGENCIES = ['a-police', 'a-customs', 'a-tax'];
const TARGETS = ['t-1', 't-2', 't-3'];
// Values stay below half a count cell's cap, so two merged rows still fit.
const codes = RESULT_METRICS.map((m) => m.code);

const rowArb: fc.Arbitrary<ResultRow> = fc.record({
  agencyId: fc.constantFrom(...AGENCIES),
  targetId: fc.option(fc.constantFrom(...TARGETS), { nil: null }),
  values: fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: 1, max: 40_000 }), {
    maxKeys: 6,
  }),
  goods: fc.constant([]),
  note: fc.constant(''),
});

/** Rows unique per agency and target, as `setCell` keeps them. */
const rowsArb = fc.uniqueArray(rowArb, {
  maxLength: 9,
  selector: (r) => `${r.agencyId}:${r.targetId ?? '-'}`,
});

const record = (rows: ResultRow[], id = 'op-1'): OperationResults => ({
  ...emptyResults(id, id, NOW),
  rows,
});

describe('results sums', () => {
  it('equal the rows summed by hand, and the schema accepts them', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const r = withSums(record(rows));
        expect(operationResultsSchema.safeParse(r).success).toBe(true);
        const sums = r.sums ?? computeSums([]);
        for (const agencyId of AGENCIES) {
          const own = rows.filter((x) => x.agencyId === agencyId);
          if (own.length === 0) {
            expect(sums.byAgency[agencyId]).toBeUndefined();
            continue;
          }
          for (const code of codes) {
            const expected = own.reduce((n, x) => n + (x.values[code] ?? 0), 0);
            expect(sums.byAgency[agencyId]?.[code] ?? 0).toBe(expected);
          }
        }
        for (const row of rows) {
          const measures = Object.entries(row.values)
            .filter(([c]) => isMeasure(c))
            .reduce((n, [, v]) => n + (v ?? 0), 0);
          const entry = sums.measures.find(([t, a]) => t === row.targetId && a === row.agencyId);
          expect(entry?.[2] ?? 0).toBe(row.targetId === null ? 0 : measures);
        }
      }),
      { numRuns: fcRuns(200) },
    );
  });

  it('are refused when they disagree with the rows', () => {
    fc.assert(
      fc.property(
        rowsArb.filter((rows) => rows.length > 0),
        fc.integer({ min: 1, max: 9 }),
        (rows, by) => {
          const r = withSums(record(rows));
          const first = rows[0];
          if (!first || !r.sums) return;
          const stale = { ...r, rows: rows.slice(1) };
          const emptied =
            Object.keys(first.values).length === 0 &&
            rows.filter((x) => x.agencyId === first.agencyId).length > 1;
          // Dropping a row with values (or an agency's only row) makes the kept sums stale.
          if (!emptied) expect(operationResultsSchema.safeParse(stale).success).toBe(false);
          const code = codes[by % codes.length] ?? 'arrests';
          const wrong = structuredClone(r.sums);
          const totals = wrong.byAgency[first.agencyId] ?? {};
          totals[code] = (totals[code] ?? 0) + by;
          wrong.byAgency[first.agencyId] = totals;
          expect(operationResultsSchema.safeParse({ ...r, sums: wrong }).success).toBe(false);
        },
      ),
      { numRuns: fcRuns(100) },
    );
  });

  it('stay equal to the rows after an agency merge', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const merged = reassignAgency(withSums(record(rows)), 'a-customs', 'a-police');
        expect(operationResultsSchema.safeParse(merged).success).toBe(true);
      }),
      { numRuns: fcRuns(100) },
    );
  });

  it('give Auswertung the same numbers as walking the rows', () => {
    const opArb = fc.record({ rows: rowsArb, month: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 12 }),
        fc.constantFrom('', ...AGENCIES),
        (ops, agencyId) => {
          const inputs = (summed: boolean): AggregationInput[] =>
            ops.map((o, i) => {
              const r = record(o.rows, `op-${i}`);
              return {
                operation: {
                  id: r.operationId,
                  status: 'executed',
                  exercise: false,
                  hHour: `2026-${String(o.month).padStart(2, '0')}-10T08:00:00.000Z`,
                  municipalityId: 'essen',
                  thematicFields: [],
                  template: false,
                  deletedAt: null,
                },
                results: summed ? withSums(r) : r,
                agencyIds: [],
                premisesOf: new Map([
                  ['t-1', 'p-1'],
                  ['t-2', i % 2 === 0 ? 'p-2' : 'p-1'],
                ]),
              };
            });
          const filter = { ...NO_FILTER, agencyId };
          expect(aggregate(prepareOperations(inputs(true)), filter)).toEqual(
            aggregate(prepareOperations(inputs(false)), filter),
          );
        },
      ),
      { numRuns: fcRuns(100) },
    );
  });
});
