// What the Kalender hands react-big-calendar to draw: the event as a keyboard stop with a full
// accessible name, the agenda's event as a real link, and the month view's day button with a
// label that names the whole day. Plain function components without hooks: with a thousand
// events in a month they are drawn a thousand times (B7), so each reads only its own props.
import {
  cloneElement,
  isValidElement,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import type {
  Components,
  DateHeaderProps,
  EventProps,
  EventWrapperProps,
} from 'react-big-calendar';
import { Link } from 'react-router';
import type { OperationSpan } from '@shared/calendar';
import { fullDayLabel, isMonday, weekNumber } from './berlin-localizer';
import classes from './Calendar.module.css';

interface EventBase {
  title: string;
  /** What a screen reader says on reaching the event. */
  label: string;
  start: Date;
  end: Date;
}

/** One operation; `label` names code name, status and time. */
export interface OperationEvent extends EventBase {
  kind: 'operation';
  span: OperationSpan;
  /** Part of a conflict with another plan (the title says so). */
  conflict: boolean;
}

/** A busy day's operations as one block ("12 Einsätze") that opens the day view. */
export interface ClusterEvent extends EventBase {
  kind: 'cluster';
  /** The Berlin day, `YYYY-MM-DD`. */
  day: string;
  count: number;
  conflict: boolean;
}

export type CalendarEvent = OperationEvent | ClusterEvent;

/**
 * Makes react-big-calendar's event box (month row, time grid, "+k weitere" popup) a tab stop
 * named after the operation. The calendar's own `onKeyPressEvent` opens it on Enter or Space.
 */
export function EventWrapper({
  event,
  children,
}: EventWrapperProps<CalendarEvent> & { children?: ReactNode }) {
  if (!isValidElement<HTMLAttributes<HTMLElement>>(children)) return children;
  return cloneElement(children, {
    tabIndex: 0,
    role: 'link',
    'aria-label': event.label,
  });
}

/** The agenda's event: a link to the plan (react-big-calendar draws only a clickable cell). */
export function AgendaEvent({ event }: EventProps<CalendarEvent>) {
  // The list never clusters; a block would still read as its title.
  if (event.kind === 'cluster') return event.title;
  return (
    <Link
      to={`/operations/${event.span.operationId}`}
      aria-label={event.label}
      className={classes.agendaLink}
      // The cell's own click handler would open the plan a second time.
      onClick={(e: MouseEvent) => e.stopPropagation()}
      data-testid="calendar-agenda-link"
    >
      {event.title}
    </Link>
  );
}

/** Enter or Space on an event opens it; Space would otherwise scroll the page. */
export function isOpenKey(e: SyntheticEvent): boolean {
  if (!('key' in e) || (e.key !== 'Enter' && e.key !== ' ')) return false;
  e.preventDefault();
  return true;
}

export interface CalendarWords {
  /** "KW" / "CW". */
  week: string;
  /** "Tagesansicht" / "day view". */
  dayView: string;
  /** The calendar's culture ("de", "en-GB"). */
  culture: string;
}

/**
 * The month view's day number (a button to that day) named after the whole day, with the
 * calendar week ("KW 47") on each Monday: the weeks of a month are talked about by number.
 */
function MonthDateHeader({
  date,
  label,
  onDrillDown,
  words,
}: {
  date: Date;
  label: string;
  onDrillDown?: () => void;
  words: CalendarWords;
}) {
  return (
    <>
      {isMonday(date) && (
        <span className={classes.week}>{`${words.week} ${weekNumber(date)}`}</span>
      )}
      {onDrillDown ? (
        <button
          type="button"
          className="rbc-button-link"
          onClick={onDrillDown}
          aria-label={`${fullDayLabel(date, words.culture)} – ${words.dayView}`}
        >
          {label}
        </button>
      ) : (
        label
      )}
    </>
  );
}

/**
 * The `components` prop, made once per language: a new object on every render made
 * react-big-calendar redraw what it could have kept (B7).
 */
export function calendarComponents(words: CalendarWords): Components<CalendarEvent> {
  return {
    eventWrapper: EventWrapper,
    agenda: { event: AgendaEvent },
    month: {
      dateHeader: (props: DateHeaderProps) => <MonthDateHeader {...props} words={words} />,
    },
  };
}
