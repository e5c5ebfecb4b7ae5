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
    return new Date(ms + minutes * 60_000).toISOString().slice(0, 10);
  };
}
