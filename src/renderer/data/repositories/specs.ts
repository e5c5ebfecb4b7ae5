// Which table, schema and audit label belong to each entity.
import {
  agencySchema,
  commsEntrySchema,
  findingSchema,
  operationSchema,
  operationTargetSchema,
  participationSchema,
  premisesSchema,
  settingsSchema,
  teamSchema,
  timelineEntrySchema,
  type Agency,
  type CommsEntry,
  type Finding,
  type Operation,
  type OperationTarget,
  type Participation,
  type Premises,
  type Settings,
  type Team,
  type TimelineEntry,
} from '@shared/domain';
import type { EntitySpec } from './base';

const byOperation = (v: { operationId: string }) => v.operationId;

export const operationSpec: EntitySpec<Operation> = {
  table: 'operations',
  entity: 'operation',
  schema: operationSchema,
  operationIdOf: (v) => v.id,
  describe: (v) => v.codeName,
};

export const agencySpec: EntitySpec<Agency> = {
  table: 'agencies',
  entity: 'agency',
  schema: agencySchema,
  operationIdOf: () => null,
  describe: (v) => v.name,
};

export const premisesSpec: EntitySpec<Premises> = {
  table: 'premises',
  entity: 'premises',
  schema: premisesSchema,
  operationIdOf: () => null,
  describe: (v) => v.name,
};

export const targetSpec: EntitySpec<OperationTarget> = {
  table: 'targets',
  entity: 'target',
  schema: operationTargetSchema,
  operationIdOf: byOperation,
  describe: (v) => v.label || v.premisesId,
};

export const participationSpec: EntitySpec<Participation> = {
  table: 'participations',
  entity: 'participation',
  schema: participationSchema,
  operationIdOf: byOperation,
  describe: (v) => v.agencyId,
};

export const teamSpec: EntitySpec<Team> = {
  table: 'teams',
  entity: 'team',
  schema: teamSchema,
  operationIdOf: byOperation,
  describe: (v) => v.name,
};

export const timelineSpec: EntitySpec<TimelineEntry> = {
  table: 'timeline',
  entity: 'timeline',
  schema: timelineEntrySchema,
  operationIdOf: byOperation,
  describe: (v) => v.title,
};

export const commsSpec: EntitySpec<CommsEntry> = {
  table: 'comms',
  entity: 'comms',
  schema: commsEntrySchema,
  operationIdOf: byOperation,
  describe: (v) => v.name,
};

export const findingSpec: EntitySpec<Finding> = {
  table: 'findings',
  entity: 'finding',
  schema: findingSchema,
  operationIdOf: byOperation,
  describe: (v) => v.category,
};

export const settingsSpec: EntitySpec<Settings> = {
  table: 'settings',
  entity: 'settings',
  schema: settingsSchema,
  operationIdOf: () => null,
  describe: () => 'Einstellungen',
};
