// react-big-calendar in Berlin time, whatever zone the computer runs in. The date-fns localizer
// works on the machine's local Date fields, so on a laptop set to New York it would draw a
// 20:00 Berlin H at 14:00. The luxon localizer builds every date through `DateTime`, which
// follows `Settings.defaultZone`: fixed to Europe/Berlin here, days, hours and weeks are Berlin
// ones. Luxon is used only by the calendar (our own date code is date-fns), so the global
// setting changes nothing elsewhere; it is set when this chunk loads, before the first render.
// The zone is Berlin with its offsets remembered (berlin-zone.ts): luxon's own looks each one up.
import type { TFunction } from 'i18next';
import { DateTime, Settings } from 'luxon';
import { luxonLocalizer, type Formats, type Messages } from 'react-big-calendar';
import { BERLIN } from './berlin-zone';

Settings.defaultZone = BERLIN;

/**
 * Weeks start on Monday (luxon counts weekdays from 1 = Monday). The time grid counts elapsed
 * minutes from the Berlin midnight: react-big-calendar's luxon localizer builds slots with
 * `set({ minutes })`, a wall-clock value that on 29 March lands 02:00 on 03:00 (two rows
 * labelled 03:00, every later row an hour early), and corrects event positions by the
 * *machine's* offset change (`Date#getTimezoneOffset`), which differs in New York. With slots
 * `plus({ minutes })` and no machine correction, the spring day has 23 rows without 02:00, the
 * autumn day 25 with 02:00 twice, and every row and drop target is a real Berlin instant.
 */
export const berlinLocalizer = luxonLocalizer(DateTime, { firstDayOfWeek: 1 });
// In the default zone (Berlin, set above) like every other date the localizer builds.
berlinLocalizer.getSlotDate = (dt: Date, minutesFromMidnight: number, offset: number) =>
  DateTime.fromJSDate(dt)
    .startOf('day')
    .plus({ minutes: minutesFromMidnight + offset })
    .toJSDate();
berlinLocalizer.getDstOffset = () => 0;

/** The calendar's culture: German dates, or British English ones (24 h, day before month). */
export const cultureOf = (lang: string): string => (lang === 'en' ? 'en-GB' : 'de');

/** A Berlin calendar day (`2026-11-20`) as the Date the calendar navigates to. */
export function dayToDate(day: string): Date | null {
  const dt = DateTime.fromISO(day, { zone: BERLIN });
  return dt.isValid ? dt.startOf('day').toJSDate() : null;
}

/** The Berlin calendar day of a Date (for the URL). */
export function dateToDay(date: Date): string {
  return DateTime.fromJSDate(date, { zone: BERLIN }).toFormat('yyyy-MM-dd');
}

/** ISO calendar week ("KW") of a Date, in Berlin. */
export function weekNumber(date: Date): number {
  return DateTime.fromJSDate(date, { zone: BERLIN }).weekNumber;
}

/** Whether the Date falls on a Monday in Berlin. */
export function isMonday(date: Date): boolean {
  return DateTime.fromJSDate(date, { zone: BERLIN }).weekday === 1;
}

const fmt = (d: Date, pattern: string, culture?: string) =>
  DateTime.fromJSDate(d, { zone: BERLIN })
    .setLocale(culture ?? 'de')
    .toFormat(pattern);

const isEnglish = (culture?: string) => culture?.startsWith('en') === true;
const sameBerlin = (a: Date, b: Date, unit: 'year' | 'month') =>
  DateTime.fromJSDate(a, { zone: BERLIN }).hasSame(DateTime.fromJSDate(b, { zone: BERLIN }), unit);

/**
 * "7 – 13 Dec 2026", "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027": the English way of
 * writing a span, naming month and year once where both ends share them.
 */
function englishSpan(start: Date, end: Date, c?: string): string {
  if (!sameBerlin(start, end, 'year'))
    return `${fmt(start, 'd MMM yyyy', c)} – ${fmt(end, 'd MMM yyyy', c)}`;
  if (!sameBerlin(start, end, 'month'))
    return `${fmt(start, 'd MMM', c)} – ${fmt(end, 'd MMM yyyy', c)}`;
  return `${fmt(start, 'd', c)} – ${fmt(end, 'd MMM yyyy', c)}`;
}

/** Patterns per language; the 24-hour clock in both (British English keeps it). */
const PATTERNS = {
  de: { day: 'ccc dd.MM.', dayHeader: 'cccc, dd.MM.yyyy', agendaDate: 'ccc dd.MM.yyyy' },
  en: { day: 'ccc d MMM', dayHeader: 'cccc d MMMM yyyy', agendaDate: 'ccc d MMM yyyy' },
} as const;
const patterns = (c?: string) => (isEnglish(c) ? PATTERNS.en : PATTERNS.de);

/**
 * 24-hour clock and the calendar week in week and day headers, in Berlin time; German dates
 * ("Fr 11.12.2026", "KW 50 · 07.12. – 13.12.2026") or English ones ("Fri 11 Dec 2026",
 * "CW 50 · 7 – 13 Dec 2026") by the calendar's culture.
 */
export function calendarFormats(weekLabel: string): Formats {
  const range = ({ start, end }: { start: Date; end: Date }, culture?: string) =>
    `${fmt(start, 'HH:mm', culture)} – ${fmt(end, 'HH:mm', culture)}`;
  return {
    timeGutterFormat: (d, c) => fmt(d, 'HH:mm', c),
    eventTimeRangeFormat: range,
    agendaTimeRangeFormat: range,
    agendaTimeFormat: (d, c) => fmt(d, 'HH:mm', c),
    selectRangeFormat: range,
    dayFormat: (d, c) => fmt(d, patterns(c).day, c),
    weekdayFormat: (d, c) => fmt(d, 'ccc', c),
    dateFormat: (d, c) => fmt(d, 'dd', c),
    dayHeaderFormat: (d, c) =>
      `${fmt(d, patterns(c).dayHeader, c)} · ${weekLabel} ${weekNumber(d)}`,
    monthHeaderFormat: (d, c) => fmt(d, 'LLLL yyyy', c),
    agendaDateFormat: (d, c) => fmt(d, patterns(c).agendaDate, c),
    dayRangeHeaderFormat: ({ start, end }, c) =>
      `${weekLabel} ${weekNumber(start)} · ${
        isEnglish(c)
          ? englishSpan(start, end, c)
          : `${fmt(start, 'dd.MM.', c)} – ${fmt(end, 'dd.MM.yyyy', c)}`
      }`,
    agendaHeaderFormat: ({ start, end }, c) =>
      isEnglish(c)
        ? englishSpan(start, end, c)
        : `${fmt(start, 'dd.MM.yyyy', c)} – ${fmt(end, 'dd.MM.yyyy', c)}`,
  };
}

/**
 * An operation's time for its accessible name: "Fr 11.12.2026 18:00 – Sa 12.12.2026 02:00",
 * the second day left out when both ends fall on one Berlin day.
 */
export function spanLabel(start: Date, end: Date, culture: string): string {
  const day = patterns(culture).agendaDate;
  const from = fmt(start, `${day} HH:mm`, culture);
  const sameDay = dateToDay(start) === dateToDay(end);
  return `${from} – ${fmt(end, sameDay ? 'HH:mm' : `${day} HH:mm`, culture)}`;
}

/** The month view's day button: "Montag, 30. November 2026" / "Monday 30 November 2026". */
export function fullDayLabel(date: Date, culture: string): string {
  return fmt(date, isEnglish(culture) ? 'cccc d MMMM yyyy' : 'cccc, d. MMMM yyyy', culture);
}

/** react-big-calendar's own words, from our i18n. */
export function calendarMessages(t: TFunction<'calendar'>): Messages {
  return {
    date: t('messages.date'),
    time: t('messages.time'),
    event: t('messages.event'),
    allDay: t('messages.allDay'),
    week: t('messages.week'),
    work_week: t('messages.workWeek'),
    day: t('messages.day'),
    month: t('messages.month'),
    previous: t('messages.previous'),
    next: t('messages.next'),
    yesterday: t('messages.yesterday'),
    tomorrow: t('messages.tomorrow'),
    today: t('messages.today'),
    agenda: t('messages.agenda'),
    noEventsInRange: t('messages.noEvents'),
    showMore: (count: number) => t('messages.showMore', { count }),
  };
}
