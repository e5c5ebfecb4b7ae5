// Copies of plans: duplicate, save as template (Muster), start from a template or past operation.
import { clonePlan, newId, stripToPattern, type Operation } from '@shared/domain';
import { WriteBatch, type RepoContext } from './base';
import { insertPlanInto, loadPlan } from './plan-io';

export function operationCopies(ctx: RepoContext) {
  const write = async (plan: Parameters<typeof insertPlanInto>[1]): Promise<Operation> => {
    const batch = new WriteBatch(ctx);
    const op = insertPlanInto(batch, plan);
    await batch.commit();
    return op;
  };

  return {
    /** A full copy (all texts, persons and dates), as a new draft. */
    async duplicate(id: string, codeName: string): Promise<Operation> {
      const copy = clonePlan(await loadPlan(ctx, id), newId, ctx.now());
      return write({ ...copy, operation: { ...copy.operation, codeName, template: false } });
    },

    /** Keeps the plan's pattern (no persons, dates or results) as a template. */
    async saveAsTemplate(id: string, name: string): Promise<Operation> {
      const pattern = stripToPattern(await loadPlan(ctx, id), newId, ctx.now(), true);
      return write({ ...pattern, operation: { ...pattern.operation, codeName: name } });
    },

    /** A new draft from a template or from a past operation's pattern. */
    async createFromPattern(sourceId: string, codeName: string): Promise<Operation> {
      const pattern = stripToPattern(await loadPlan(ctx, sourceId), newId, ctx.now(), false);
      return write({ ...pattern, operation: { ...pattern.operation, codeName } });
    },
  };
}
