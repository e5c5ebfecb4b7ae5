// Operations repository: plans and whole-plan reads and writes (the lists — active, trash,
// templates — are read through operation-queries.ts). Lifecycle and copies live in operation-lifecycle.ts and operation-copies.ts.
import type { Operation, PlanSnapshot, Premises } from '@shared/domain';
import { getOrThrow, insertEntity, updateEntity, WriteBatch, type RepoContext } from './base';
import { operationCopies } from './operation-copies';
import { operationLifecycle } from './operation-lifecycle';
import { assertPlanEditable } from './plan-guard';
import { insertPlanInto, loadPlan } from './plan-io';
import { operationSpec } from './specs';

export function operationRepository(ctx: RepoContext) {
  return {
    get: (id: string) => getOrThrow<Operation>(ctx, 'operations', id),
    loadPlan: (id: string) => loadPlan(ctx, id),
    count: () => ctx.store.count('operations'),

    create: (operation: Operation) => insertEntity(ctx, operationSpec, operation),

    /** Edits the plan's header and framework; refused once the plan is approved. */
    update: (id: string, mutate: (o: Operation) => Operation) =>
      updateEntity(ctx, operationSpec, id, (o) => {
        assertPlanEditable(o);
        return mutate(o);
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
