// Retention ("Einsatzdetails löschen nach N Monaten"): which operations are old enough, and what
// of them is kept. Kept are the anonymous numbers Auswertung shows — the results' sums per
// agency, the operation's month, municipality, thematic fields, status, exercise flag and the
// agencies taking part; everything else of the operation (its plan parts, targets, teams,
// timeline, contacts, notes, goods, follow-ups, the approval's names) is a detail and goes.
// Pure: the data layer (`data/retention.ts`) reads the records, writes the reduced ones and
// deletes the rest in one audited transaction.
import {
  newOperation,
  newParticipation,
  type Operation,
  type OperationStatus,
  type Participation,
} from '../domain';
import { berlinDay } from './aggregate';
import { METRIC_CAPS, metricOf } from './metrics';
import { emptyResults, type OperationResults, type ResultRow } from './record';
import { computeSums } from './sums';

/** The setting's bounds: at least half a year (a follow-up must stay possible), at most 20. */
export const RETENTION_MIN_MONTHS = 6;
export const RETENTION_MAX_MONTHS = 240;

/**
 * Only finished operations lose their details; a plan still in work keeps everything however
 * old its H-hour is. Templates are patterns, not operations, and stay.
 */
export const RETENTION_STATUSES: readonly OperationStatus[] = [
  'executed',
  'followed_up',
  'closed',
  'cancelled',
];

/** The instant `months` calendar months before `now` (UTC; the day clamped to the month). */
export function retentionCutoff(now: string, months: number): string {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString();
}

/** When an operation ended: its window's end, else its H-hour, else when it was created. */
export function operationEnd(op: Pick<Operation, 'timeWindow' | 'hHour' | 'createdAt'>): string {
  return op.timeWindow?.end ?? op.hHour ?? op.createdAt;
}

const REDUCED_PREFIX = 'Bereinigt';

/** The kept H-hour: the middle of its Berlin month at noon UTC (the month is all that stays). */
function keptHHour(hHour: string | null): string | null {
  if (!hHour) return null;
  return `${berlinDay(hHour).slice(0, 7)}-15T12:00:00.000Z`;
}

/** The operation as retention keeps it: same id and numbers' facts, no details. */
export function reducedOperation(op: Operation, now: string): Operation {
  const hHour = keptHHour(op.hHour);
  const fresh = newOperation(
    {
      // A neutral name: code names are chosen per operation and say what it was about.
      codeName: `${REDUCED_PREFIX} ${hHour ? hHour.slice(0, 7) : ''}`.trim(),
      status: op.status,
      exercise: op.exercise,
      municipalityId: op.municipalityId,
      thematicFields: op.thematicFields,
      leadAgencyId: op.leadAgencyId,
      classification: op.classification,
      hHour,
      revision: op.revision,
      archivedAt: op.archivedAt,
    },
    now,
  );
  return { ...fresh, id: op.id, createdAt: op.createdAt, rev: op.rev, updatedAt: op.updatedAt };
}

/** A participation as retention keeps it: only that the agency took part. */
export function reducedParticipation(p: Participation, now: string): Participation {
  const fresh = newParticipation({ operationId: p.operationId, agencyId: p.agencyId }, now);
  return { ...fresh, id: p.id, createdAt: p.createdAt, rev: p.rev, updatedAt: p.updatedAt };
}

/**
 * The results record as retention keeps it: one row per agency without a target (targets are
 * details), its values the agency's sums — so the sums, and Auswertung's totals per agency and
 * category, stay exactly as they were. A sum above one cell's cap is split over rows.
 */
export function reducedResults(r: OperationResults): OperationResults {
  const sums = r.sums ?? computeSums(r.rows);
  const rows: ResultRow[] = [];
  for (const [agencyId, totals] of Object.entries(sums.byAgency)) {
    const left: Record<string, number> = { ...totals };
    let more = true;
    while (more) {
      more = false;
      const values: Record<string, number> = {};
      for (const [code, v] of Object.entries(left)) {
        const unit = metricOf(code)?.unit ?? 'count';
        const take = Math.min(v, METRIC_CAPS[unit]);
        if (take > 0) values[code] = take;
        const rest = v - take;
        left[code] = rest;
        if (rest > 0) more = true;
      }
      rows.push({ agencyId, targetId: null, values, goods: [], note: '' });
    }
  }
  const kept = { ...emptyResults(r.id, r.operationId, r.createdAt), rows };
  return {
    ...kept,
    rev: r.rev,
    updatedAt: r.updatedAt,
    sums: computeSums(rows),
  };
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether retention already reduced this operation (a second run finds nothing to do). */
export function isReduced(op: Operation): boolean {
  return canonical(reducedOperation(op, op.createdAt)) === canonical(op);
}

/**
 * The operations whose details go: finished, not a template, not in the trash (the trash has
 * its own permanent deletion), ended before the cutoff, and not reduced already.
 */
export function dueForRetention(
  operations: Iterable<Operation>,
  now: string,
  months: number,
): Operation[] {
  const cutoff = retentionCutoff(now, months);
  const out: Operation[] = [];
  for (const op of operations)
    if (
      RETENTION_STATUSES.includes(op.status) &&
      !op.template &&
      op.deletedAt === null &&
      operationEnd(op) < cutoff &&
      !isReduced(op)
    )
      out.push(op);
  return out;
}
