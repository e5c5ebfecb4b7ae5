// What an approval records: who approved which revision when, whether a second person was
// required, and every mandatory readiness item that was still open with the written reason.
// Kept apart from the approval rules so the operation schema can hold it without importing them.
import { z } from 'zod';
import { codeSchema, idSchema, instantSchema, list, shortText, text } from './common';

/** Shortest written reason for overriding a mandatory item: a word or two is no reason. */
export const MIN_REASON_LENGTH = 10;

export const openItemSchema = z.strictObject({
  /** The readiness code (kept as a plain code so a code retired later still loads). */
  code: codeSchema,
  subjectId: idSchema.nullable(),
  /** The item as the approver saw it ("Teil „Lage“ ist leer"), so documents can print it. */
  text: shortText(),
  reason: text().trim().min(MIN_REASON_LENGTH),
});
export type OpenItem = z.infer<typeof openItemSchema>;

/**
 * An approval. Fields after `at` were added with the four-eyes rule and are optional because
 * approvals stored before it have only `by` and `at`.
 */
export const approvalSchema = z.strictObject({
  by: shortText().min(1),
  at: instantSchema,
  function: shortText().optional(),
  /** The revision that was approved. */
  revision: z.number().int().min(1).optional(),
  /** Who sent the plan to approval (the drafter). */
  drafter: shortText().optional(),
  /** True when the rule "Freigabe nur durch eine zweite Person" applied. */
  secondPerson: z.boolean().optional(),
  /** The installation's user at the keyboard; differs from `by` when a second person approved. */
  recordedBy: shortText().optional(),
  /** Mandatory items still open at approval, each with its reason. */
  openItems: list(openItemSchema, 200).optional(),
  /** A signed approval: the second person's key and the Freigabe package it came in. */
  signedBy: z
    .strictObject({
      fingerprint: z.string().regex(/^[0-9a-f]{40}$/),
      packageId: idSchema,
    })
    .optional(),
});
export type Approval = z.infer<typeof approvalSchema>;
