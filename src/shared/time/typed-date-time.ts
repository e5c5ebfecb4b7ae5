// What a typed date and time means, read the German way (`11.12.2026 20:00`) in the Berlin zone.
// The one date-time field and every form that takes a time read it here, so a text is either a
// clear instant or a clear reason why not — never a silently corrected guess.
import {
  APP_TIME_ZONE,
  instantToWall,
  wallCandidates,
  zoneOffsetMinutes,
  type WallTime,
} from './zoned';

export type TypedDateTime =
  | { kind: 'empty' }
  /** Not a date and time we can read (letters, 24:00, a two-digit year). */
  | { kind: 'invalid' }
  /** Well-formed, but the day is not in the calendar (31.02.2026): `date` as typed, padded. */
  | { kind: 'no_such_day'; date: string }
  /** A day without a time: an operation's times need both. */
  | { kind: 'no_time'; wall: Pick<WallTime, 'date'> }
  /** The spring-forward gap: the clocks jump from 02:00 to 03:00, this time never happens. */
  | { kind: 'nonexistent'; wall: WallTime }
  /** The autumn overlap: the time happens twice, first in summer time (MESZ), then in MEZ. */
  | { kind: 'ambiguous'; wall: WallTime; summer: string; winter: string }
  | { kind: 'ok'; wall: WallTime; instant: string };

// Day.month.year, then an optional comma, then hours and minutes with or without a colon
// (`20:00`, `8:05`, `2000`) and an optional "Uhr". A year must have four digits: "26" could be
// 1926 or 2026, and guessing is what this field must not do.
const GERMAN =
  /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(?:(\d{1,2}):(\d{2})|(\d{2})(\d{2}))(?:\s*Uhr)?)?$/i;
// The ISO form (`2026-12-11 20:00` or with `T`), as pasted from other tools.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall date and time in a text, or `date` alone; null when it is not one we read. */
export function parseWallText(text: string): { date: string; time: string | null } | null {
  const s = text.trim();
  const g = GERMAN.exec(s);
  const iso = g ? null : ISO.exec(s);
  if (!g && !iso) return null;
  const [day, month, year] = g
    ? [Number(g[1]), Number(g[2]), Number(g[3])]
    : [Number(iso?.[3]), Number(iso?.[2]), Number(iso?.[1])];
  const hourText = g ? (g[4] ?? g[6]) : iso?.[4];
  const minuteText = g ? (g[5] ?? g[7]) : iso?.[5];
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hourText === undefined || minuteText === undefined) return { date, time: null };
  const [h, m] = [Number(hourText), Number(minuteText)];
  if (h > 23 || m > 59) return null;
  return { date, time: `${pad(h)}:${pad(m)}` };
}

/** Reads a typed date and time as an instant in the zone, or says why it is none. */
export function readTypedDateTime(text: string, timeZone: string = APP_TIME_ZONE): TypedDateTime {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseWallText(text);
  if (!parsed) return { kind: 'invalid' };
  if (parsed.time === null) {
    // A date alone is only "missing a time" if the date itself exists.
    const exists = wallCandidates({ date: parsed.date, time: '12:00' }, timeZone) !== null;
    return exists ? { kind: 'no_time', wall: { date: parsed.date } } : noSuchDay(parsed.date);
  }
  const wall = { date: parsed.date, time: parsed.time };
  const candidates = wallCandidates(wall, timeZone);
  // The text has the right shape, so the only thing wrong is the day itself: say so.
  if (candidates === null) return noSuchDay(parsed.date);
  const [first, second] = candidates;
  if (first === undefined) return { kind: 'nonexistent', wall };
  if (second !== undefined) return { kind: 'ambiguous', wall, summer: first, winter: second };
  return { kind: 'ok', wall, instant: first };
}

const noSuchDay = (date: string): TypedDateTime => ({
  kind: 'no_such_day',
  date: formatWallDate(date),
});

/** `11.12.2026 20:00`: how the field shows a wall time (and what it accepts first). */
export function formatWallText(wall: WallTime): string {
  const [y, m, d] = wall.date.split('-');
  return `${d}.${m}.${y} ${wall.time}`;
}

/** `11.12.2026`: a wall date the German way (for messages about a day). */
export function formatWallDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** The field's text for a stored instant. */
export function instantToText(instant: string, timeZone: string = APP_TIME_ZONE): string {
  return formatWallText(instantToWall(instant, timeZone));
}

/**
 * Whether a typed text stands for this instant (for an ambiguous time: either of its two). The
 * field keeps what the user typed as long as this holds, so `8:00` is never rewritten to `08:00`.
 */
export function textMeans(text: string, instant: string | null, timeZone = APP_TIME_ZONE): boolean {
  const r = readTypedDateTime(text, timeZone);
  if (instant === null) return r.kind !== 'ok' && r.kind !== 'ambiguous';
  if (r.kind === 'ok') return r.instant === instant;
  if (r.kind === 'ambiguous') return r.summer === instant || r.winter === instant;
  return false;
}

/** Whether the zone is on summer time (MESZ in Berlin) at the instant. */
export function isSummerTime(instant: string, timeZone: string = APP_TIME_ZONE): boolean {
  const ms = Date.parse(instant);
  const year = new Date(ms).getUTCFullYear();
  const winter = Math.min(
    zoneOffsetMinutes(Date.UTC(year, 0, 15), timeZone),
    zoneOffsetMinutes(Date.UTC(year, 6, 15), timeZone),
  );
  return zoneOffsetMinutes(ms, timeZone) > winter;
}
