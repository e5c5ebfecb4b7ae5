// Deconfliction across operations by premises: the same premises in two operations within a
// number of days of each other (an inspection was just done there, or one is already planned).
// Agencies and liaisons in overlapping plans are found by roster/deconfliction.ts; this adds
// the premises. Per premises the operations are sorted by start and swept, so 10 000 plans with
// 50 000 targets cost a sort, not every pair.
import type { Interval } from '../roster/deconfliction';
import { scheduleOf, type Schedule } from './schedule';
import type { Operation } from '../domain/operation';
import type { OperationTarget } from '../domain/target';

const DAY_MS = 24 * 3_600_000;
/** How close two inspections of one premises may come before they are flagged. */
export const DEFAULT_PREMISES_DAYS = 14;

export interface PremisesConflict {
  premisesId: string;
  /** Ordered by start: the earlier operation first. */
  operationIds: [string, string];
  /** Whole days between the end of the first and the start of the second (0: they overlap). */
  daysApart: number;
}

interface Visit {
  operationId: string;
  interval: Interval;
}

/** Every pair of operations that visit one premises within `withinDays` of each other. */
export function findPremisesConflicts(
  operations: Iterable<Operation>,
  targets: Iterable<OperationTarget>,
  withinDays: number = DEFAULT_PREMISES_DAYS,
  schedule?: Schedule,
): PremisesConflict[] {
  const intervals = schedule ?? scheduleOf(operations);
  const byPremises = new Map<string, Visit[]>();
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.status === 'dropped') continue;
    const interval = intervals.get(t.operationId);
    // One premises listed twice in one plan is one visit.
    const key = `${t.premisesId}|${t.operationId}`;
    if (!interval || seen.has(key)) continue;
    seen.add(key);
    const list = byPremises.get(t.premisesId);
    const visit = { operationId: t.operationId, interval };
    if (list) list.push(visit);
    else byPremises.set(t.premisesId, [visit]);
  }
  const limit = withinDays * DAY_MS;
  const out: PremisesConflict[] = [];
  for (const [premisesId, visits] of byPremises) {
    if (visits.length < 2) continue;
    visits.sort((a, b) => a.interval.start - b.interval.start);
    for (let i = 0; i < visits.length; i++) {
      const a = visits[i];
      if (!a) continue;
      // Starts only grow from here: once one is too far after `a`'s end, all later ones are.
      // `a`'s end is not the latest end so far, so every later pair is checked from its own i.
      for (let j = i + 1; j < visits.length; j++) {
        const b = visits[j];
        if (!b) continue;
        const gap = b.interval.start - a.interval.end;
        if (gap > limit) break;
        out.push({
          premisesId,
          operationIds: [a.operationId, b.operationId],
          daysApart: Math.max(0, Math.floor(gap / DAY_MS)),
        });
      }
    }
  }
  return out;
}

/** The conflicts of one operation, as the other operation and the premises. */
export function premisesConflictsOf(
  operationId: string,
  all: readonly PremisesConflict[],
): { otherId: string; premisesId: string; daysApart: number }[] {
  return all.flatMap((c) => {
    const [a, b] = c.operationIds;
    if (a === operationId)
      return [{ otherId: b, premisesId: c.premisesId, daysApart: c.daysApart }];
    if (b === operationId)
      return [{ otherId: a, premisesId: c.premisesId, daysApart: c.daysApart }];
    return [];
  });
}
