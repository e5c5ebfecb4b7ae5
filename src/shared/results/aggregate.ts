// Auswertung across operations: the cooperation's numbers per month, municipality, agency and
// category, targets inspected repeatedly and their trend, and the share of operations per
// agency. Only completed operations count ("Durchgeführt" or "Nachbereitet"); exercises are
// left out unless asked for; templates, deleted and cancelled operations never count.
//
// Two steps so a filter change stays cheap: `prepareOperations` reads each operation's sums
// once (kept in the record at write time, see `sums.ts`), `aggregate` then only walks the
// prepared operations.
import type { Operation, OperationStatus } from '../domain';
import { zoneOffsetMinutes } from '../time/zoned';
import { repeatedTargets } from './premises-visits';
import type { OperationResults } from './record';
import type { PreparedOperation, RepeatedTarget } from './prepared';
import { addInto, computeSums, type ResultSums, type Totals } from './sums';

export type { PreparedOperation, RepeatedTarget, Trend } from './prepared';

export const COMPLETED_STATUSES: readonly OperationStatus[] = ['executed', 'followed_up'];

export type OperationFacts = Pick<
  Operation,
  | 'id'
  | 'status'
  | 'exercise'
  | 'hHour'
  | 'municipalityId'
  | 'thematicFields'
  | 'template'
  | 'deletedAt'
>;

export interface AggregationInput {
  operation: OperationFacts;
  /** The operation's results record, if any was entered. */
  results: OperationResults | undefined;
  /** Agencies taking part (for the share of operations per agency). */
  agencyIds: readonly string[];
  /** Target id → premises id, to follow a premises across operations. */
  premisesOf: ReadonlyMap<string, string>;
}

// Berlin's offset changes only on whole UTC hours, so it is looked up once per hour: the zone
// library's formatting, per operation, was most of the time of preparing 10 000 operations.
const offsetByHour = new Map<number, number>();
const HOUR_MS = 3_600_000;

/** The Berlin calendar day `YYYY-MM-DD` of an instant. */
export function berlinDay(instant: string): string {
  const ms = Date.parse(instant);
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offset = zoneOffsetMinutes(hour * HOUR_MS);
    offsetByHour.set(hour, offset);
  }
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

export function isCompleted(op: OperationFacts): boolean {
  return COMPLETED_STATUSES.includes(op.status) && !op.template && op.deletedAt === null;
}

const NO_SUMS: ResultSums = { byAgency: {}, measures: [] };

/** The record's stored sums; a record written before sums were kept is summed here. */
function sumsOf(results: OperationResults | undefined): ResultSums {
  if (!results) return NO_SUMS;
  return results.sums ?? computeSums(results.rows);
}

/**
 * One operation's numbers per agency and per premises; null when it does not count. Reads the
 * record's sums (shared, never changed here), not its rows.
 */
export function prepareOperation(input: AggregationInput): PreparedOperation | null {
  const op = input.operation;
  if (!isCompleted(op)) return null;
  const day = op.hHour ? berlinDay(op.hHour) : '';
  const sums = sumsOf(input.results);
  const byAgency = new Map<string, Totals>();
  const byPremises = new Map<string, number>();
  const targets: { premisesId: string; agencyId: string; measures: number }[] = [];
  const agencyIds = new Set(input.agencyIds);
  for (const agencyId in sums.byAgency) {
    agencyIds.add(agencyId);
    byAgency.set(agencyId, sums.byAgency[agencyId] ?? {});
  }
  // Rows without measures add nothing under an agency filter: the premises is a visit anyway.
  for (const [targetId, agencyId, measures] of sums.measures) {
    const premisesId = input.premisesOf.get(targetId);
    if (!premisesId) continue;
    targets.push({ premisesId, agencyId, measures });
    byPremises.set(premisesId, (byPremises.get(premisesId) ?? 0) + measures);
  }
  // A premises inspected without measures still counts as inspected (with 0 measures).
  for (const premisesId of input.premisesOf.values())
    if (!byPremises.has(premisesId)) byPremises.set(premisesId, 0);
  return {
    id: op.id,
    exercise: op.exercise,
    month: day.slice(0, 7),
    day,
    municipalityId: op.municipalityId ?? '',
    thematicFields: op.thematicFields,
    agencyIds,
    byAgency,
    byPremises,
    targets,
  };
}

export function prepareOperations(inputs: Iterable<AggregationInput>): PreparedOperation[] {
  const out: PreparedOperation[] = [];
  for (const i of inputs) {
    const p = prepareOperation(i);
    if (p) out.push(p);
  }
  return out;
}

export interface ResultsFilter {
  /** Inclusive months `YYYY-MM`; empty for open. */
  from: string;
  to: string;
  municipalityId: string;
  thematicField: string;
  agencyId: string;
  includeExercises: boolean;
}

export const NO_FILTER: ResultsFilter = {
  from: '',
  to: '',
  municipalityId: '',
  thematicField: '',
  agencyId: '',
  includeExercises: false,
};

export interface ResultsAggregate {
  operations: number;
  totals: Totals;
  byMonth: Map<string, number>;
  byMunicipality: Map<string, number>;
  byAgency: Map<string, Totals>;
  /** Operations each agency took part in (its share is this over `operations`). */
  operationsPerAgency: Map<string, number>;
  repeatedTargets: RepeatedTarget[];
}

export function matches(op: PreparedOperation, f: ResultsFilter): boolean {
  if (op.exercise && !f.includeExercises) return false;
  if (f.from && (op.month === '' || op.month < f.from)) return false;
  if (f.to && (op.month === '' || op.month > f.to)) return false;
  if (f.municipalityId && op.municipalityId !== f.municipalityId) return false;
  if (f.thematicField && !op.thematicFields.includes(f.thematicField)) return false;
  if (f.agencyId && !op.agencyIds.has(f.agencyId)) return false;
  return true;
}

const bump = (map: Map<string, number>, key: string, by = 1) =>
  map.set(key, (map.get(key) ?? 0) + by);

/**
 * The numbers under a filter. With an agency filter, only that agency's results count (its
 * operations, its findings); the share of operations still names every agency present.
 */
export function aggregate(
  prepared: readonly PreparedOperation[],
  filter: ResultsFilter = NO_FILTER,
): ResultsAggregate {
  const totals: Totals = {};
  const byMonth = new Map<string, number>();
  const byMunicipality = new Map<string, number>();
  const byAgency = new Map<string, Totals>();
  const operationsPerAgency = new Map<string, number>();
  const matched = new Uint8Array(prepared.length);
  let operations = 0;
  prepared.forEach((op, i) => {
    if (!matches(op, filter)) return;
    matched[i] = 1;
    operations++;
    bump(byMonth, op.month);
    bump(byMunicipality, op.municipalityId);
    for (const a of op.agencyIds) bump(operationsPerAgency, a);
    for (const [agencyId, values] of op.byAgency) {
      if (filter.agencyId && agencyId !== filter.agencyId) continue;
      let into = byAgency.get(agencyId);
      if (!into) byAgency.set(agencyId, (into = {}));
      addInto(into, values);
      addInto(totals, values);
    }
  });
  return {
    operations,
    totals,
    byMonth,
    byMunicipality,
    byAgency,
    operationsPerAgency,
    repeatedTargets: repeatedTargets(prepared, matched, filter.agencyId),
  };
}

/** Sum of a grouping's values per metric (the property tests compare it with `totals`). */
export function sumGroups(groups: Iterable<Totals>): Totals {
  const out: Totals = {};
  for (const g of groups) addInto(out, g);
  return out;
}
