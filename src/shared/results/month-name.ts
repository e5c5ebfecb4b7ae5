// Months in words for documents: "2026-11" → "November 2026" (English "November 2026" too, with
// English names). A fixed table, not Intl: the Lagebild must read the same on every machine.
// The CSV keeps "2026-11" on purpose (a machine format spreadsheets sort; see its format line).
import type { Language } from '../domain';

const MONTH_NAMES: Record<Language, readonly string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2026-11" → "November 2026"; anything that is not a month stays as it is. */
export function monthName(month: string, lang: Language = 'de'): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  return `${MONTH_NAMES[lang][Number(m[2]) - 1] ?? month} ${m[1] ?? ''}`;
}
