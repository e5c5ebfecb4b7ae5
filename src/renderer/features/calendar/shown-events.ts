// What the Kalender hands react-big-calendar for the shown view: only the events that touch
// the view's range (the calendar otherwise tests every one of 10 000 operations with luxon on
// each render, per week row), and in month and week views a busy day as one "k Einsätze" block
// that opens that day (B7). The list and the day view show every operation.
import { DateTime } from 'luxon';
import { clusterByDay } from '@shared/calendar';
import { dateToDay, fullDayLabel } from './berlin-localizer';
import { BERLIN } from './berlin-zone';
import type { CalendarEvent, ClusterEvent, OperationEvent } from './calendar-parts';
import type { CalendarView } from './calendar-url';

/** More operations than this on one day are drawn as one block (month view: what fits). */
const MAX_PER_DAY: Partial<Record<CalendarView, number>> = { month: 3, week: 8, work_week: 8 };
/** react-big-calendar's list shows 30 days from the chosen one. */
const AGENDA_DAYS = 30;

/** The instants the view covers, in Berlin: whole weeks for a month, from Monday. */
export function viewRange(view: CalendarView, date: Date): { start: number; end: number } {
  const d = DateTime.fromJSDate(date, { zone: BERLIN });
  const [start, end] =
    view === 'month'
      ? [d.startOf('month').startOf('week'), d.endOf('month').endOf('week')]
      : view === 'week' || view === 'work_week'
        ? [d.startOf('week'), d.endOf('week')]
        : view === 'day'
          ? [d.startOf('day'), d.endOf('day')]
          : [d.startOf('day'), d.startOf('day').plus({ days: AGENDA_DAYS })];
  return { start: start.toMillis(), end: end.toMillis() + 1 };
}

export interface ClusterWords {
  title(count: number): string;
  label(count: number, day: string): string;
  conflict: string;
  culture: string;
}

function clusterEvent(
  day: string,
  items: OperationEvent[],
  words: ClusterWords,
  withinDay: boolean,
): ClusterEvent {
  let start = Infinity;
  let end = -Infinity;
  for (const e of items) {
    start = Math.min(start, e.start.getTime());
    end = Math.max(end, e.end.getTime());
  }
  // In the month view the block stays in its day's cell: a night operation in it would
  // otherwise stretch it over the next day as well.
  if (withinDay)
    end = Math.min(end, DateTime.fromISO(day, { zone: BERLIN }).plus({ days: 1 }).toMillis());
  const first = new Date(start);
  const conflict = items.some((e) => e.conflict);
  const title = `${words.title(items.length)}${conflict ? ` · ⚠ ${words.conflict}` : ''}`;
  return {
    kind: 'cluster',
    day,
    count: items.length,
    conflict,
    title,
    label: words.label(items.length, fullDayLabel(first, words.culture)),
    start: first,
    end: new Date(end),
  };
}

/** The events to draw for `view` on `date`, from all of them (already filtered). */
export function shownEvents(
  all: readonly OperationEvent[],
  view: CalendarView,
  date: Date,
  words: ClusterWords,
): CalendarEvent[] {
  const { start, end } = viewRange(view, date);
  const inRange = all.filter((e) => e.end.getTime() > start && e.start.getTime() < end);
  const max = MAX_PER_DAY[view];
  if (max === undefined) return inRange;
  const { singles, clusters } = clusterByDay(inRange, (e) => dateToDay(e.start), max);
  return [
    ...singles,
    ...clusters.map((c) => clusterEvent(c.day, c.items, words, view === 'month')),
  ];
}
