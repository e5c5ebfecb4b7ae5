// Whole-plan reads and writes shared by the operation repositories.
import type {
  CommsEntry,
  Operation,
  OperationTarget,
  Participation,
  PlanSnapshot,
  Premises,
  Team,
  TimelineEntry,
} from '@shared/domain';
import { getOrThrow, type RepoContext, type WriteBatch } from './base';
import {
  commsSpec,
  operationSpec,
  participationSpec,
  premisesSpec,
  targetSpec,
  teamSpec,
  timelineSpec,
} from './specs';

export async function loadPlan(ctx: RepoContext, operationId: string): Promise<PlanSnapshot> {
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

/** Adds a whole plan (and new registry premises) to a batch. */
export function insertPlanInto(
  batch: WriteBatch,
  plan: PlanSnapshot,
  newPremises: readonly Premises[] = [],
): Operation {
  for (const p of newPremises) batch.insert(premisesSpec, p);
  const operation = batch.insert(operationSpec, plan.operation);
  for (const t of plan.targets) batch.insert(targetSpec, t);
  for (const p of plan.participations) batch.insert(participationSpec, p);
  for (const t of plan.teams) batch.insert(teamSpec, t);
  for (const t of plan.timeline) batch.insert(timelineSpec, t);
  for (const c of plan.comms) batch.insert(commsSpec, c);
  return operation;
}
