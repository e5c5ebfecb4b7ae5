// Deconfliction across operations by premises: the same premises in two operations within a
// number of days of each other (an inspection was just done there, or one is already planned).
// Agencies and liaisons in overlapping plans are found by roster/deconfliction.ts; this adds
// the premises. Per premises the operations are in start order and swept, so 10 000 plans with
// 50 000 targets cost one ordering by start, not every pair.
import type { Interval } from '../roster/deconfliction';
import { inStartOrder, scheduleOf, type Schedule } from './schedule';
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
  /** The visits of its premises. */
  list: Visit[];
}

/** Every pair of operations that visit one premises within `withinDays` of each other. */
export function findPremisesConflicts(
  operations: Iterable<Operation>,
  targets: Iterable<OperationTarget>,
  withinDays: number = DEFAULT_PREMISES_DAYS,
  schedule?: Schedule,
): PremisesConflict[] {
  const intervals = schedule ?? scheduleOf(operations);
  // Premises in the order the targets name them first (the order conflicts are listed in).
  const byPremises = new Map<string, Visit[]>();
  const visits: Visit[] = [];
  for (const t of targets) {
    if (t.status === 'dropped') continue;
    const interval = intervals.get(t.operationId);
    if (!interval) continue;
    let list = byPremises.get(t.premisesId);
    if (!list) byPremises.set(t.premisesId, (list = []));
    visits.push({ operationId: t.operationId, interval, list });
  }
  // Filled in start order, every premises' list is sorted by start (equal starts in the order
  // the targets came in) without a sort per premises.
  for (const visit of inStartOrder(visits, (v) => v.interval.start)) visit.list.push(visit);
  const limit = withinDays * DAY_MS;
  const out: PremisesConflict[] = [];
  for (const [premisesId, all] of byPremises) {
    if (all.length < 2) continue;
    const plans = oneVisitPerOperation(all);
    for (let i = 0; i < plans.length; i++) {
      const a = plans[i];
      if (!a) continue;
      // Starts only grow from here: once one is too far after `a`'s end, all later ones are.
      // `a`'s end is not the latest end so far, so every later pair is checked from its own i.
      for (let j = i + 1; j < plans.length; j++) {
        const b = plans[j];
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

/**
 * One premises listed twice in one plan is one visit. Both visits carry the plan's one interval,
 * so in start order they sit in the same run of equal starts: within such a run only
 * the first visit of each plan stays. (A set of "premises|plan" strings per target did the same
 * and was a third of the rule's cost over 50 000 targets.)
 */
function oneVisitPerOperation(sorted: Visit[]): Visit[] {
  let out: Visit[] | null = null;
  let runStart = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (!v) continue;
    const prev = sorted[i - 1];
    if (prev && prev.interval.start !== v.interval.start) runStart = i;
    let repeated = false;
    for (let k = runStart; k < i; k++) {
      if (sorted[k]?.operationId === v.operationId) {
        repeated = true;
        break;
      }
    }
    if (repeated) out ??= sorted.slice(0, i);
    else out?.push(v);
  }
  return out ?? sorted;
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
