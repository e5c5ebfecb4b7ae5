// Deconfliction by capacity: an agency that records how many people it can send per day
// (`Agency.dailyCapacity`) is flagged on every Berlin day on which its committed strengths over
// all operations add up to more. Open requests count with what was asked, answers with what was
// confirmed (`strengthLimit`): both bind people the agency has to plan for.
import type { Agency } from '../domain/agency';
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import { operationInterval } from '../roster/deconfliction';
import { COMMITTED_STATUSES, strengthLimit } from '../roster/strength';
import { berlinDayFormatter, scheduleOf, type Schedule } from './schedule';

export interface CapacityConflict {
  agencyId: string;
  /** The Berlin calendar day, "YYYY-MM-DD". */
  day: string;
  capacity: number;
  /** People committed that day over all its operations. */
  committed: number;
  /** The operations of that day with this agency, in id order. */
  operationIds: string[];
}

/**
 * The Berlin day an operation binds its people: the day of H (when the teams go in), else the
 * start of its window. A night operation from 22:00 to 04:00 is one day's commitment, not two.
 */
export function operationDay(op: Operation, dayOf = berlinDayFormatter()): string | null {
  const h = op.hHour ? Date.parse(op.hHour) : NaN;
  if (Number.isFinite(h)) return dayOf(h);
  const interval = operationInterval(op);
  return interval ? dayOf(interval.start) : null;
}

/** Every agency and Berlin day on which committed strengths exceed the agency's capacity. */
export function findCapacityConflicts(
  operations: Iterable<Operation>,
  participations: Iterable<Participation>,
  agencies: Iterable<Agency>,
  schedule?: Schedule,
): CapacityConflict[] {
  const capacity = new Map<string, number>();
  for (const a of agencies) {
    if (typeof a.dailyCapacity === 'number') capacity.set(a.id, a.dailyCapacity);
  }
  if (capacity.size === 0) return [];
  const list = [...operations];
  const scheduled = schedule ?? scheduleOf(list);
  const dayOf = berlinDayFormatter();
  const days = new Map<string, string>();
  for (const op of list) {
    if (!scheduled.has(op.id)) continue;
    const day = operationDay(op, dayOf);
    if (day) days.set(op.id, day);
  }
  // Per agency, then per day: a "agency|day" string built per participation (30 000) and split
  // again per sum was most of this rule's cost.
  const sums = new Map<string, Map<string, { committed: number; operationIds: Set<string> }>>();
  for (const p of participations) {
    if (!capacity.has(p.agencyId) || !COMMITTED_STATUSES.has(p.confirmation.status)) continue;
    const day = days.get(p.operationId);
    if (!day) continue;
    let byDay = sums.get(p.agencyId);
    if (!byDay) sums.set(p.agencyId, (byDay = new Map()));
    let sum = byDay.get(day);
    if (!sum) byDay.set(day, (sum = { committed: 0, operationIds: new Set() }));
    sum.committed += strengthLimit(p);
    sum.operationIds.add(p.operationId);
  }
  const out: CapacityConflict[] = [];
  for (const [agencyId, byDay] of sums) {
    const cap = capacity.get(agencyId) ?? Infinity;
    for (const [day, sum] of byDay) {
      if (sum.committed <= cap) continue;
      out.push({
        agencyId,
        day,
        capacity: cap,
        committed: sum.committed,
        operationIds: [...sum.operationIds].sort(),
      });
    }
  }
  // Days are ISO dates: compared as strings they sort as dates, without the collator's cost.
  return out.sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.agencyId.localeCompare(b.agencyId),
  );
}
