// AuditEntry: who changed what and when. Written in the same transaction as the change itself.
import { z } from 'zod';
import { idSchema, instantSchema, list, shortText } from './common';

export const AUDITED_ENTITIES = [
  'operation',
  'agency',
  'premises',
  'target',
  'participation',
  'team',
  'timeline',
  'comms',
  'finding',
  'attachment',
  'settings',
  'revision',
  'database',
] as const;
export const auditedEntitySchema = z.enum(AUDITED_ENTITIES);
export type AuditedEntity = z.infer<typeof auditedEntitySchema>;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'trash',
  'restore',
  'status',
  'approve',
  'revise',
  'merge',
  'import',
  'export',
  'migrate',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditChangeSchema = z.strictObject({
  path: z.string().max(300),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditEntrySchema = z.strictObject({
  id: idSchema,
  at: instantSchema,
  actor: shortText(),
  entity: auditedEntitySchema,
  entityId: idSchema,
  /** The operation the change belongs to, for the operation's history view. */
  operationId: idSchema.nullable(),
  action: auditActionSchema,
  summary: shortText(),
  changes: list(auditChangeSchema, 2_000),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
