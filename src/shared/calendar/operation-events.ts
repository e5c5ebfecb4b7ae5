// What an operation puts on a calendar: its window (Vorbesprechung → H → end), the briefing, H,
// and its timeline entries, each as an instant span. Pure: the Kalender, the day view and the
// .ics export all read these, so the three can never disagree about when something happens.
import { operationInterval } from '../roster/deconfliction';
import type { Operation, OperationStatus } from '../domain/operation';
import type { TimelineEntry } from '../domain/timeline';
import { resolveTimelineTime } from '../time/h-hour';

const MINUTE = 60_000;
/** How long the briefing is assumed to take when no timeline entry says otherwise. */
export const BRIEFING_MINUTES = 60;

export interface Span {
  /** ISO instants (UTC). */
  start: string;
  end: string;
}

/** One operation as a single calendar event: from the briefing (or window start) to the end. */
export interface OperationSpan extends Span {
  operationId: string;
  codeName: string;
  status: OperationStatus;
  exercise: boolean;
  cancelled: boolean;
  hHour: string | null;
}

/**
 * The operation's span, or null when it has no time at all. It starts at the earliest of the
 * briefing and the window (a briefing the evening before belongs to the operation) and ends
 * at the window's end (or the assumed span around H, as deconfliction assumes it).
 */
export function operationSpan(op: Operation): OperationSpan | null {
  const interval = operationInterval(op);
  const briefing = op.framework.execution.briefingMeeting.at;
  const briefingMs = briefing === null ? null : Date.parse(briefing);
  if (interval === null && briefingMs === null) return null;
  const start = Math.min(interval?.start ?? Infinity, briefingMs ?? Infinity);
  const end = Math.max(
    interval?.end ?? -Infinity,
    (briefingMs ?? -Infinity) + BRIEFING_MINUTES * MINUTE,
  );
  return {
    operationId: op.id,
    codeName: op.codeName,
    status: op.status,
    exercise: op.exercise,
    cancelled: op.status === 'cancelled',
    hHour: op.hHour,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  };
}

/** The instant span of a timeline entry, or null while it is relative and H is not set. */
export function entrySpan(entry: TimelineEntry, hHour: string | null): Span | null {
  const at = resolveTimelineTime(entry.time, hHour);
  if (at === null) return null;
  // A zero-length entry still gets a visible quarter hour on a calendar.
  const minutes = Math.max(entry.durationMinutes, 15);
  return { start: at, end: new Date(Date.parse(at) + minutes * MINUTE).toISOString() };
}

/** Whether two spans share any moment (touching ends do not overlap). */
export function spansOverlap(a: Span, b: Span): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}
