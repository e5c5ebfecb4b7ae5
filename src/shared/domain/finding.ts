// Finding (Ergebnis): what one agency found at one target, by legal category.
import { z } from 'zod';
import { codeSchema, entityBase, idSchema, text } from './common';

export const findingSchema = z.strictObject({
  ...entityBase,
  operationId: idSchema,
  /** Null for results not tied to one premises (e.g. traffic checks on the way). */
  targetId: idSchema.nullable(),
  agencyId: idSchema,
  /** Finding category code from the catalogue (criminal complaint, OWi report, seizure …). */
  category: codeSchema,
  /** Legal area code from the catalogue (tax, trade, building …). */
  legalArea: codeSchema.nullable(),
  count: z.number().int().min(0).max(1_000_000),
  /** Amounts in euro cents (cash seized, fines), so sums stay exact. */
  amountCents: z.number().int().min(0).nullable(),
  notes: text(),
});
export type Finding = z.infer<typeof findingSchema>;
