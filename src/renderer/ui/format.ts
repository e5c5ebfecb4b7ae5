// Date and number formatting for the UI: de-DE (or en-GB) in Europe/Berlin, whatever the OS zone.
import { APP_TIME_ZONE } from '@shared/time/zoned';

const locales = { de: 'de-DE', en: 'en-GB' } as const;
type Lang = keyof typeof locales;

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = locales[(lang in locales ? lang : 'de') as Lang];
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f)
    cache.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: APP_TIME_ZONE, ...options })));
  return f;
}

/** `20.11.2026, 19:30` */
export function formatDateTime(instant: string, lang: string): string {
  return fmt(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** `Fr., 20.11.2026` */
export function formatDate(instant: string, lang: string): string {
  return fmt(lang, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(instant),
  );
}

/** `19:30` */
export function formatTime(instant: string, lang: string): string {
  return fmt(lang, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** `512 B`, `12 KB`, `3,4 MB` */
export function formatBytes(n: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'de-DE';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
