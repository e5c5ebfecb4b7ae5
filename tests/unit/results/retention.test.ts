// Retention: old finished operations lose their details, the anonymous numbers stay — the
// aggregation over the reduced records gives the same totals; newer, unfinished, template and
// trashed operations are left alone; a second run finds nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newOperation, newParticipation, OPERATION_STATUSES, type Operation } from '@shared/domain';
import {
  aggregate,
  dueForRetention,
  emptyResults,
  NO_FILTER,
  operationResultsSchema,
  prepareOperations,
  reducedOperation,
  reducedParticipation,
  reducedResults,
  RESULT_METRICS,
  retentionCutoff,
  withSums,
  type AggregationInput,
  type OperationResults,
  type ResultRow,
} from '@shared/results';
import { fcRuns } from '../../support/fc-runs';

const NOW = '2026-11-16T09:00:00.000Z';
const codes = RESULT_METRICS.map((m) => m.code);

const rowArb: fc.Arbitrary<ResultRow> = fc.record({
  agencyId: fc.constantFrom('a-police', 'a-customs', 'a-city'),
  targetId: fc.option(fc.constantFrom('t-1', 't-2'), { nil: null }),
  values: fc.dictionary(fc.constantFrom(...codes), fc.integer({ min: 1, max: 100_000 }), {
    maxKeys: 5,
  }),
  goods: fc.constant([{ description: 'Shisha-Tabak', quantity: 3, unit: 'packs' as const }]),
  note: fc.constant('Betreiber war anwesend'),
});

interface OpSpec {
  month: number;
  status: Operation['status'];
  municipalityId: string | null;
  exercise: boolean;
  rows: ResultRow[];
}

const opArb: fc.Arbitrary<OpSpec> = fc.record({
  month: fc.integer({ min: 0, max: 35 }),
  status: fc.constantFrom(...OPERATION_STATUSES),
  municipalityId: fc.option(fc.constantFrom('essen', 'herne'), { nil: null }),
  exercise: fc.boolean(),
  rows: fc.uniqueArray(rowArb, {
    maxLength: 6,
    selector: (r) => `${r.agencyId}:${r.targetId ?? '-'}`,
  }),
});

function build(x: OpSpec, i: number) {
  const y = 2024 + Math.floor(x.month / 12);
  const hHour = `${y}-${String((x.month % 12) + 1).padStart(2, '0')}-03T18:30:00.000Z`;
  const op: Operation = {
    ...newOperation(
      {
        codeName: `Nachtfalke ${i}`,
        title: 'Kontrolle Shisha-Bars Altstadt',
        status: x.status,
        exercise: x.exercise,
        municipalityId: x.municipalityId,
        thematicFields: ['shisha'],
        hHour,
        fileReference: 'AZ 12/345',
        operationLead: { name: 'Erika Muster', function: 'EL', agencyId: null, phone: '0201 1' },
      },
      NOW,
    ),
    id: `op-${i}`,
  };
  const results: OperationResults = withSums({
    ...emptyResults(op.id, op.id, NOW),
    rows: x.rows,
    followUps: [
      { id: `f-${i}`, task: 'Gewerbeamt informieren', owner: 'Stadt', due: null, done: false },
    ],
    lessons: { execution: 'Zugang über den Hof' },
  });
  const agencies = [...new Set(x.rows.map((r) => r.agencyId))];
  return { op, results, agencies };
}

const input = (
  op: Operation,
  results: OperationResults,
  agencyIds: readonly string[],
): AggregationInput => ({
  operation: op,
  results,
  agencyIds,
  premisesOf: new Map(),
});

describe('retention', () => {
  it('keeps the counts: Auswertung over the reduced operations gives the same numbers', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), fc.boolean(), (xs, exercises) => {
        const built = xs.map(build);
        const before = aggregate(
          prepareOperations(built.map((b) => input(b.op, b.results, b.agencies))),
          { ...NO_FILTER, includeExercises: exercises },
        );
        const after = aggregate(
          prepareOperations(
            built.map((b) =>
              input(reducedOperation(b.op, NOW), reducedResults(b.results), b.agencies),
            ),
          ),
          { ...NO_FILTER, includeExercises: exercises },
        );
        expect(after.operations).toBe(before.operations);
        expect(after.totals).toEqual(before.totals);
        expect(after.byAgency).toEqual(before.byAgency);
        expect(after.byMonth).toEqual(before.byMonth);
        expect(after.byMunicipality).toEqual(before.byMunicipality);
        expect(after.operationsPerAgency).toEqual(before.operationsPerAgency);
        for (const b of built)
          expect(operationResultsSchema.safeParse(reducedResults(b.results)).success).toBe(true);
      }),
      { numRuns: fcRuns(100) },
    );
  });

  it('deletes the details of the operation, its results and its participations', () => {
    const { op, results } = build(
      { month: 2, status: 'executed', municipalityId: 'essen', exercise: false, rows: [] },
      1,
    );
    const withRows = withSums({
      ...results,
      rows: [
        {
          agencyId: 'a-police',
          targetId: 't-1',
          values: { persons_checked: 4, closures: 1 },
          goods: [{ description: 'Spielgerät', quantity: 1, unit: 'pieces' }],
          note: 'Betreiber war anwesend',
        },
      ],
      press: { releaseIssued: true, mediaRequests: 2, statement: '4 Personen kontrolliert' },
    });
    const kept = reducedOperation(op, NOW);
    const text = JSON.stringify(kept);
    for (const detail of ['Nachtfalke', 'Altstadt', 'AZ 12/345', 'Erika Muster', '18:30'])
      expect(text).not.toContain(detail);
    expect(kept).toMatchObject({
      id: op.id,
      status: 'executed',
      municipalityId: 'essen',
      thematicFields: ['shisha'],
      hHour: '2024-03-15T12:00:00.000Z',
    });
    const r = reducedResults(withRows);
    expect(JSON.stringify(r)).not.toMatch(/Betreiber|Spielgerät|Gewerbeamt|Hof|t-1|Personen/);
    expect(r.rows).toEqual([
      {
        agencyId: 'a-police',
        targetId: null,
        values: { persons_checked: 4, closures: 1 },
        goods: [],
        note: '',
      },
    ]);
    const p = {
      ...newParticipation({ operationId: op.id, agencyId: 'a-police' }, NOW),
      specialEquipment: 'Hund',
      liaison: {
        contactId: null,
        name: 'Max Beispiel',
        function: 'KHK',
        phone: '1',
        mobile: '',
        email: 'm@x.de',
      },
    };
    const rp = reducedParticipation(p, NOW);
    expect(rp).toMatchObject({ id: p.id, operationId: op.id, agencyId: 'a-police' });
    expect(JSON.stringify(rp)).not.toMatch(/Hund|Max Beispiel|m@x\.de/);
  });

  it('leaves newer, unfinished, template and trashed operations, and reduced ones, alone', () => {
    const at = (hHour: string, over: Partial<Operation> = {}): Operation => ({
      ...newOperation({ codeName: 'X', status: 'executed', hHour, ...over }, NOW),
      id: `${hHour}-${over.status ?? ''}${over.template ? 't' : ''}${over.deletedAt ? 'd' : ''}`,
    });
    const old = at('2024-01-10T10:00:00.000Z');
    const newer = at('2026-06-10T10:00:00.000Z');
    const inWork = at('2024-01-10T10:00:00.000Z', { status: 'planning' });
    const template = at('2024-01-10T10:00:00.000Z', { template: true });
    const trashed = at('2024-01-10T10:00:00.000Z', { deletedAt: NOW });
    const cancelled = at('2025-06-10T10:00:00.000Z', { status: 'cancelled' });
    const ops = [old, newer, inWork, template, trashed, cancelled];
    expect(dueForRetention(ops, NOW, 24).map((o) => o.id)).toEqual([old.id]);
    expect(dueForRetention(ops, NOW, 12).map((o) => o.id)).toEqual([old.id, cancelled.id]);
    // A second run finds the reduced operation done.
    expect(dueForRetention([reducedOperation(old, NOW)], NOW, 12)).toEqual([]);
  });

  it('counts calendar months back, clamping the day', () => {
    expect(retentionCutoff('2026-03-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(retentionCutoff('2026-11-16T09:00:00.000Z', 24)).toBe('2024-11-16T09:00:00.000Z');
  });
});
