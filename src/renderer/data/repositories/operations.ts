// Operations repository: plans and whole-plan reads and writes (the lists — active, trash,
// templates — are read through operation-queries.ts). Lifecycle and copies live in operation-lifecycle.ts and operation-copies.ts.
import {
  checkLateChange,
  isPlanEditable,
  LATE_FACT_AUDIT_PREFIX,
  type Operation,
  type PlanSnapshot,
  type Premises,
} from '@shared/domain';
import { getOrThrow, insertEntity, retryOnConflict, WriteBatch, type RepoContext } from './base';
import { operationCopies } from './operation-copies';
import { operationLifecycle } from './operation-lifecycle';
import { PlanLockedError } from './plan-guard';
import { insertPlanInto, loadPlan } from './plan-io';
import { operationSpec } from './specs';

export function operationRepository(ctx: RepoContext) {
  return {
    get: (id: string) => getOrThrow<Operation>(ctx, 'operations', id),
    loadPlan: (id: string) => loadPlan(ctx, id),
    count: () => ctx.store.count('operations'),

    create: (operation: Operation) => insertEntity(ctx, operationSpec, operation),

    /**
     * Edits the plan's header and framework; refused once the plan is approved, except for the
     * facts after approval kept on the operation (the target-list release, post-approval.ts),
     * which are audited as "Nachtrag nach Freigabe" without reopening the plan.
     */
    update: (id: string, mutate: (o: Operation) => Operation) =>
      retryOnConflict(async () => {
        const current = await getOrThrow<Operation>(ctx, 'operations', id);
        const next = mutate(current);
        let summary: string | undefined;
        if (!isPlanEditable(current.status)) {
          if (!checkLateChange(current.status, 'operations', current, next).ok)
            throw new PlanLockedError(current.status);
          summary = `${LATE_FACT_AUDIT_PREFIX}Freigabe der Zielobjekte`;
        }
        const batch = new WriteBatch(ctx);
        const stored = batch.update(operationSpec, current, next, 'update', summary);
        await batch.commit();
        return stored;
      }),

    /** Writes a whole plan (demo, template copy, import) and new premises in one transaction. */
    async insertPlan(
      plan: PlanSnapshot,
      newPremises: readonly Premises[] = [],
    ): Promise<Operation> {
      const batch = new WriteBatch(ctx);
      const operation = insertPlanInto(batch, plan, newPremises);
      await batch.commit();
      return operation;
    },

    ...operationLifecycle(ctx),
    ...operationCopies(ctx),
  };
}
