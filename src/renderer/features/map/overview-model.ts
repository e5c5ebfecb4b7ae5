// What Karte shows: the located premises of the registry and the targets of the chosen
// operations, filtered and sorted into categories (target, recently inspected, other). Pure, so
// it is tested with plain records and runs over 50 000 premises in a few milliseconds.
import type { Operation, OperationTarget, Premises, TargetStatus } from '@shared/domain';
import { instantToWall } from '@shared/time/zoned';

export interface OverviewFilters {
  operationId: string | null;
  status: TargetStatus | null;
  kind: string | null;
  municipality: string | null;
  /** Date range of the operations (Berlin dates `YYYY-MM-DD`), either end open. */
  from: string | null;
  to: string | null;
  /** "kontrolliert in den letzten N Monaten" is coloured; null = not asked. */
  inspectedMonths: number | null;
}

export const NO_FILTERS: OverviewFilters = {
  operationId: null,
  status: null,
  kind: null,
  municipality: null,
  from: null,
  to: null,
  inspectedMonths: null,
};

export type PointCategory = 'target' | 'inspected' | 'other';

export interface OverviewPoint {
  id: string;
  lat: number;
  lng: number;
  premises: Premises;
  category: PointCategory;
}

export interface Overview {
  points: OverviewPoint[];
  /** Premises that pass the filters but have no location (named in the text, not drawn). */
  unlocated: number;
}

/** A target's outcome that counts as "kontrolliert". */
const INSPECTED: ReadonlySet<TargetStatus> = new Set(['inspected', 'not_met', 'closed_down']);

/** The Berlin date of an operation (H-hour, else the start of its time window). */
export function operationDate(op: Operation): string | null {
  const at = op.hHour ?? op.timeWindow?.start ?? null;
  return at ? instantToWall(at).date : null;
}

/** `date` minus `months` calendar months, as `YYYY-MM-DD` (day clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n: number) => n.toString().padStart(2, '0');
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

const live = (op: Operation | undefined): op is Operation =>
  op !== undefined && op.deletedAt === null && !op.template;

export function buildOverview(
  premises: Iterable<Premises>,
  targets: Iterable<OperationTarget>,
  operations: ReadonlyMap<string, Operation>,
  f: OverviewFilters,
  /** Today as a Berlin date, for the inspection history. */
  today: string,
): Overview {
  const dates = new Map<string, string | null>();
  const dateOf = (op: Operation): string | null => {
    let d = dates.get(op.id);
    if (d === undefined) {
      d = operationDate(op);
      dates.set(op.id, d);
    }
    return d;
  };
  const inRange = (d: string | null): boolean =>
    (f.from === null || (d !== null && d >= f.from)) &&
    (f.to === null || (d !== null && d <= f.to));
  const since = f.inspectedMonths === null ? null : monthsBefore(today, f.inspectedMonths);

  // Premises that are targets of the chosen operations, and those inspected recently.
  const chosen = new Set<string>();
  const inspected = new Set<string>();
  for (const t of targets) {
    const op = operations.get(t.operationId);
    if (!live(op)) continue;
    const d = dateOf(op);
    if (
      (f.operationId === null || op.id === f.operationId) &&
      (f.status === null || t.status === f.status) &&
      inRange(d)
    ) {
      chosen.add(t.premisesId);
    }
    if (since !== null && INSPECTED.has(t.status) && d !== null && d >= since && d <= today) {
      inspected.add(t.premisesId);
    }
  }
  // Without an operation, status or date chosen, every premises of the registry is shown and no
  // target is singled out (every premises ever visited would be "a target").
  const targetsChosen =
    f.operationId !== null || f.status !== null || f.from !== null || f.to !== null;

  const points: OverviewPoint[] = [];
  let unlocated = 0;
  for (const p of premises) {
    if (p.retired) continue;
    if (f.kind !== null && p.kind !== f.kind) continue;
    if (f.municipality !== null && p.municipalityId !== f.municipality) continue;
    const isTarget = chosen.has(p.id);
    if ((f.operationId !== null || f.status !== null) && !isTarget) continue;
    if (!p.location) {
      unlocated++;
      continue;
    }
    const category: PointCategory =
      targetsChosen && isTarget ? 'target' : inspected.has(p.id) ? 'inspected' : 'other';
    points.push({ id: p.id, lat: p.location.lat, lng: p.location.lng, premises: p, category });
  }
  return { points, unlocated };
}

export const CATEGORY_COLORS: Record<PointCategory, string> = {
  target: '#e8590c',
  inspected: '#2f9e44',
  other: '#1971c2',
};
