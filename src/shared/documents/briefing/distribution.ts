// The distribution register (Verteiler): each recipient holds one numbered copy; every export of
// a copy is recorded with its revision; a reprint keeps the number; after the operation the
// return or destruction of each copy is recorded. Pure rules over the stored entries.
import { z } from 'zod';
import { idSchema, instantSchema, list, shortText } from '../../domain/common';

export const copyIssueSchema = z.strictObject({
  revision: z.number().int().min(1),
  at: instantSchema,
  by: shortText(),
  /** Need-to-know extract or the full order. */
  scope: z.enum(['full', 'agency']),
});
export type CopyIssue = z.infer<typeof copyIssueSchema>;

export const distributionCopySchema = z.strictObject({
  id: idSchema,
  rev: z.number().int().min(1),
  operationId: idSchema,
  number: z.number().int().min(1).max(10_000),
  recipient: shortText().trim().min(1, 'Der Empfänger fehlt'),
  agencyId: idSchema.nullable(),
  issues: list(copyIssueSchema, 500),
  disposal: z
    .strictObject({ kind: z.enum(['returned', 'destroyed']), at: instantSchema, by: shortText() })
    .nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type DistributionCopy = z.infer<typeof distributionCopySchema>;

/** The copy number the next new recipient gets: one past the highest ever given. */
export function nextCopyNumber(copies: readonly DistributionCopy[]): number {
  return copies.reduce((max, c) => Math.max(max, c.number), 0) + 1;
}

/** The recipient's existing copy (a reprint keeps its number), matched by agency or name. */
export function copyOf(
  copies: readonly DistributionCopy[],
  recipient: { name: string; agencyId: string | null },
): DistributionCopy | undefined {
  return copies.find((c) =>
    recipient.agencyId !== null
      ? c.agencyId === recipient.agencyId
      : c.agencyId === null && c.recipient === recipient.name,
  );
}

/** The copy after an export of `revision`: an existing copy keeps its number. */
export function recordIssue(
  copies: readonly DistributionCopy[],
  recipient: { name: string; agencyId: string | null },
  issue: CopyIssue,
  make: { id: string; operationId: string },
): DistributionCopy {
  const existing = copyOf(copies, recipient);
  if (existing)
    return {
      ...existing,
      rev: existing.rev + 1,
      issues: [...existing.issues, issue],
      updatedAt: issue.at,
    };
  return {
    id: make.id,
    rev: 1,
    operationId: make.operationId,
    number: nextCopyNumber(copies),
    recipient: recipient.name,
    agencyId: recipient.agencyId,
    issues: [issue],
    disposal: null,
    createdAt: issue.at,
    updatedAt: issue.at,
  };
}

/** The copy with its return or destruction recorded (after the operation). */
export function recordDisposal(
  copy: DistributionCopy,
  disposal: NonNullable<DistributionCopy['disposal']>,
): DistributionCopy {
  return { ...copy, rev: copy.rev + 1, disposal, updatedAt: disposal.at };
}

export const DISPOSAL_LABELS = { returned: 'zurückgegeben', destroyed: 'vernichtet' } as const;
