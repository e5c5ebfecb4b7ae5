// Operations repository: plans, their lists (active, trash, templates) and whole-plan reads and
// writes. Lifecycle and copies live in operation-lifecycle.ts and operation-copies.ts.
import type {
  Operation,
  OperationTarget,
  Participation,
  PlanSnapshot,
  Premises,
} from '@shared/domain';
import { getOrThrow, insertEntity, updateEntity, WriteBatch, type RepoContext } from './base';
import { operationCopies } from './operation-copies';
import { operationLifecycle } from './operation-lifecycle';
import { assertPlanEditable } from './plan-guard';
import { insertPlanInto, loadPlan } from './plan-io';
import { operationSpec } from './specs';

export interface OperationSummary {
  operation: Operation;
  agenciesTotal: number;
  agenciesConfirmed: number;
  targets: number;
}

const CONFIRMED = new Set(['confirmed', 'partially_confirmed']);

export function operationRepository(ctx: RepoContext) {
  const all = () => ctx.store.all<Operation>('operations');

  return {
    get: (id: string) => getOrThrow<Operation>(ctx, 'operations', id),
    loadPlan: (id: string) => loadPlan(ctx, id),
    count: () => ctx.store.count('operations'),

    /** Plans that are not in the trash and not templates, with their roster counts. */
    async listSummaries(): Promise<OperationSummary[]> {
      const [operations, participations, targets] = await Promise.all([
        all(),
        ctx.store.all<Participation>('participations'),
        ctx.store.all<OperationTarget>('targets'),
      ]);
      const counts = new Map<string, { total: number; confirmed: number; targets: number }>();
      const bucket = (id: string) => {
        let c = counts.get(id);
        if (!c) counts.set(id, (c = { total: 0, confirmed: 0, targets: 0 }));
        return c;
      };
      for (const p of participations) {
        const c = bucket(p.operationId);
        c.total++;
        if (CONFIRMED.has(p.confirmation.status)) c.confirmed++;
      }
      for (const t of targets) bucket(t.operationId).targets++;
      return operations
        .filter((o) => o.deletedAt === null && !o.template)
        .map((operation) => {
          const c = counts.get(operation.id);
          return {
            operation,
            agenciesTotal: c?.total ?? 0,
            agenciesConfirmed: c?.confirmed ?? 0,
            targets: c?.targets ?? 0,
          };
        });
    },

    async listTrash(): Promise<Operation[]> {
      return (await all())
        .filter((o) => o.deletedAt !== null)
        .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
    },

    async listTemplates(): Promise<Operation[]> {
      return (await all())
        .filter((o) => o.template && o.deletedAt === null)
        .sort((a, b) => a.codeName.localeCompare(b.codeName, 'de'));
    },

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
