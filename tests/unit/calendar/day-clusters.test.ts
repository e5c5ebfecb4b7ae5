// A busy day becomes one block; a quiet day keeps its events; nothing is lost or doubled.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterByDay } from '@shared/calendar';
import { fcRuns } from '../../support/fc-runs';

describe('clusterByDay', () => {
  it('clusters only the days over the limit', () => {
    const items = ['a1', 'b1', 'a2', 'a3', 'b2'];
    const { singles, clusters } = clusterByDay(items, (s) => s.slice(0, 1), 2);
    expect(singles).toEqual(['b1', 'b2']);
    expect(clusters).toEqual([{ day: 'a', items: ['a1', 'a2', 'a3'] }]);
  });

  it('keeps every item exactly once, and no cluster at or under the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.nat(), day: fc.integer({ min: 1, max: 5 }) })),
        fc.integer({ min: 0, max: 6 }),
        (items, max) => {
          const { singles, clusters } = clusterByDay(items, (i) => String(i.day), max);
          const all = [...singles, ...clusters.flatMap((c) => c.items)];
          expect(all).toHaveLength(items.length);
          expect(new Set(all)).toEqual(new Set(items));
          for (const c of clusters) expect(c.items.length).toBeGreaterThan(max);
          const perDay = new Map<number, number>();
          for (const s of singles) perDay.set(s.day, (perDay.get(s.day) ?? 0) + 1);
          for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });
});
