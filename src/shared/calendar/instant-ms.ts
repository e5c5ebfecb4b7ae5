// Instants as milliseconds, read without Date.parse where the text has the one form the app
// stores ("2026-03-29T01:30:00.000Z", what toISOString writes): the rules read 30 000 of them
// per run over 10 000 plans, and Date.parse was a tenth of the rules' time. Any other form —
// and any day past the 28th, where month lengths would have to be checked — goes to Date.parse.

const ZERO = 48;
const DAY_MS = 86_400_000;

/** Two or more digits of `s` from `at` as a number, or NaN when one is not a digit. */
function digits(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse by Howard
 * Hinnant, "chrono-Compatible Low-Level Date Algorithms").
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The instant of an ISO text as milliseconds since 1970 (NaN when it is not an instant). */
export function instantMs(s: string): number {
  if (
    s.length === 24 &&
    s.charCodeAt(4) === 45 && // -
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 && // T
    s.charCodeAt(13) === 58 && // :
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(19) === 46 && // .
    s.charCodeAt(23) === 90 // Z
  ) {
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 2);
    const day = digits(s, 8, 2);
    const hour = digits(s, 11, 2);
    const minute = digits(s, 14, 2);
    const second = digits(s, 17, 2);
    const ms = digits(s, 20, 3);
    // NaN fails every comparison and falls through to Date.parse as well.
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 28 &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      ms >= 0
    )
      return (
        daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms
      );
  }
  return Date.parse(s);
}
