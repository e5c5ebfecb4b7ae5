// Dragging a row of the Zeitablauf in the day view: what the drop means for the one stored
// value behind the row. A relative entry keeps being relative (its new offset from H), an
// absolute entry gets the new instant, the briefing its new time, a target its new access
// offset. Times snap to whole minutes; a resize changes only the duration.
import type { PlanTimelineRow } from '../domain/plan-timeline';
import type { TimelineTime } from '../domain/timeline';
import { instantToOffset } from '../time/h-hour';

export type Retime =
  | { kind: 'entry'; entryId: string; time: TimelineTime }
  | { kind: 'briefing'; at: string }
  | { kind: 'access'; targetId: string; offsetMinutes: number };

const MINUTE = 60_000;
/** A target's access offset is stored within ±24 h of H (target schema). */
const MAX_ACCESS_OFFSET = 24 * 60;

const wholeMinute = (ms: number) => new Date(Math.round(ms / MINUTE) * MINUTE).toISOString();

/** The change a move of `row` to `start` stands for, or null when it cannot be stored. */
export function retimeRow(row: PlanTimelineRow, hHour: string | null, start: Date): Retime | null {
  const at = wholeMinute(start.getTime());
  switch (row.kind) {
    case 'briefing':
      return { kind: 'briefing', at };
    case 'access': {
      if (hHour === null) return null;
      const offsetMinutes = instantToOffset(hHour, at);
      if (Math.abs(offsetMinutes) > MAX_ACCESS_OFFSET) return null;
      return { kind: 'access', targetId: row.target.id, offsetMinutes };
    }
    case 'entry': {
      if (row.entry.time.kind === 'absolute') {
        return { kind: 'entry', entryId: row.entry.id, time: { kind: 'absolute', at } };
      }
      if (hHour === null) return null;
      return {
        kind: 'entry',
        entryId: row.entry.id,
        time: { kind: 'relative', offsetMinutes: instantToOffset(hHour, at) },
      };
    }
  }
}

/** The duration in whole minutes (at least one) of an entry resized to `start`–`end`. */
export function resizedMinutes(start: Date, end: Date): number {
  return Math.max(1, Math.round((end.getTime() - start.getTime()) / MINUTE));
}
