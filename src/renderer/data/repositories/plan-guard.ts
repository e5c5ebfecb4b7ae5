// The read-only rule of approved plans, enforced where data is written (not only in the UI),
// with the one exception the domain lists: facts after approval (post-approval.ts).
import {
  checkLateChange,
  isPlanEditable,
  LATE_FACT_AUDIT_PREFIX,
  type Operation,
} from '@shared/domain';
import { CodedError } from '@shared/result';
import {
  getOrThrow,
  retryOnConflict,
  updateEntity,
  WriteBatch,
  type EntitySpec,
  type RepoContext,
  type Versioned,
} from './base';

export class PlanLockedError extends CodedError {
  constructor(readonly status: Operation['status']) {
    super(
      'not_allowed',
      'Der Plan ist freigegeben oder abgeschlossen und kann nicht mehr geändert werden. Für Änderungen eine neue Revision beginnen.',
    );
  }
}

export function assertPlanEditable(operation: Operation): void {
  if (!isPlanEditable(operation.status)) throw new PlanLockedError(operation.status);
}

export async function editableOperation(ctx: RepoContext, operationId: string): Promise<Operation> {
  const op = await getOrThrow<Operation>(ctx, 'operations', operationId);
  assertPlanEditable(op);
  return op;
}

/**
 * Changes one part of a plan. On an editable plan this is the ordinary audited update. On an
 * approved (or later) plan only the facts after approval may change — a late liaison answer,
 * an actual strength or time — and they are written and audited as "Nachtrag nach Freigabe"
 * without reopening the plan. Anything else is refused. The operation is read inside the retry
 * and expected unchanged at commit, so a status change in between cannot slip through.
 */
export async function updatePlanPart<T extends Versioned & { operationId: string }>(
  ctx: RepoContext,
  spec: EntitySpec<T>,
  operationId: string,
  id: string,
  mutate: (current: T) => T,
): Promise<T> {
  const op = await getOrThrow<Operation>(ctx, 'operations', operationId);
  if (isPlanEditable(op.status)) return updateEntity(ctx, spec, id, mutate);
  return retryOnConflict(async () => {
    const operation = await getOrThrow<Operation>(ctx, 'operations', operationId);
    const current = await getOrThrow<T>(ctx, spec.table, id);
    const batch = new WriteBatch(ctx);
    batch.expectUnchanged('operations', operation);
    let next = mutate(current);
    let summary: string | undefined;
    // Reopened for a new revision meanwhile: an ordinary change again.
    if (!isPlanEditable(operation.status)) {
      const r = checkLateChange(operation.status, spec.table, current, next);
      if (!r.ok) throw new PlanLockedError(operation.status);
      next = r.value;
      summary = `${LATE_FACT_AUDIT_PREFIX}${spec.describe(next)}`.slice(0, 200);
    }
    const stored = batch.update(spec, current, next, 'update', summary);
    await batch.commit();
    return stored;
  });
}
