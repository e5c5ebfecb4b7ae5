// Operations repository: the plans, their lifecycle and whole-plan reads and writes.
import {
  applyTransition,
  type CommsEntry,
  type Operation,
  type OperationStatus,
  type OperationTarget,
  type Participation,
  type PlanSnapshot,
  type Premises,
  type Team,
  type TimelineEntry,
} from '@shared/domain';
import { CodedError } from '@shared/ipc/result';
import { getOrThrow, insertEntity, updateEntity, WriteBatch, type RepoContext } from './base';
import {
  commsSpec,
  operationSpec,
  participationSpec,
  premisesSpec,
  targetSpec,
  teamSpec,
  timelineSpec,
} from './specs';

export interface OperationSummary {
  operation: Operation;
  agenciesTotal: number;
  agenciesConfirmed: number;
  targets: number;
}

const CONFIRMED = new Set(['confirmed', 'partially_confirmed']);

export function operationRepository(ctx: RepoContext) {
  async function loadPlan(operationId: string): Promise<PlanSnapshot> {
    const operation = await getOrThrow<Operation>(ctx, 'operations', operationId);
    const [targets, participations, teams, timeline, comms] = await Promise.all([
      ctx.store.where<OperationTarget>('targets', 'operationId', operationId),
      ctx.store.where<Participation>('participations', 'operationId', operationId),
      ctx.store.where<Team>('teams', 'operationId', operationId),
      ctx.store.where<TimelineEntry>('timeline', 'operationId', operationId),
      ctx.store.where<CommsEntry>('comms', 'operationId', operationId),
    ]);
    const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
    return {
      operation,
      targets: targets.sort(byOrder),
      participations,
      teams: teams.sort(byOrder),
      timeline,
      comms: comms.sort(byOrder),
    };
  }

  return {
    get: (id: string) => getOrThrow<Operation>(ctx, 'operations', id),
    loadPlan,

    /** Active plans (not in the trash, not templates) with their roster counts. */
    async listSummaries(): Promise<OperationSummary[]> {
      const [operations, participations, targets] = await Promise.all([
        ctx.store.all<Operation>('operations'),
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

    count: () => ctx.store.count('operations'),
    create: (operation: Operation) => insertEntity(ctx, operationSpec, operation),
    update: (id: string, mutate: (o: Operation) => Operation) =>
      updateEntity(ctx, operationSpec, id, mutate),

    /** Moves the status on; refuses moves the lifecycle does not allow. */
    async transition(id: string, to: OperationStatus): Promise<Operation> {
      const current = await getOrThrow<Operation>(ctx, 'operations', id);
      const r = applyTransition(current, to, { actor: ctx.actor(), now: ctx.now() });
      if (!r.ok) throw new CodedError('not_allowed', r.error);
      const batch = new WriteBatch(ctx);
      const action = to === 'approved' ? 'approve' : r.startsRevision ? 'revise' : 'status';
      const stored = batch.update(operationSpec, current, r.operation, action);
      await batch.commit();
      return stored;
    },

    /** Writes a whole plan (demo, template copy, import) and new premises in one transaction. */
    async insertPlan(
      plan: PlanSnapshot,
      newPremises: readonly Premises[] = [],
    ): Promise<Operation> {
      const batch = new WriteBatch(ctx);
      for (const p of newPremises) batch.insert(premisesSpec, p);
      const operation = batch.insert(operationSpec, plan.operation);
      for (const t of plan.targets) batch.insert(targetSpec, t);
      for (const p of plan.participations) batch.insert(participationSpec, p);
      for (const t of plan.teams) batch.insert(teamSpec, t);
      for (const t of plan.timeline) batch.insert(timelineSpec, t);
      for (const c of plan.comms) batch.insert(commsSpec, c);
      await batch.commit();
      return operation;
    },
  };
}
