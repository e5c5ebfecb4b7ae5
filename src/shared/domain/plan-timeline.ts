// The plan's Zeitablauf as rows: its own timeline entries plus the times stored elsewhere that
// belong on it — the briefing (Durchführung) and each target's access (Objekte). Those two are
// derived, never copied: a row shows the one stored value, and editing the row edits that value
// (`withBriefingAt`, the target's `accessOffsetMinutes`), so no fact is entered twice.
import {
  instantToOffset,
  offsetToInstant,
  resolveTimelineTime,
  timelineOffset,
} from '../time/h-hour';
import type { Operation } from './operation';
import type { PlanSnapshot } from './revision';
import type { OperationTarget } from './target';
import type { TimelineEntry } from './timeline';

export type PlanTimelineRow =
  | {
      kind: 'entry';
      key: string;
      entry: TimelineEntry;
      /** Minutes from H, or null when it is fixed in time and H is not set. */
      offset: number | null;
      /** The instant, or null when it is relative and H is not set. */
      at: string | null;
    }
  | {
      kind: 'briefing';
      key: 'briefing';
      offset: number | null;
      /** Null while the briefing is not scheduled: the row is shown anyway, to be filled in. */
      at: string | null;
      place: string;
    }
  | {
      kind: 'access';
      key: string;
      target: OperationTarget;
      /** The target's access time is always relative to H. */
      offset: number;
      at: string | null;
      name: string;
    };

/** The briefing's offset from H, or null when the briefing or H is not set. */
export function briefingOffset(op: Operation): number | null {
  const at = op.framework.execution.briefingMeeting.at;
  return at !== null && op.hHour !== null ? instantToOffset(op.hHour, at) : null;
}

/** The operation with its briefing at `at` (the one stored briefing time). */
export function withBriefingAt(op: Operation, at: string | null): Operation {
  const execution = op.framework.execution;
  return {
    ...op,
    framework: {
      ...op.framework,
      execution: { ...execution, briefingMeeting: { ...execution.briefingMeeting, at } },
    },
  };
}

/** The operation with its briefing `offsetMinutes` from H; unchanged when H is not set. */
export function withBriefingOffset(op: Operation, offsetMinutes: number): Operation {
  return op.hHour === null ? op : withBriefingAt(op, offsetToInstant(op.hHour, offsetMinutes));
}

const KIND_ORDER: Record<PlanTimelineRow['kind'], number> = { briefing: 0, access: 1, entry: 2 };

function titleOf(row: PlanTimelineRow): string {
  if (row.kind === 'entry') return row.entry.title;
  return row.kind === 'access' ? row.name : '';
}

/**
 * Where a row sorts: an unscheduled briefing first (it asks to be filled in), then everything
 * with a known offset from H, then what is only known as an instant (H not set), by time.
 */
function sortKey(row: PlanTimelineRow): [number, number] {
  if (row.kind === 'briefing' && row.at === null) return [0, 0];
  if (row.offset !== null) return [1, row.offset];
  if (row.at !== null) return [2, Date.parse(row.at)];
  return [3, 0];
}

/**
 * Every row of the plan's Zeitablauf in time order. Targets that were dropped are not entered,
 * so their access time is not shown. Rows at the same time keep one order (briefing, access,
 * entries; then by name), whatever order they were stored in.
 */
export function planTimelineRows(
  plan: PlanSnapshot,
  premisesName: (premisesId: string) => string,
): PlanTimelineRow[] {
  const op = plan.operation;
  const h = op.hHour;
  const briefing = op.framework.execution.briefingMeeting;
  const rows: PlanTimelineRow[] = [
    {
      kind: 'briefing',
      key: 'briefing',
      offset: briefingOffset(op),
      at: briefing.at,
      place: briefing.place,
    },
  ];
  for (const target of plan.targets) {
    if (target.status === 'dropped') continue;
    rows.push({
      kind: 'access',
      key: `access:${target.id}`,
      target,
      offset: target.accessOffsetMinutes,
      at: h === null ? null : offsetToInstant(h, target.accessOffsetMinutes),
      name: premisesName(target.premisesId),
    });
  }
  for (const entry of plan.timeline) {
    rows.push({
      kind: 'entry',
      key: entry.id,
      entry,
      offset: timelineOffset(entry.time, h),
      at: resolveTimelineTime(entry.time, h),
    });
  }
  return rows.sort((a, b) => {
    const [ga, va] = sortKey(a);
    const [gb, vb] = sortKey(b);
    return (
      ga - gb ||
      va - vb ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      titleOf(a).localeCompare(titleOf(b), 'de')
    );
  });
}
