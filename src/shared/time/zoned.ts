// Wall-clock time in a named time zone (Europe/Berlin) <-> UTC instants, with DST gaps and overlaps.
// The zone arithmetic is date-fns with @date-fns/tz; the rules (refuse the spring gap, flag the
// autumn overlap and take its earlier instant) are ours. Same results whatever zone the OS runs in.
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';

export const APP_TIME_ZONE = 'Europe/Berlin';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
}

export type WallToInstant =
  | { ok: true; instant: string; ambiguous: boolean }
  | { ok: false; error: 'invalid' | 'nonexistent' };

/** Offset of the zone from UTC at the given instant, in minutes (Berlin: +60 or +120). */
export function zoneOffsetMinutes(ms: number, timeZone: string = APP_TIME_ZONE): number {
  return tzOffset(timeZone, new Date(ms));
}

function wallAt(ms: number, timeZone: string): WallTime {
  const at = new TZDate(ms, timeZone);
  return { date: format(at, 'yyyy-MM-dd'), time: format(at, 'HH:mm') };
}

export function instantToWall(instant: string, timeZone: string = APP_TIME_ZONE): WallTime {
  return wallAt(Date.parse(instant), timeZone);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Converts a wall-clock date and time in the zone to an instant. In the spring-forward gap the
 * time does not exist; in the autumn overlap it exists twice and the earlier one is chosen
 * (flagged `ambiguous` so the UI can say so). TZDate alone would move a gap time forward and
 * pick the later instant of an overlap, so both candidates are checked here.
 */
export function wallToInstant(wall: WallTime, timeZone: string = APP_TIME_ZONE): WallToInstant {
  const candidates = wallCandidates(wall, timeZone);
  if (candidates === null) return { ok: false, error: 'invalid' };
  const first = candidates[0];
  if (first === undefined) return { ok: false, error: 'nonexistent' };
  return { ok: true, instant: first, ambiguous: candidates.length > 1 };
}

/**
 * Every instant that shows this wall time in the zone, earliest first: none in the spring gap,
 * two in the autumn overlap (summer time first), one otherwise; null for a date or time that
 * does not exist on any calendar (31.02., 24:00). The date-time field asks which one the
 * user means instead of choosing for them.
 */
export function wallCandidates(wall: WallTime, timeZone: string = APP_TIME_ZONE): string[] | null {
  const d = DATE_RE.exec(wall.date);
  const t = TIME_RE.exec(wall.time);
  if (!d || !t) return null;
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  // The wall time read as if it were UTC; the zone's offsets around it give the candidates.
  const asUtc = Date.UTC(y, mo - 1, da, Number(t[1]), Number(t[2]));
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da) {
    return null;
  }
  // A day either side is outside any transition, so these are the offsets before and after it.
  const offsets = new Set([
    zoneOffsetMinutes(asUtc - DAY, timeZone),
    zoneOffsetMinutes(asUtc + DAY, timeZone),
  ]);
  const matches = [...offsets]
    .map((off) => asUtc - off * MINUTE)
    .filter((ms) => {
      const back = wallAt(ms, timeZone);
      return back.date === wall.date && back.time === wall.time;
    })
    .sort((a, b) => a - b);
  return matches.map((ms) => new Date(ms).toISOString());
}
