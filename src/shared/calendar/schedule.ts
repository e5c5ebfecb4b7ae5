// The time each schedulable operation binds its forces, computed once and shared by the
// deconfliction rules (parsing 10 000 windows three times cost as much as one whole rule).
import type { Operation } from '../domain/operation';
import { isSchedulable, operationInterval, type Interval } from '../roster/deconfliction';
import { zoneOffsetMinutes } from '../time/zoned';

export type Schedule = ReadonlyMap<string, Interval>;

export function scheduleOf(operations: Iterable<Operation>): Map<string, Interval> {
  const out = new Map<string, Interval>();
  for (const op of operations) {
    if (!isSchedulable(op)) continue;
    const i = operationInterval(op);
    if (i) out.set(op.id, i);
  }
  return out;
}

const DAY_MS = 24 * 3_600_000;

/**
 * Berlin wall dates of instants, "YYYY-MM-DD". The zone's offset is looked up once per UTC day
 * (an Intl lookup each time was most of the capacity rule's cost); only on the two days a year
 * the offset changes is each instant looked up on its own.
 */
export function berlinDayFormatter(): (ms: number) => string {
  const offsets = new Map<number, number | null>();
  // One string per Berlin day: later maps keyed by day then hash one string, not one per record.
  const names = new Map<number, string>();
  return (ms) => {
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const a = zoneOffsetMinutes(utcDay * DAY_MS);
      const b = zoneOffsetMinutes((utcDay + 1) * DAY_MS - 1);
      offset = a === b ? a : null;
      offsets.set(utcDay, offset);
    }
    const minutes = offset ?? zoneOffsetMinutes(ms);
    const wallDay = Math.floor((ms + minutes * 60_000) / DAY_MS);
    let name = names.get(wallDay);
    if (name === undefined)
      names.set(wallDay, (name = new Date(wallDay * DAY_MS).toISOString().slice(0, 10)));
    return name;
  };
}

/**
 * `items` ordered by `startOf` (stable: equal starts keep the order they came in; items without a
 * start are left out), without a comparator: the distinct starts are sorted once as numbers and
 * each item is dropped into its start's slot. Groups filled from the result are sorted by start
 * already — a comparator sort per group (2 800 person groups, 20 000 premises) was a fifth of the
 * rules' time over 10 000 plans.
 */
export function inStartOrder<T>(items: Iterable<T>, startOf: (item: T) => number | undefined): T[] {
  const kept: T[] = [];
  const starts: number[] = [];
  for (const item of items) {
    const start = startOf(item);
    if (start === undefined) continue;
    kept.push(item);
    starts.push(start);
  }
  const distinct = Float64Array.from(new Set(starts)).sort();
  const rank = new Map<number, number>();
  distinct.forEach((start, i) => rank.set(start, i));
  // Counting sort over the ranks: where each rank's items begin, then each item in its place.
  const next = new Uint32Array(distinct.length + 1);
  const ranks = new Uint32Array(kept.length);
  starts.forEach((start, i) => {
    const r = rank.get(start) ?? 0;
    ranks[i] = r;
    next[r + 1] = (next[r + 1] ?? 0) + 1;
  });
  for (let r = 1; r < next.length; r++) next[r] = (next[r] ?? 0) + (next[r - 1] ?? 0);
  const out = new Array<T>(kept.length);
  kept.forEach((item, i) => {
    const r = ranks[i] ?? 0;
    const at = next[r] ?? 0;
    next[r] = at + 1;
    out[at] = item;
  });
  return out;
}
