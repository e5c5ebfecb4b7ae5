// Dates and numbers as a German document prints them, always in Europe/Berlin (the documents
// are about local times, whatever zone the computer runs in).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { APP_TIME_ZONE } from '../time/zoned';

const berlin = (instant: string) => new TZDate(Date.parse(instant), APP_TIME_ZONE);

/** `20.11.2026` */
export const docDate = (instant: string): string => format(berlin(instant), 'dd.MM.yyyy');
/** `Freitag, 20.11.2026` */
export const docWeekdayDate = (instant: string): string =>
  format(berlin(instant), 'EEEE, dd.MM.yyyy', { locale: de });
/** `20:00 Uhr` */
export const docTime = (instant: string): string => `${format(berlin(instant), 'HH:mm')} Uhr`;
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
