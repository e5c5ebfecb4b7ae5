// Premises inspected repeatedly, from the visit index: the same premises, visits, order, measures
// and trend as collecting every matching operation's visits afresh (the way it was counted
// before the index), under any filter, ties included; and the index is built once per data set.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  matches,
  NO_FILTER,
  type PreparedOperation,
  type RepeatedTarget,
  type ResultsFilter,
} from '@shared/results';
import { fcRuns } from '../../support/fc-runs';

const AGENCIES = ['police', 'customs', 'tax'];
const PREMISES = ['p1', 'p2', 'p3', 'p4'];

const opArb = fc
  .record({
    // Few days and months: ties in the visit order are the point.
    day: fc.constantFrom('2026-01-05', '2026-01-20', '2026-02-03', ''),
    exercise: fc.boolean(),
    municipalityId: fc.constantFrom('essen', 'herne', ''),
    thematicFields: fc.subarray(['shisha', 'gambling']),
    premises: fc.uniqueArray(fc.constantFrom(...PREMISES), { maxLength: 3 }),
    targets: fc.array(
      fc.record({
        premisesId: fc.constantFrom(...PREMISES),
        agencyId: fc.constantFrom(...AGENCIES),
        measures: fc.integer({ min: 0, max: 9 }),
      }),
      { maxLength: 5 },
    ),
  })
  .map((r): Omit<PreparedOperation, 'id'> => {
    const byPremises = new Map<string, number>(r.premises.map((p) => [p, 0]));
    const targets = r.targets.filter((t) => byPremises.has(t.premisesId));
    for (const t of targets)
      byPremises.set(t.premisesId, (byPremises.get(t.premisesId) ?? 0) + t.measures);
    return {
      exercise: r.exercise,
      month: r.day.slice(0, 7),
      day: r.day,
      municipalityId: r.municipalityId,
      thematicFields: r.thematicFields,
      agencyIds: new Set(targets.map((t) => t.agencyId)),
      byAgency: new Map(),
      byPremises,
      targets,
    };
  });

const preparedArb = fc
  .array(opArb, { maxLength: 25 })
  .map((ops) => ops.map((op, i): PreparedOperation => ({ ...op, id: `op-${i}` })));

const filterArb: fc.Arbitrary<ResultsFilter> = fc.record({
  from: fc.constantFrom('', '2026-01', '2026-02'),
  to: fc.constantFrom('', '2026-01'),
  municipalityId: fc.constantFrom('', 'essen'),
  thematicField: fc.constantFrom('', 'shisha'),
  agencyId: fc.constantFrom('', ...AGENCIES),
  includeExercises: fc.boolean(),
});

/** Every matching operation's visits collected per premises, each list sorted by day. */
function collectedAfresh(prepared: readonly PreparedOperation[], f: ResultsFilter) {
  const visits = new Map<string, RepeatedTarget['visits']>();
  for (const op of prepared) {
    if (!matches(op, f)) continue;
    for (const premisesId of op.byPremises.keys()) {
      const measures = f.agencyId
        ? op.targets
            .filter((t) => t.agencyId === f.agencyId && t.premisesId === premisesId)
            .reduce((n, t) => n + t.measures, 0)
        : (op.byPremises.get(premisesId) ?? 0);
      let list = visits.get(premisesId);
      if (!list) visits.set(premisesId, (list = []));
      list.push({ day: op.day, operationId: op.id, measures });
    }
  }
  const out: RepeatedTarget[] = [];
  for (const [premisesId, list] of visits) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    const [before, last] = list.slice(-2).map((v) => v.measures);
    const trend =
      before === undefined || last === undefined || last === before
        ? 'flat'
        : last > before
          ? 'up'
          : 'down';
    out.push({ premisesId, visits: list, trend });
  }
  return out.sort((a, b) => b.visits.length - a.visits.length);
}

describe('premises inspected repeatedly', () => {
  it('are the same as collecting every matching visit afresh, under any filter', () => {
    fc.assert(
      fc.property(preparedArb, fc.array(filterArb, { minLength: 1, maxLength: 4 }), (p, fs) => {
        // Several filters over one data set: the index built for the first serves the others.
        for (const f of fs) expect(aggregate(p, f).repeatedTargets).toEqual(collectedAfresh(p, f));
      }),
      { numRuns: fcRuns(300) },
    );
  });

  it('follow a premises in time order with its trend', () => {
    const op = (id: string, day: string, measures: number): PreparedOperation => ({
      id,
      exercise: false,
      month: day.slice(0, 7),
      day,
      municipalityId: 'essen',
      thematicFields: [],
      agencyIds: new Set(['police']),
      byAgency: new Map(),
      byPremises: new Map([['p1', measures]]),
      targets: [{ premisesId: 'p1', agencyId: 'police', measures }],
    });
    const prepared = [op('b', '2026-03-01', 1), op('a', '2026-01-10', 4), op('c', '2026-02-01', 2)];
    const [repeated] = aggregate(prepared, NO_FILTER).repeatedTargets;
    expect(repeated?.visits.map((v) => v.operationId)).toEqual(['a', 'c', 'b']);
    expect(repeated?.trend).toBe('down');
    // A filter that leaves one visit: not repeated any more.
    const only = aggregate(prepared, { ...NO_FILTER, from: '2026-03' }).repeatedTargets;
    expect(only).toEqual([]);
  });
});
