// When the demo operation takes place: the next Friday 20:00 (Europe/Berlin) at least three days ahead.
import { instantToWall, wallToInstant } from '../time/zoned';

const DAY_MS = 24 * 60 * 60_000;
export const DEMO_MIN_LEAD_DAYS = 3;
export const DEMO_H_TIME = '20:00';
const FRIDAY = 5;

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** `YYYY-MM-DD` plus n calendar days (pure date arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(utcDate(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a calendar date, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return utcDate(date).getUTCDay();
}

/** The instant of a Berlin wall-clock time; for the fixed evening and midday times used here it always exists. */
export function berlinInstant(date: string, time: string): string {
  const r = wallToInstant({ date, time });
  if (!r.ok) throw new Error(`Keine gültige Ortszeit: ${date} ${time} (${r.error})`);
  return r.instant;
}

/** H-hour of the demo: the first Friday 20:00 Berlin time that is at least three days after `now`. */
export function nextDemoHHour(now: string): string {
  const nowMs = Date.parse(now);
  const today = instantToWall(now).date;
  for (let d = 0; d <= 14; d++) {
    const date = addDays(today, d);
    if (weekday(date) !== FRIDAY) continue;
    const instant = berlinInstant(date, DEMO_H_TIME);
    if (Date.parse(instant) - nowMs >= DEMO_MIN_LEAD_DAYS * DAY_MS) return instant;
  }
  throw new Error('Kein Freitag in den nächsten zwei Wochen gefunden');
}
