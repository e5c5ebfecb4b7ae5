// Parsers for dates typed the German way (31.12.2026, 31.12.2026 19:30) into the value strings
// Mantine's date inputs use. Strict: a half-typed date is no date yet, so nothing is filtered on it.
import { parseDay } from './list-state';

const DATE_RE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;
const DATE_TIME_RE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})\s*$/;

const pad = (v: string | undefined) => (v ?? '').padStart(2, '0');

/** `31.12.2026` → `2026-12-31`, or null for anything that is not a real day. */
export function parseGermanDate(text: string): string | null {
  const m = DATE_RE.exec(text);
  return m ? parseDay(`${m[3]}-${pad(m[2])}-${pad(m[1])}`) : null;
}

/** `31.12.2026 19:30` → `2026-12-31 19:30:00` (wall time; the zone is applied later). */
export function parseGermanDateTime(text: string): string | null {
  const m = DATE_TIME_RE.exec(text);
  if (!m) return null;
  const day = parseDay(`${m[3]}-${pad(m[2])}-${pad(m[1])}`);
  const [h, min] = [Number(m[4]), Number(m[5])];
  if (!day || h > 23 || min > 59) return null;
  return `${day} ${pad(m[4])}:${m[5]}:00`;
}
