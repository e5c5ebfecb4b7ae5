// Deconfliction across operations by premises: the same premises in two operations within a
// number of days of each other (an inspection was just done there, or one is already planned).
// Agencies and liaisons in overlapping plans are found by roster/deconfliction.ts; this adds
// the premises. Per premises the operations are in start order and swept, so 10 000 plans with
// 50 000 targets cost one ordering by start, not every pair.
import { scheduleOf, stableOrder, startRanks, type Schedule } from './schedule';
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

/** Every pair of operations that visit one premises within `withinDays` of each other. */
export function findPremisesConflicts(
  operations: Iterable<Operation>,
  targets: Iterable<OperationTarget>,
  withinDays: number = DEFAULT_PREMISES_DAYS,
  schedule?: Schedule,
): PremisesConflict[] {
  const s = schedule ?? scheduleOf(operations);
  // Visits as two columns of numbers (operation slot, premises number); premises numbered in
  // the order the targets name them first (the order conflicts are listed in).
  const premisesOf = new Map<string, number>();
  const premisesIds: string[] = [];
  const slots: number[] = [];
  const premises: number[] = [];
  for (const t of targets) {
    if (t.status === 'dropped') continue;
    const slot = s.slot.get(t.operationId);
    if (slot === undefined) continue;
    let p = premisesOf.get(t.premisesId);
    if (p === undefined) {
      premisesOf.set(t.premisesId, (p = premisesIds.length));
      premisesIds.push(t.premisesId);
    }
    slots.push(slot);
    premises.push(p);
  }
  // By premises, each in start order (equal starts in the order the targets came in).
  const order = stableOrder(
    premises,
    premisesIds.length,
    stableOrder(startRanks(s, slots), s.ranks),
  );
  const limit = withinDays * DAY_MS;
  const out: PremisesConflict[] = [];
  const plans: number[] = [];
  for (let g = 0; g < order.length;) {
    const p = premises[order[g] ?? 0] ?? 0;
    plans.length = 0;
    let runStart = 0;
    for (; g < order.length && premises[order[g] ?? 0] === p; g++) {
      const slot = slots[order[g] ?? 0] ?? 0;
      // One premises listed twice in one plan is one visit. Both carry the plan's one start,
      // so the repeat sits in the same run of equal starts: only the first stays.
      const last = plans[plans.length - 1];
      if (last !== undefined && s.start[last] !== s.start[slot]) runStart = plans.length;
      let repeated = false;
      for (let k = runStart; k < plans.length && !repeated; k++) repeated = plans[k] === slot;
      if (!repeated) plans.push(slot);
    }
    for (let i = 0; i < plans.length; i++) {
      const a = plans[i] ?? 0;
      const end = s.end[a] ?? 0;
      // Starts only grow from here: once one is too far after `a`'s end, all later ones are.
      // `a`'s end is not the latest end so far, so every later pair is checked from its own i.
      for (let j = i + 1; j < plans.length; j++) {
        const b = plans[j] ?? 0;
        const gap = (s.start[b] ?? 0) - end;
        if (gap > limit) break;
        out.push({
          premisesId: premisesIds[p] ?? '',
          operationIds: [s.ids[a] ?? '', s.ids[b] ?? ''],
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
