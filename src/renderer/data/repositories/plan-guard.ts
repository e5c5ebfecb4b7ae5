// The read-only rule of approved plans, enforced where data is written (not only in the UI).
import { isPlanEditable, type Operation } from '@shared/domain';
import { CodedError } from '@shared/result';
import { getOrThrow, type RepoContext } from './base';

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
