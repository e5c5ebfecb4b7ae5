// The entity specs the repositories write with, derived from the table registry (schema.ts):
// table, schema and audit naming are declared once there.
import type {
  Agency,
  CommsEntry,
  Finding,
  Operation,
  OperationTarget,
  Participation,
  Premises,
  Settings,
  Team,
  TimelineEntry,
} from '@shared/domain';
import type { OperationResults } from '@shared/results';
import { TABLES, type TableEntry, type TableName } from '../schema';
import type { EntitySpec, Versioned } from './base';

function specOf<T extends Versioned>(table: TableName, spec: TableEntry<T>): EntitySpec<T> {
  // Only reachable by a registry edit that drops `audit` from an entity table; fail at load.
  if (!spec.audit) throw new Error(`Tabelle ${table} hat keine Audit-Angaben`);
  return { table, schema: spec.schema, readSchema: spec.readSchema, ...spec.audit };
}

export const operationSpec = specOf<Operation>('operations', TABLES.operations);
export const agencySpec = specOf<Agency>('agencies', TABLES.agencies);
export const premisesSpec = specOf<Premises>('premises', TABLES.premises);
export const targetSpec = specOf<OperationTarget>('targets', TABLES.targets);
export const participationSpec = specOf<Participation>('participations', TABLES.participations);
export const teamSpec = specOf<Team>('teams', TABLES.teams);
export const timelineSpec = specOf<TimelineEntry>('timeline', TABLES.timeline);
export const commsSpec = specOf<CommsEntry>('comms', TABLES.comms);
export const findingSpec = specOf<Finding>('findings', TABLES.findings);
export const settingsSpec = specOf<Settings>('settings', TABLES.settings);
export const resultsSpec = specOf<OperationResults>('results', TABLES.results);
