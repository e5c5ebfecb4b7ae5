// Deconfliction by capacity: an agency that records how many people it can send per day
// (`Agency.dailyCapacity`) is flagged on every Berlin day on which its committed strengths over
// all operations add up to more. Open requests count with what was asked, answers with what was
// confirmed (`strengthLimit`): both bind people the agency has to plan for.
import type { Agency } from '../domain/agency';
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import { operationInterval } from '../roster/deconfliction';
import { COMMITTED_STATUSES, strengthLimit } from '../roster/strength';
import {
  berlinDayFormatter,
  berlinDayNumber,
  dayNames,
  scheduleOf,
  type Schedule,
} from './schedule';

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

interface Capped {
  id: string;
  capacity: number;
  /** Its number among the agencies with capacity (part of the sum's key). */
  index: number;
  /** When its first committed participation was met (−1: not yet); the order of the list. */
  seen: number;
}

/** Every agency and Berlin day on which committed strengths exceed the agency's capacity. */
export function findCapacityConflicts(
  operations: Iterable<Operation>,
  participations: Iterable<Participation>,
  agencies: Iterable<Agency>,
  schedule?: Schedule,
): CapacityConflict[] {
  const capped = new Map<string, Capped>();
  for (const a of agencies) {
    if (typeof a.dailyCapacity === 'number')
      capped.set(a.id, { id: a.id, capacity: a.dailyCapacity, index: capped.size, seen: -1 });
  }
  if (capped.size === 0) return [];
  const s = schedule ?? scheduleOf(operations);
  // Each operation's day as a number, worked out when first needed (NaN: not yet).
  const days = new Float64Array(s.ids.length).fill(NaN);
  const dayOfSlot = (slot: number): number => {
    let day = days[slot] ?? NaN;
    if (Number.isNaN(day)) {
      // As operationDay: the day of H, else of the start.
      const h = s.h[slot] ?? NaN;
      days[slot] = day = berlinDayNumber(Number.isFinite(h) ? h : (s.start[slot] ?? 0));
    }
    return day;
  };
  // Sums by a number made of day and agency, committed people in a column of numbers: the
  // operations of a sum are gathered only for the sums over capacity (a Set per agency and
  // day, 15 000 of them, was most of this rule's garbage).
  const sumOf = new Map<number, number>();
  const sumAgency: Capped[] = [];
  const sumDay: number[] = [];
  const committed: number[] = [];
  const counted: number[] = [];
  const countedSlot: number[] = [];
  let seen = 0;
  for (const p of participations) {
    const agency = capped.get(p.agencyId);
    if (!agency || !COMMITTED_STATUSES.has(p.confirmation.status)) continue;
    const slot = s.slot.get(p.operationId);
    if (slot === undefined) continue;
    const day = dayOfSlot(slot);
    const key = day * capped.size + agency.index;
    let sum = sumOf.get(key);
    if (sum === undefined) {
      sumOf.set(key, (sum = committed.length));
      if (agency.seen < 0) agency.seen = seen++;
      sumAgency.push(agency);
      sumDay.push(day);
      committed.push(0);
    }
    committed[sum] = (committed[sum] ?? 0) + strengthLimit(p);
    counted.push(sum);
    countedSlot.push(slot);
  }
  const over = new Map<number, Set<string>>();
  for (let sum = 0; sum < committed.length; sum++) {
    if ((committed[sum] ?? 0) > (sumAgency[sum]?.capacity ?? Infinity)) over.set(sum, new Set());
  }
  for (let i = 0; i < counted.length; i++) {
    over.get(counted[i] ?? 0)?.add(s.ids[countedSlot[i] ?? 0] ?? '');
  }
  const nameOf = dayNames();
  // Agencies in the order first met, each agency's days in the order first met (the order the
  // final sort keeps for ties), then by day and agency.
  const agencySeen = (sum: number) => sumAgency[sum]?.seen ?? 0;
  return [...over.keys()]
    .sort((a, b) => agencySeen(a) - agencySeen(b) || a - b)
    .map((sum): CapacityConflict => ({
      agencyId: sumAgency[sum]?.id ?? '',
      day: nameOf(sumDay[sum] ?? 0),
      capacity: sumAgency[sum]?.capacity ?? Infinity,
      committed: committed[sum] ?? 0,
      operationIds: [...(over.get(sum) ?? [])].sort(),
    }))
    .sort((a, b) =>
      // Days are ISO dates: compared as strings they sort as dates, without the collator's cost.
      a.day < b.day ? -1 : a.day > b.day ? 1 : a.agencyId.localeCompare(b.agencyId),
    );
}
