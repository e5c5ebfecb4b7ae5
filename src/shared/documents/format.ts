// Dates and numbers as a German document prints them, always in Europe/Berlin (the documents
// are about local times, whatever zone the computer runs in).
import { APP_TIME_ZONE } from '../time/zoned';

const date = new Intl.DateTimeFormat('de-DE', {
  timeZone: APP_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const weekdayDate = new Intl.DateTimeFormat('de-DE', {
  timeZone: APP_TIME_ZONE,
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('de-DE', {
  timeZone: APP_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `20.11.2026` */
export const docDate = (instant: string): string => date.format(new Date(instant));
/** `Freitag, 20.11.2026` */
export const docWeekdayDate = (instant: string): string => weekdayDate.format(new Date(instant));
/** `20:00 Uhr` */
export const docTime = (instant: string): string => `${time.format(new Date(instant))} Uhr`;
/** `Freitag, 20.11.2026, 20:00 Uhr` */
export const docDateTime = (instant: string): string =>
  `${docWeekdayDate(instant)}, ${docTime(instant)}`;

/** `1 Person`, `8 Personen` */
export const persons = (n: number): string => `${n} ${n === 1 ? 'Person' : 'Personen'}`;

/** A short, file-name-safe form of a text: `HZA Essen` → `hza-essen`. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'dokument'
  );
}
