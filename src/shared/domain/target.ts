// OperationTarget: one premises in one operation, with why, on what legal basis, by whom and when.
import { z } from 'zod';
import { entityBase, idSchema, list, shortText, text } from './common';

export const TARGET_STATUSES = [
  'planned',
  'inspected',
  'not_met',
  'closed_down',
  'dropped',
] as const;
export const targetStatusSchema = z.enum(TARGET_STATUSES);
export type TargetStatus = z.infer<typeof targetStatusSchema>;

export const legalBasisSchema = z.strictObject({ agencyId: idSchema, basis: text() });
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const operationTargetSchema = z.strictObject({
  ...entityBase,
  operationId: idSchema,
  premisesId: idSchema,
  /** Recorded for every target: operators have alleged discrimination, so the reason must be documented. */
  reason: text(),
  legalBasis: list(legalBasisSchema, 50),
  teamId: idSchema.nullable(),
  /** Minutes relative to H (negative = before H); 0 = simultaneous access. */
  accessOffsetMinutes: z
    .number()
    .int()
    .min(-24 * 60)
    .max(24 * 60),
  status: targetStatusSchema,
  order: z.number().int().nonnegative(),
  notes: text(),
  label: shortText(),
});
export type OperationTarget = z.infer<typeof operationTargetSchema>;
