// Revisions: an approved plan is frozen as a snapshot when a new revision starts.
import { z } from 'zod';
import { approvalSchema } from './approval-record';
import { idSchema, instantSchema, list } from './common';
import { commsEntrySchema } from './comms';
import { operationSchema } from './operation';
import { participationSchema } from './participation';
import { operationTargetSchema } from './target';
import { teamSchema } from './team';
import { timelineEntrySchema } from './timeline';

/** Everything that makes up one plan, as one value (snapshots, templates, briefing input). */
export const planSnapshotSchema = z.strictObject({
  operation: operationSchema,
  targets: list(operationTargetSchema, 1_000),
  participations: list(participationSchema, 1_000),
  teams: list(teamSchema, 1_000),
  timeline: list(timelineEntrySchema, 5_000),
  comms: list(commsEntrySchema, 5_000),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

export const operationRevisionSchema = z.strictObject({
  id: idSchema,
  operationId: idSchema,
  revision: z.number().int().min(1),
  approval: approvalSchema.nullable(),
  createdAt: instantSchema,
  snapshot: planSnapshotSchema,
});
export type OperationRevision = z.infer<typeof operationRevisionSchema>;
