// The parts of a plan (targets, participations, teams, timeline, comms): add, change, remove —
// each audited, each refused while the plan is approved.
import type {
  CommsEntry,
  OperationTarget,
  Participation,
  Team,
  TimelineEntry,
} from '@shared/domain';
import {
  getOrThrow,
  updateEntity,
  WriteBatch,
  type EntitySpec,
  type RepoContext,
  type Versioned,
} from './base';
import { editableOperation } from './plan-guard';
import { commsSpec, participationSpec, targetSpec, teamSpec, timelineSpec } from './specs';

type PlanItem = Versioned & { operationId: string };

function itemRepository<T extends PlanItem>(ctx: RepoContext, spec: EntitySpec<T>) {
  return {
    list: (operationId: string) => ctx.store.where<T>(spec.table, 'operationId', operationId),
    get: (id: string) => getOrThrow<T>(ctx, spec.table, id),
    async add(value: T): Promise<T> {
      await editableOperation(ctx, value.operationId);
      const batch = new WriteBatch(ctx);
      const stored = batch.insert(spec, value);
      await batch.commit();
      return stored;
    },
    async update(id: string, mutate: (current: T) => T): Promise<T> {
      const current = await getOrThrow<T>(ctx, spec.table, id);
      await editableOperation(ctx, current.operationId);
      return updateEntity(ctx, spec, id, mutate);
    },
    async remove(id: string): Promise<void> {
      const current = await getOrThrow<T>(ctx, spec.table, id);
      await editableOperation(ctx, current.operationId);
      const batch = new WriteBatch(ctx);
      batch.remove(spec, current);
      await batch.commit();
    },
    /** Several changes of one plan in one transaction (e.g. reassigning teams). */
    async applyMany(operationId: string, changes: { put?: T[]; remove?: T[] }): Promise<void> {
      await editableOperation(ctx, operationId);
      const batch = new WriteBatch(ctx);
      for (const value of changes.put ?? []) {
        const before = await ctx.store.get<T>(spec.table, value.id);
        if (before) batch.update(spec, before, value);
        else batch.insert(spec, value);
      }
      for (const value of changes.remove ?? []) batch.remove(spec, value);
      await batch.commit();
    },
  };
}

export function planItemRepositories(ctx: RepoContext) {
  return {
    targets: itemRepository<OperationTarget>(ctx, targetSpec),
    participations: itemRepository<Participation>(ctx, participationSpec),
    teams: itemRepository<Team>(ctx, teamSpec),
    timeline: itemRepository<TimelineEntry>(ctx, timelineSpec),
    comms: itemRepository<CommsEntry>(ctx, commsSpec),
  };
}
