// The Zeitablauf's rows as events of the day view: one column per team or per target
// (resources), each event labelled with its offset from H, and the phase bands as background
// events spanning every column. Pure over the plan, so the view only draws.
import { phaseBands, type JointPhase } from '@shared/calendar';
import type { PlanSnapshot } from '@shared/domain';
import type { PlanTimelineRow } from '@shared/domain/plan-timeline';
import { formatOffset } from '@shared/time/h-hour';

export type ColumnMode = 'team' | 'target';
/** The column of rows that belong to no team or target (the briefing, general entries). */
export const NO_COLUMN = 'none';

export interface DayResource {
  id: string;
  title: string;
}

export interface DayEvent {
  row: PlanTimelineRow;
  title: string;
  start: Date;
  end: Date;
  resourceId: string;
}

export interface BandEvent {
  phase: JointPhase;
  title: string;
  start: Date;
  end: Date;
  resourceId: string[];
}

/** How long a derived row lasts on the day view (the briefing an hour, an access a half). */
export const durationOf = (row: PlanTimelineRow): number =>
  row.kind === 'entry' ? row.entry.durationMinutes : row.kind === 'briefing' ? 60 : 30;

const MINUTE = 60_000;

export function dayResources(
  plan: PlanSnapshot,
  mode: ColumnMode,
  premisesName: (id: string) => string,
  noneTitle: string,
): DayResource[] {
  const own =
    mode === 'team'
      ? [...plan.teams].sort((a, b) => a.order - b.order).map((t) => ({ id: t.id, title: t.name }))
      : plan.targets
          .filter((t) => t.status !== 'dropped')
          .sort((a, b) => a.order - b.order)
          .map((t) => ({ id: t.id, title: premisesName(t.premisesId) }));
  return [{ id: NO_COLUMN, title: noneTitle }, ...own];
}

function columnOf(row: PlanTimelineRow, mode: ColumnMode): string {
  if (row.kind === 'briefing') return NO_COLUMN;
  if (row.kind === 'access')
    return (mode === 'team' ? row.target.teamId : row.target.id) ?? NO_COLUMN;
  return (mode === 'team' ? row.entry.teamId : row.entry.targetId) ?? NO_COLUMN;
}

/** Rows with a known time as events; `name` gives the text of a row after its offset. */
export function dayEvents(
  rows: readonly PlanTimelineRow[],
  mode: ColumnMode,
  name: (row: PlanTimelineRow) => string,
  columns: ReadonlySet<string>,
): DayEvent[] {
  return rows.flatMap((row) => {
    if (row.at === null) return [];
    const start = new Date(row.at);
    const column = columnOf(row, mode);
    const offset = row.offset === null ? '' : `${formatOffset(row.offset)} · `;
    return [
      {
        row,
        title: `${offset}${name(row)}`,
        start,
        end: new Date(start.getTime() + Math.max(durationOf(row), 15) * MINUTE),
        resourceId: columns.has(column) ? column : NO_COLUMN,
      },
    ];
  });
}

/** Rows this far from H (deadlines days before, reports days after) do not widen the bands. */
const BAND_REACH_MINUTES = 12 * 60;

export function bandEvents(
  rows: readonly PlanTimelineRow[],
  resources: readonly DayResource[],
  phaseName: (phase: JointPhase) => string,
): BandEvent[] {
  const all = resources.map((r) => r.id);
  const near = rows.filter((r) => r.offset === null || Math.abs(r.offset) <= BAND_REACH_MINUTES);
  return phaseBands(near, durationOf).map((b) => ({
    phase: b.phase,
    title: phaseName(b.phase),
    start: new Date(b.start),
    end: new Date(b.end),
    resourceId: all,
  }));
}
