// The zod schema of every table's records, for validating restored backups before writing.
import type { z } from 'zod';
import {
  agencySchema,
  attachmentSchema,
  auditEntrySchema,
  commsEntrySchema,
  findingSchema,
  operationRevisionSchema,
  operationSchema,
  operationTargetSchema,
  participationSchema,
  premisesSchema,
  settingsSchema,
  teamSchema,
  timelineEntrySchema,
} from '@shared/domain';
import type { TableName } from './schema';

export const TABLE_SCHEMAS: Record<TableName, z.ZodType> = {
  settings: settingsSchema,
  agencies: agencySchema,
  operations: operationSchema,
  premises: premisesSchema,
  targets: operationTargetSchema,
  participations: participationSchema,
  teams: teamSchema,
  timeline: timelineEntrySchema,
  comms: commsEntrySchema,
  findings: findingSchema,
  attachments: attachmentSchema,
  revisions: operationRevisionSchema,
  audit: auditEntrySchema,
};
