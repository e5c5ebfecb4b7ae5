// Auswertung across operations: every grouping adds up to the grand total, only completed,
// non-exercise operations count by default, and money and mass stay whole numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATION_STATUSES } from '@shared/domain';
import {
  aggregate,
  berlinDay,
  emptyResults,
  NO_FILTER,
  prepareOperations,
  RESULT_METRICS,
  sumGroups,
  type AggregationInput,
  type OperationResults,
  type ResultsFilter,
} from '@shared/results';
import { fcRuns } from '../../support/fc-runs';

const NOW = '2026-01-01T00:00:00.000Z';
const AGENCIES = ['police', 'customs', 'tax', 'city'];
const codes = RESULT_METRICS.map((m) => m.code);

const rowArb = fc.record({
  agencyId: fc.constantFrom(...AGENCIES),
  targetId: fc.option(fc.constantFrom('t1', 't2', 't3'), { nil: null }),
  values: fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: 1, max: 100_000 }), {
    maxKeys: 5,
  }),
});

const inputArb = fc
  .record({
    id: fc.uuid(),
    status: fc.constantFrom(...OPERATION_STATUSES),
    exercise: fc.boolean(),
    month: fc.integer({ min: 0, max: 23 }),
    municipalityId: fc.option(fc.constantFrom('essen', 'bochum', 'herne'), { nil: null }),
    thematicFields: fc.subarray(['gambling', 'shisha', 'labour']),
    rows: fc.array(rowArb, { maxLength: 6 }),
    premises: fc.constantFrom('p1', 'p2', 'p3'),
  })
  .map((r): AggregationInput => {
    const results: OperationResults = {
      ...emptyResults(`r-${r.id}`, r.id, NOW),
      rows: r.rows.map((row) => ({ ...row, goods: [], note: '' })),
    };
    const y = 2025 + Math.floor(r.month / 12);
    const mo = String((r.month % 12) + 1).padStart(2, '0');
    return {
      operation: {
        id: r.id,
        status: r.status,
        exercise: r.exercise,
        hHour: `${y}-${mo}-15T10:00:00.000Z`,
        municipalityId: r.municipalityId,
        thematicFields: r.thematicFields,
        template: false,
        deletedAt: null,
      },
      results,
      agencyIds: [...new Set(r.rows.map((x) => x.agencyId))],
      premisesOf: new Map([
        ['t1', r.premises],
        ['t2', 'p9'],
      ]),
    };
  });

const filterArb: fc.Arbitrary<ResultsFilter> = fc.record({
  from: fc.constantFrom('', '2025-03', '2025-11'),
  to: fc.constantFrom('', '2025-12', '2026-06'),
  municipalityId: fc.constantFrom('', 'essen', 'herne'),
  thematicField: fc.constantFrom('', 'gambling'),
  agencyId: fc.constantFrom('', ...AGENCIES),
  includeExercises: fc.boolean(),
});

describe('aggregate', () => {
  it('totals across any grouping equal the grand total', () => {
    fc.assert(
      fc.property(fc.array(inputArb, { maxLength: 30 }), filterArb, (inputs, filter) => {
        const a = aggregate(prepareOperations(inputs), filter);
        expect(sumGroups(a.byAgency.values())).toEqual(a.totals);
        const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
        expect(sum(a.byMonth)).toBe(a.operations);
        expect(sum(a.byMunicipality)).toBe(a.operations);
        // The grand total is the plain sum over the rows of the counted operations.
        const counted = inputs.filter(
          (i) =>
            (i.operation.status === 'executed' || i.operation.status === 'followed_up') &&
            (filter.includeExercises || !i.operation.exercise),
        );
        if (!filter.from && !filter.to && !filter.municipalityId && !filter.thematicField) {
          const expected: Record<string, number> = {};
          for (const i of counted)
            for (const r of i.results?.rows ?? [])
              if (!filter.agencyId || r.agencyId === filter.agencyId)
                for (const [c, v] of Object.entries(r.values))
                  expected[c] = (expected[c] ?? 0) + (v ?? 0);
          expect(a.totals).toEqual(expected);
        }
        for (const v of Object.values(a.totals)) expect(Number.isSafeInteger(v)).toBe(true);
      }),
      { numRuns: fcRuns(200) },
    );
  });

  it('leaves out exercise, cancelled, planned, template and deleted operations by default', () => {
    const make = (id: string, over: Partial<AggregationInput['operation']>): AggregationInput => ({
      operation: {
        id,
        status: 'executed',
        exercise: false,
        hHour: '2026-03-10T08:00:00.000Z',
        municipalityId: 'essen',
        thematicFields: [],
        template: false,
        deletedAt: null,
        ...over,
      },
      results: {
        ...emptyResults(`r${id}`, id, NOW),
        rows: [{ agencyId: 'police', targetId: null, values: { arrests: 1 }, goods: [], note: '' }],
      },
      agencyIds: ['police'],
      premisesOf: new Map(),
    });
    const prepared = prepareOperations([
      make('a', {}),
      make('b', { exercise: true }),
      make('c', { status: 'cancelled' }),
      make('d', { status: 'approved' }),
      make('e', { template: true }),
      make('f', { deletedAt: NOW }),
      make('g', { status: 'followed_up' }),
    ]);
    expect(aggregate(prepared).totals).toEqual({ arrests: 2 });
    expect(aggregate(prepared).operations).toBe(2);
    expect(aggregate(prepared, { ...NO_FILTER, includeExercises: true }).totals).toEqual({
      arrests: 3,
    });
  });

  it('follows a premises across operations with its trend', () => {
    const visit = (id: string, hHour: string, closures: number): AggregationInput => ({
      operation: {
        id,
        status: 'executed',
        exercise: false,
        hHour,
        municipalityId: null,
        thematicFields: [],
        template: false,
        deletedAt: null,
      },
      results: {
        ...emptyResults(`r${id}`, id, NOW),
        rows: [
          {
            agencyId: 'city',
            targetId: `t-${id}`,
            values: { closures, persons_checked: 40 },
            goods: [],
            note: '',
          },
        ],
      },
      agencyIds: ['city'],
      premisesOf: new Map([[`t-${id}`, 'cafe']]),
    });
    const a = aggregate(
      prepareOperations([
        visit('2', '2026-05-01T08:00:00.000Z', 1),
        visit('1', '2026-02-01T08:00:00.000Z', 3),
      ]),
    );
    expect(a.repeatedTargets).toHaveLength(1);
    expect(a.repeatedTargets[0]?.visits.map((v) => v.measures)).toEqual([3, 1]);
    expect(a.repeatedTargets[0]?.trend).toBe('down');
    expect(a.byMonth).toEqual(
      new Map([
        ['2026-05', 1],
        ['2026-02', 1],
      ]),
    );
  });

  it('counts an operation in its Berlin month, across daylight-saving changes', () => {
    expect(berlinDay('2026-12-31T23:30:00.000Z')).toBe('2027-01-01');
    expect(berlinDay('2026-03-29T00:59:00.000Z')).toBe('2026-03-29');
    expect(berlinDay('2026-03-28T22:59:00.000Z')).toBe('2026-03-28');
    expect(berlinDay('2026-03-28T23:00:00.000Z')).toBe('2026-03-29');
    // Summer time: +2 h until 01:00 UTC on the last Sunday of October.
    expect(berlinDay('2026-10-24T21:59:00.000Z')).toBe('2026-10-24');
    expect(berlinDay('2026-10-24T22:00:00.000Z')).toBe('2026-10-25');
    expect(berlinDay('2026-07-31T22:30:00.000Z')).toBe('2026-08-01');
  });
});
