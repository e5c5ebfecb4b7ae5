// What the two approval package kinds carry: the drafter's request for a signed approval and the
// second person's signed answer. Both name the plan by a hash of its snapshot, so an approval
// can only ever apply to the exact plan state the approver reviewed.
import { z } from 'zod';
import { codeSchema, idSchema, LIMITS } from '../domain/common';
import { safeText } from './safe-text';

/** SHA-256 of the canonical plan snapshot, 64 hex digits (see `planHash`). */
export const planHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Ungültige Prüfsumme');

const short = () => safeText(LIMITS.shortText);

/** An open mandatory readiness item as the drafter saw it, with the drafter's written reason. */
export const approvalOpenItemSchema = z.strictObject({
  /** `openItemKey` of the readiness issue: how the lead's repository matches it again. */
  key: safeText(300),
  code: codeSchema,
  subjectId: idSchema.nullable(),
  text: short(),
  reason: safeText(LIMITS.text),
});
export type ApprovalOpenItem = z.infer<typeof approvalOpenItemSchema>;

/** Freigabeanfrage: what the second person reviews on their own installation. */
export const approvalRequestPayloadSchema = z.strictObject({
  codeName: short(),
  exercise: z.boolean(),
  planHash: planHashSchema,
  drafter: z.strictObject({ name: short(), function: short() }),
  openItems: z.array(approvalOpenItemSchema).max(200),
  note: safeText(LIMITS.text),
});
export type ApprovalRequestPayload = z.infer<typeof approvalRequestPayloadSchema>;

/** Freigabe: signed by the second person; repeats the hash and the items it endorses. */
export const approvalPayloadSchema = z.strictObject({
  planHash: planHashSchema,
  approver: z.strictObject({ name: short(), function: short() }),
  openItems: z.array(approvalOpenItemSchema).max(200),
});
export type ApprovalPayload = z.infer<typeof approvalPayloadSchema>;
