// How Auswertung shows the situation tables' plain cells on screen: "100001" as "100.001",
// "1234,56" as "1.234,56", "2026-12" as "Dez. 2026" (English "Dec 2026"). The tables stay plain
// (the CSV is read by spreadsheets, the charts need numbers); only the screen formats them.

export type ScreenLang = 'de' | 'en';

const locale = (lang: ScreenLang) => (lang === 'en' ? 'en-GB' : 'de-DE');
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

// Formatters are built once per language and option set: a table of a few hundred cells built
// one `Intl` formatter per cell, a measurable share of a filter change.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(lang: ScreenLang, decimals: number): Intl.NumberFormat {
  const key = `n|${lang}|${decimals}`;
  let f = formats.get(key);
  if (!(f instanceof Intl.NumberFormat)) {
    f = new Intl.NumberFormat(locale(lang), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(key, f);
  }
  return f;
}
function monthFormat(lang: ScreenLang): Intl.DateTimeFormat {
  const key = `m|${lang}`;
  let f = formats.get(key);
  if (!(f instanceof Intl.DateTimeFormat)) {
    f = new Intl.DateTimeFormat(locale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** "2026-12" → "Dez. 2026" / "Dec 2026"; anything else unchanged. */
export function monthLabel(month: string, lang: ScreenLang): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  // Noon UTC on the 1st: the same month in every time zone.
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1, 12));
  return monthFormat(lang).format(at);
}

/** A number for a chart axis or a table, grouped the user's way. */
export function numberFormatter(lang: ScreenLang): (n: number) => string {
  const f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 3 });
  return (n) => f.format(n);
}

/**
 * One table cell for the screen. Numbers come as the tables print them: whole ("100001"), or
 * with the language's decimal mark ("1234,56" in German, "1234.56" in English), possibly with
 * " %"; their decimals are kept as they are.
 */
export function screenCell(cell: string, lang: ScreenLang): string {
  if (MONTH.test(cell)) return monthLabel(cell, lang);
  const mark = lang === 'de' ? ',' : '.';
  const m = /^(\d+)(?:[.,](\d+))?( %)?$/.exec(cell);
  if (!m || (m[2] !== undefined && !cell.includes(mark))) return cell;
  const decimals = m[2]?.length ?? 0;
  const value = Number(`${m[1] ?? ''}.${m[2] ?? '0'}`);
  const text = numberFormat(lang, decimals).format(value);
  return `${text}${m[3] ?? ''}`;
}
