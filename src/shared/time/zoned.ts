// Wall-clock time in a named time zone (Europe/Berlin) <-> UTC instants, with DST gaps and overlaps.
// Pure Intl: no time-zone library, same results in Node and browsers.

export const APP_TIME_ZONE = 'Europe/Berlin';
const MINUTE = 60_000;

export interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
}

export type WallToInstant =
  | { ok: true; instant: string; ambiguous: boolean }
  | { ok: false; error: 'invalid' | 'nonexistent' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallParts(ms: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return parts;
}

/** Offset of the zone from UTC at the given instant, in minutes (Berlin: +60 or +120). */
export function zoneOffsetMinutes(ms: number, timeZone: string = APP_TIME_ZONE): number {
  const p = wallParts(ms, timeZone);
  const asUtc = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function instantToWall(instant: string, timeZone: string = APP_TIME_ZONE): WallTime {
  const p = wallParts(Date.parse(instant), timeZone);
  return {
    date: `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`,
    time: `${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}`,
  };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Converts a wall-clock date and time in the zone to an instant. In the spring-forward gap the
 * time does not exist; in the autumn overlap it exists twice and the earlier one is chosen
 * (flagged `ambiguous` so the UI can say so).
 */
export function wallToInstant(wall: WallTime, timeZone: string = APP_TIME_ZONE): WallToInstant {
  const d = DATE_RE.exec(wall.date);
  const t = TIME_RE.exec(wall.time);
  if (!d || !t) return { ok: false, error: 'invalid' };
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const asUtc = Date.UTC(y, mo - 1, da, Number(t[1]), Number(t[2]));
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da) {
    return { ok: false, error: 'invalid' };
  }
  const offsets = new Set([
    zoneOffsetMinutes(asUtc - 24 * 60 * MINUTE, timeZone),
    zoneOffsetMinutes(asUtc + 24 * 60 * MINUTE, timeZone),
  ]);
  const matches = [...offsets]
    .map((off) => asUtc - off * MINUTE)
    .filter((ms) => {
      const back = instantToWall(new Date(ms).toISOString(), timeZone);
      return back.date === wall.date && back.time === wall.time;
    })
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first === undefined) return { ok: false, error: 'nonexistent' };
  return { ok: true, instant: new Date(first).toISOString(), ambiguous: matches.length > 1 };
}
