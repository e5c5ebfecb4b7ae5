// H-hour arithmetic: every time in a plan is either an offset from H or a fixed instant.
// Offsets are elapsed minutes, so "H+60" is always one real hour after H, across DST changes.
import type { TimelineTime } from '../domain/timeline';

const MINUTE = 60_000;

export function offsetToInstant(hHour: string, offsetMinutes: number): string {
  return new Date(Date.parse(hHour) + offsetMinutes * MINUTE).toISOString();
}

/** Whole minutes from H to the instant (negative = before H). */
export function instantToOffset(hHour: string, instant: string): number {
  return Math.round((Date.parse(instant) - Date.parse(hHour)) / MINUTE);
}

/** The instant of a timeline time, or null when it is relative and H is not set yet. */
export function resolveTimelineTime(time: TimelineTime, hHour: string | null): string | null {
  if (time.kind === 'absolute') return time.at;
  return hHour === null ? null : offsetToInstant(hHour, time.offsetMinutes);
}

/** Offset of a timeline time from H, or null when it cannot be known. */
export function timelineOffset(time: TimelineTime, hHour: string | null): number | null {
  if (time.kind === 'relative') return time.offsetMinutes;
  return hHour === null ? null : instantToOffset(hHour, time.at);
}

/**
 * The one notation for offsets from H, everywhere in the app and its documents: `H`, `H+0:20`,
 * `H−1:15`, `H+26:00` (hours and minutes, a true minus sign, as printed in orders). Always
 * hours:minutes, so "H+20" can never be read as twenty hours.
 */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'H';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const abs = Math.abs(offsetMinutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `H${sign}${h}:${String(m).padStart(2, '0')}`;
}

/** Parses `H`, `H+30`, `H-1:15`, `H−90`; null if it is not an offset. */
export function parseOffset(input: string): number | null {
  const m = /^\s*H\s*(?:([+\-−])\s*(?:(\d{1,3}):([0-5]\d)|(\d{1,4})))?\s*$/i.exec(input);
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = m[4] !== undefined ? Number(m[4]) : Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '+' ? minutes : -minutes;
}

export function isWithinWindow(instant: string, window: { start: string; end: string }): boolean {
  const t = Date.parse(instant);
  return t >= Date.parse(window.start) && t <= Date.parse(window.end);
}
