// Deconfliction by premises: the sweep finds exactly the pairs a brute-force check finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPremisesConflicts, premisesConflictsOf } from '@shared/calendar';
import type { Operation, OperationTarget } from '@shared/domain';
import { demoPlan } from '../../support/demo-plan';
import { fcRuns } from '../../support/fc-runs';

const demo = demoPlan().plan;
const DAY = 24 * 3_600_000;
const BASE = Date.UTC(2026, 10, 1);

function op(id: string, startDay: number, hours: number): Operation {
  const start = BASE + startDay * DAY;
  return {
    ...demo.operation,
    id,
    status: 'planning',
    timeWindow: {
      start: new Date(start).toISOString(),
      end: new Date(start + hours * 3_600_000).toISOString(),
    },
  };
}

function target(operationId: string, premisesId: string, i: number): OperationTarget {
  const base = demo.targets[0];
  if (!base) throw new Error('demo has targets');
  return { ...base, id: `${operationId}-${i}`, operationId, premisesId, status: 'planned' };
}

describe('findPremisesConflicts', () => {
  it('flags a premises inspected three days earlier by another plan, once per pair', () => {
    const ops = [op('a', 0, 4), op('b', 3, 4), op('c', 30, 4)];
    const targets = [
      target('a', 'p1', 0),
      target('a', 'p1', 1),
      target('b', 'p1', 0),
      target('c', 'p1', 0),
    ];
    const found = findPremisesConflicts(ops, targets, 14);
    expect(found).toEqual([{ premisesId: 'p1', operationIds: ['a', 'b'], daysApart: 2 }]);
    expect(premisesConflictsOf('b', found)).toEqual([
      { otherId: 'a', premisesId: 'p1', daysApart: 2 },
    ]);
    // Cancelled plans and dropped targets do not count.
    const cancelled: Operation = { ...op('b', 3, 4), status: 'cancelled' };
    expect(findPremisesConflicts([op('a', 0, 4), cancelled], targets, 14)).toEqual([]);
    const dropped: OperationTarget = { ...target('b', 'p1', 0), status: 'dropped' };
    expect(findPremisesConflicts(ops, [target('a', 'p1', 0), dropped], 14)).toEqual([]);
  });

  it('misses no pair that a brute-force check finds (property)', () => {
    const visit = fc.record({
      startDay: fc.integer({ min: 0, max: 60 }),
      hours: fc.integer({ min: 1, max: 24 * 20 }),
      premises: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(visit, { maxLength: 25 }),
        fc.integer({ min: 0, max: 20 }),
        (vs, days) => {
          const ops = vs.map((v, i) => op(`o${i}`, v.startDay, v.hours));
          const targets = vs.flatMap((v, i) =>
            v.premises.map((p, k) => target(`o${i}`, `p${p}`, k)),
          );
          const key = (a: string, b: string, p: string) => [a, b].sort().join('|') + `|${p}`;
          const got = new Set(
            findPremisesConflicts(ops, targets, days).map((c) =>
              key(...c.operationIds, c.premisesId),
            ),
          );
          const want = new Set<string>();
          for (let i = 0; i < vs.length; i++)
            for (let j = i + 1; j < vs.length; j++) {
              const [a, b] = [vs[i], vs[j]];
              if (!a || !b) continue;
              const [sa, sb] = [BASE + a.startDay * DAY, BASE + b.startDay * DAY];
              const [ea, eb] = [sa + a.hours * 3_600_000, sb + b.hours * 3_600_000];
              const gap = Math.max(sa, sb) - (sa <= sb ? ea : eb);
              if (gap > days * DAY) continue;
              for (const p of new Set(a.premises))
                if (b.premises.includes(p)) want.add(key(`o${i}`, `o${j}`, `p${p}`));
            }
          expect(got).toEqual(want);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });
});
