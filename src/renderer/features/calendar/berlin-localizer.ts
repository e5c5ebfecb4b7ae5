// react-big-calendar in Berlin time, whatever zone the computer runs in. The date-fns localizer
// works on the machine's local Date fields, so on a laptop set to New York it would draw a
// 20:00 Berlin H at 14:00. The luxon localizer builds every date through `DateTime`, which
// follows `Settings.defaultZone`: fixed to Europe/Berlin here, days, hours and weeks are Berlin
// ones. Luxon is used only by the calendar (our own date code is date-fns), so the global
// setting changes nothing elsewhere; it is set when this chunk loads, before the first render.
import type { TFunction } from 'i18next';
import { DateTime, Settings } from 'luxon';
import { luxonLocalizer, type Formats, type Messages } from 'react-big-calendar';
import { APP_TIME_ZONE } from '@shared/time/zoned';

Settings.defaultZone = APP_TIME_ZONE;

/** Weeks start on Monday (luxon counts weekdays from 1 = Monday). */
export const berlinLocalizer = luxonLocalizer(DateTime, { firstDayOfWeek: 1 });

/** The calendar's culture: German dates, or British English ones (24 h, day before month). */
export const cultureOf = (lang: string): string => (lang === 'en' ? 'en-GB' : 'de');

/** A Berlin calendar day (`2026-11-20`) as the Date the calendar navigates to. */
export function dayToDate(day: string): Date | null {
  const dt = DateTime.fromISO(day, { zone: APP_TIME_ZONE });
  return dt.isValid ? dt.startOf('day').toJSDate() : null;
}

/** The Berlin calendar day of a Date (for the URL). */
export function dateToDay(date: Date): string {
  return DateTime.fromJSDate(date, { zone: APP_TIME_ZONE }).toFormat('yyyy-MM-dd');
}

/** ISO calendar week ("KW") of a Date, in Berlin. */
export function weekNumber(date: Date): number {
  return DateTime.fromJSDate(date, { zone: APP_TIME_ZONE }).weekNumber;
}

/** Whether the Date falls on a Monday in Berlin. */
export function isMonday(date: Date): boolean {
  return DateTime.fromJSDate(date, { zone: APP_TIME_ZONE }).weekday === 1;
}

const fmt = (d: Date, pattern: string, culture?: string) =>
  DateTime.fromJSDate(d, { zone: APP_TIME_ZONE })
    .setLocale(culture ?? 'de')
    .toFormat(pattern);

/** 24-hour clock, day before month, and the calendar week in week headers. */
export function calendarFormats(weekLabel: string): Formats {
  const range = ({ start, end }: { start: Date; end: Date }, culture?: string) =>
    `${fmt(start, 'HH:mm', culture)} – ${fmt(end, 'HH:mm', culture)}`;
  return {
    timeGutterFormat: (d, c) => fmt(d, 'HH:mm', c),
    eventTimeRangeFormat: range,
    agendaTimeRangeFormat: range,
    agendaTimeFormat: (d, c) => fmt(d, 'HH:mm', c),
    selectRangeFormat: range,
    dayFormat: (d, c) => fmt(d, 'ccc dd.MM.', c),
    weekdayFormat: (d, c) => fmt(d, 'ccc', c),
    dateFormat: (d, c) => fmt(d, 'dd', c),
    dayHeaderFormat: (d, c) => `${fmt(d, 'cccc, dd.MM.yyyy', c)} · ${weekLabel} ${weekNumber(d)}`,
    monthHeaderFormat: (d, c) => fmt(d, 'LLLL yyyy', c),
    agendaDateFormat: (d, c) => fmt(d, 'ccc dd.MM.yyyy', c),
    dayRangeHeaderFormat: ({ start, end }, c) =>
      `${weekLabel} ${weekNumber(start)} · ${fmt(start, 'dd.MM.', c)} – ${fmt(end, 'dd.MM.yyyy', c)}`,
    agendaHeaderFormat: ({ start, end }, c) =>
      `${fmt(start, 'dd.MM.yyyy', c)} – ${fmt(end, 'dd.MM.yyyy', c)}`,
  };
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
