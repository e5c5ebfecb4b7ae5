// Operation lifecycle rules: which status may follow which, and what a move changes.
import type { Approval } from './approval-record';
import type { Operation, OperationStatus } from './operation';
import { checkMarkExecuted, type ExecutionError } from './post-approval';

const NEXT: Record<OperationStatus, readonly OperationStatus[]> = {
  draft: ['planning', 'cancelled'],
  planning: ['in_review', 'cancelled'],
  // Returned for changes goes back to planning.
  in_review: ['approved', 'planning', 'cancelled'],
  // Changing an approved plan starts a new revision in planning.
  approved: ['executed', 'planning', 'cancelled'],
  executed: ['followed_up'],
  followed_up: ['closed'],
  closed: [],
  // A called-off operation can be picked up again.
  cancelled: ['planning'],
};

export function allowedTransitions(from: OperationStatus): readonly OperationStatus[] {
  return NEXT[from];
}

export function canTransition(from: OperationStatus, to: OperationStatus): boolean {
  return NEXT[from].includes(to);
}

/** The plan text can be edited only before approval; later states keep it as approved. */
export function isPlanEditable(status: OperationStatus): boolean {
  return status === 'draft' || status === 'planning';
}

/** Results (findings) are recorded once the operation has taken place. */
export function areFindingsEditable(status: OperationStatus): boolean {
  return status === 'executed' || status === 'followed_up';
}

export type TransitionError = 'not_allowed' | 'approver_missing' | ExecutionError;

export interface TransitionContext {
  actor: string;
  now: string;
  /** For `approved`: the approval decided by `decideApproval` (reasons, second person). */
  approval?: Approval;
  /** For `in_review`: the drafter asks for "Freigabe nur durch eine zweite Person". */
  approvalByTwoPersons?: boolean;
}

export type TransitionResult =
  | { ok: true; operation: Operation; startsRevision: boolean }
  | { ok: false; error: TransitionError };

/**
 * Applies a status move. Sending to approval records the drafter; approval stores the decided
 * approval; "Durchgeführt" follows `checkMarkExecuted`; leaving `approved` for `planning`
 * starts the next revision (the caller keeps the approved one as a snapshot).
 */
export function applyTransition(
  operation: Operation,
  to: OperationStatus,
  ctx: TransitionContext,
): TransitionResult {
  if (!canTransition(operation.status, to)) return { ok: false, error: 'not_allowed' };
  if (to === 'approved' && (!ctx.approval || ctx.actor.trim() === ''))
    return { ok: false, error: 'approver_missing' };
  let executed = operation.executed ?? null;
  if (to === 'executed') {
    const check = checkMarkExecuted(operation, ctx.actor, ctx.now);
    if (!check.ok) return { ok: false, error: check.error };
    executed = check.stamp;
  }
  const startsRevision = operation.status === 'approved' && to === 'planning';
  const submitted =
    to === 'in_review'
      ? { by: ctx.actor.trim() || '—', at: ctx.now }
      : to === 'planning'
        ? null
        : (operation.submittedForApproval ?? null);
  const next: Operation = {
    ...operation,
    status: to,
    approval:
      to === 'approved' && ctx.approval ? ctx.approval : startsRevision ? null : operation.approval,
    submittedForApproval: submitted,
    approvalByTwoPersons:
      to === 'in_review'
        ? ctx.approvalByTwoPersons === true
        : (operation.approvalByTwoPersons ?? false),
    executed,
    revision: startsRevision ? operation.revision + 1 : operation.revision,
  };
  return { ok: true, operation: next, startsRevision };
}
