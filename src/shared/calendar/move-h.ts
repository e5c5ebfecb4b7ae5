// Moving H: one change of the operation's H-hour. Relative entries (and the targets' access
// times, which are offsets) follow H by construction; absolute entries stay where they are and
// are flagged when they now fall outside the operation's window. The briefing is stored as an
// instant, so it is moved along explicitly — it is planned around H, like a relative entry.
import type { Operation } from '../domain/operation';
import type { PlanSnapshot } from '../domain/revision';
import type { TimelineEntry } from '../domain/timeline';
import {
  instantToOffset,
  isWithinWindow,
  offsetToInstant,
  resolveTimelineTime,
} from '../time/h-hour';

export interface MovedItem {
  key: string;
  title: string;
  before: string;
  after: string;
}

export interface MoveHSummary {
  deltaMinutes: number;
  /** Entries (and the briefing, window) that moved with H: before → after instants. */
  moved: MovedItem[];
  /** Absolute entries that stayed put and fell out of the window by this move. */
  outsideWindow: TimelineEntry[];
}

export interface MoveHResult {
  operation: Operation;
  summary: MoveHSummary;
}

const shift = (instant: string, minutes: number) => offsetToInstant(instant, minutes);

/**
 * The operation with H moved to `newH`, its window and briefing keeping their distance from H.
 * A mutation for the save model (`draft.edit('hHour', (op) => withHHour(op, newH))`): applied
 * to the newest stored operation, so it never overwrites another pending edit.
 */
export function withHHour(op: Operation, newH: string): Operation {
  if (op.hHour === null) return { ...op, hHour: newH };
  const delta = instantToOffset(op.hHour, newH);
  const briefing = op.framework.execution.briefingMeeting;
  return {
    ...op,
    hHour: newH,
    timeWindow: op.timeWindow
      ? { start: shift(op.timeWindow.start, delta), end: shift(op.timeWindow.end, delta) }
      : null,
    framework: {
      ...op.framework,
      execution: {
        ...op.framework.execution,
        briefingMeeting: {
          ...briefing,
          at: briefing.at === null ? null : shift(briefing.at, delta),
        },
      },
    },
  };
}

/**
 * The summary of moving H to `newH` (what moves, what stays outside the window) with the
 * moved operation. Returns null when H is not set (nothing to move).
 */
export function moveHHour(plan: PlanSnapshot, newH: string): MoveHResult | null {
  const op = plan.operation;
  if (op.hHour === null) return null;
  const delta = instantToOffset(op.hHour, newH);
  const briefing = op.framework.execution.briefingMeeting;
  const operation = withHHour(op, newH);
  const timeWindow = operation.timeWindow;
  const moved: MovedItem[] = [{ key: 'h', title: 'H', before: op.hHour, after: newH }];
  if (briefing.at !== null) {
    moved.push({
      key: 'briefing',
      title: '',
      before: briefing.at,
      after: shift(briefing.at, delta),
    });
  }
  const outsideWindow: TimelineEntry[] = [];
  for (const entry of plan.timeline) {
    if (entry.time.kind === 'relative') {
      const before = resolveTimelineTime(entry.time, op.hHour);
      const after = resolveTimelineTime(entry.time, newH);
      if (before !== null && after !== null)
        moved.push({ key: entry.id, title: entry.title, before, after });
    } else if (
      timeWindow &&
      op.timeWindow &&
      isWithinWindow(entry.time.at, op.timeWindow) &&
      !isWithinWindow(entry.time.at, timeWindow)
    ) {
      // Only what the move pushed out: a deadline days before was outside all along.
      outsideWindow.push(entry);
    }
  }
  moved.sort((a, b) => Date.parse(a.before) - Date.parse(b.before));
  return { operation, summary: { deltaMinutes: delta, moved, outsideWindow } };
}
