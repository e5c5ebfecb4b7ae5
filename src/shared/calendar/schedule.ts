// The time each schedulable operation binds its forces, computed once and shared by the
// deconfliction rules (parsing 10 000 windows three times cost as much as one whole rule).
// Kept as numbers in typed arrays by slot: the rules work on slot numbers and allocate objects
// only for what they report — objects per row (visits, keyed entries, sums) and Maps keyed by
// start times made the garbage collector a third of the rules' time over 10 000 plans.
import type { Operation } from '../domain/operation';
import { DEFAULT_SPAN_HOURS, isSchedulable } from '../roster/deconfliction';
import { zoneOffsetMinutes } from '../time/zoned';
import { instantMs } from './instant-ms';

const SPAN_MS = DEFAULT_SPAN_HOURS * 3_600_000;

export interface Schedule {
  /** The slot of each scheduled operation, by id. */
  slot: ReadonlyMap<string, number>;
  /** Per slot: the operation's id, the start and end of the time it binds its forces. */
  ids: readonly string[];
  start: Float64Array;
  end: Float64Array;
  /** Per slot: H as milliseconds (NaN: none). */
  h: Float64Array;
  /** Per slot: the rank of its start among the distinct starts (equal starts, equal rank). */
  rank: Uint32Array;
  /** How many distinct starts there are. */
  ranks: number;
}

export function scheduleOf(operations: Iterable<Operation>): Schedule {
  const slot = new Map<string, number>();
  const ids: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const hs: number[] = [];
  for (const op of operations) {
    if (!isSchedulable(op)) continue;
    // As operationInterval (roster/deconfliction.ts): the window, else H ± 4 hours.
    const h = op.hHour ? instantMs(op.hHour) : NaN;
    let start = op.timeWindow ? instantMs(op.timeWindow.start) : NaN;
    let end = op.timeWindow ? instantMs(op.timeWindow.end) : NaN;
    if (Number.isFinite(start) && Number.isFinite(end)) end = Math.max(start, end);
    else if (Number.isFinite(h)) {
      start = h - SPAN_MS;
      end = h + SPAN_MS;
    } else continue;
    // A repeated id keeps its first place and takes the later record, as a Map.set would.
    const at = slot.get(op.id) ?? ids.length;
    slot.set(op.id, at);
    ids[at] = op.id;
    starts[at] = start;
    ends[at] = end;
    hs[at] = h;
  }
  const start = Float64Array.from(starts);
  // The distinct starts in order (a numeric typed-array sort), then each slot's rank by
  // binary search: no Map keyed by start times.
  const sorted = Float64Array.from(starts).sort();
  let ranks = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] ?? 0;
    if (ranks === 0 || sorted[ranks - 1] !== v) sorted[ranks++] = v;
  }
  const rank = new Uint32Array(start.length);
  for (let s = 0; s < start.length; s++) {
    const v = start[s] ?? 0;
    let lo = 0;
    let hi = ranks - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    rank[s] = lo;
  }
  return {
    slot,
    ids,
    start,
    end: Float64Array.from(ends),
    h: Float64Array.from(hs),
    rank,
    ranks,
  };
}

/**
 * `items` (default: 0 … keys.length − 1) ordered by `keys[item]`, each key below `buckets`;
 * stable, so equal keys keep the order they came in. A counting sort: two passes over numbers,
 * no comparator. Ordering by start rank and then by group gives every group in start order
 * (ties in input order) — a sort per group was a fifth of the rules' time.
 */
export function stableOrder(
  keys: ArrayLike<number>,
  buckets: number,
  items?: ArrayLike<number>,
): Uint32Array {
  const n = items ? items.length : keys.length;
  const next = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const k = (keys[items ? (items[i] ?? 0) : i] ?? 0) + 1;
    next[k] = (next[k] ?? 0) + 1;
  }
  for (let b = 1; b <= buckets; b++) next[b] = (next[b] ?? 0) + (next[b - 1] ?? 0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const item = items ? (items[i] ?? 0) : i;
    const k = keys[item] ?? 0;
    const at = next[k] ?? 0;
    next[k] = at + 1;
    out[at] = item;
  }
  return out;
}

/** The start ranks of items given as slots, as keys for `stableOrder`. */
export function startRanks(schedule: Schedule, slots: readonly number[]): Uint32Array {
  const out = new Uint32Array(slots.length);
  for (let i = 0; i < slots.length; i++) out[i] = schedule.rank[slots[i] ?? 0] ?? 0;
  return out;
}

const DAY_MS = 24 * 3_600_000;

/**
 * Berlin's offset in minutes for each UTC day on which it does not change (null: it changes
 * that day). Kept for the process — the zone's rules do not change while it runs — so the two
 * Intl lookups per day (730 per run over a year of plans) are paid once, not per run.
 */
const dayOffsets = new Map<number, number | null>();

/**
 * The Berlin wall day of instants as a day number (days since 1970-01-01). The zone's offset is
 * looked up once per UTC day (an Intl lookup each time was most of the capacity rule's cost);
 * only on the two days a year the offset changes is each instant looked up on its own.
 */
export function berlinDayNumber(ms: number): number {
  const utcDay = Math.floor(ms / DAY_MS);
  let offset = dayOffsets.get(utcDay);
  if (offset === undefined) {
    const a = zoneOffsetMinutes(utcDay * DAY_MS);
    const b = zoneOffsetMinutes((utcDay + 1) * DAY_MS - 1);
    offset = a === b ? a : null;
    dayOffsets.set(utcDay, offset);
  }
  const minutes = offset ?? zoneOffsetMinutes(ms);
  return Math.floor((ms + minutes * 60_000) / DAY_MS);
}

/** A day number as "YYYY-MM-DD", one string per day however often it is asked for. */
export function dayNames(): (day: number) => string {
  const names = new Map<number, string>();
  return (day) => {
    let name = names.get(day);
    if (name === undefined)
      names.set(day, (name = new Date(day * DAY_MS).toISOString().slice(0, 10)));
    return name;
  };
}

/** Berlin wall dates of instants, "YYYY-MM-DD". */
export function berlinDayFormatter(): (ms: number) => string {
  const nameOf = dayNames();
  return (ms) => nameOf(berlinDayNumber(ms));
}
