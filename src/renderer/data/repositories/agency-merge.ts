// Merging a duplicate agency into the one kept: every reference follows (participations, their
// liaison contacts, teams, phone entries, operation heads, objectives, legal bases, findings,
// the rows of results records),
// written with audit entries in ONE transaction. Approved plans are included on purpose: the
// merge changes which record stands for an agency, not what the plan says.
import type {
  Agency,
  CommsEntry,
  Finding,
  Operation,
  OperationTarget,
  Participation,
  Team,
} from '@shared/domain';
import { newId } from '@shared/domain';
import type { OperationResults } from '@shared/results';
import { planAgencyMerge, type MergeError, type MergePlan } from '@shared/roster';
import { CodedError } from '@shared/result';
import {
  getOrThrow,
  retryOnConflict,
  WriteBatch,
  type EntitySpec,
  type RepoContext,
  type Versioned,
} from './base';
import {
  agencySpec,
  commsSpec,
  findingSpec,
  operationSpec,
  participationSpec,
  resultsSpec,
  targetSpec,
  teamSpec,
} from './specs';

export class MergeRefusedError extends CodedError {
  constructor(readonly reason: MergeError) {
    super('not_allowed', `Zusammenführen nicht möglich (${reason}).`);
  }
}

/** Reads everything that may reference either agency and plans the merge (nothing written). */
export async function planMerge(
  ctx: RepoContext,
  survivorId: string,
  duplicateId: string,
): Promise<{
  plan: MergePlan;
  before: Map<string, Versioned>;
  /** Results records apart: their id is their operation's, so one map would mix them up. */
  resultsBefore: Map<string, Versioned>;
}> {
  const [survivor, duplicate] = await Promise.all([
    getOrThrow<Agency>(ctx, 'agencies', survivorId),
    getOrThrow<Agency>(ctx, 'agencies', duplicateId),
  ]);
  const [participations, operations, comms, targets, findings, results] = await Promise.all([
    ctx.store.whereAnyOf<Participation>('participations', 'agencyId', [survivorId, duplicateId]),
    ctx.store.all<Operation>('operations'),
    ctx.store.all<CommsEntry>('comms'),
    ctx.store.all<OperationTarget>('targets'),
    ctx.store.where<Finding>('findings', 'agencyId', duplicateId),
    ctx.store.all<OperationResults>('results'),
  ]);
  // Teams only change where both agencies take part (participations are folded there).
  const aOps = new Set(
    participations.filter((p) => p.agencyId === survivorId).map((p) => p.operationId),
  );
  const shared = [
    ...new Set(
      participations
        .filter((p) => p.agencyId === duplicateId && aOps.has(p.operationId))
        .map((p) => p.operationId),
    ),
  ];
  const teams = (
    await Promise.all(shared.map((id) => ctx.store.where<Team>('teams', 'operationId', id)))
  ).flat();
  const result = planAgencyMerge({
    survivor,
    duplicate,
    participations,
    teams,
    comms,
    operations,
    targets,
    findings,
    results,
    now: ctx.now(),
    actor: ctx.actor(),
    makeId: newId,
  });
  if ('error' in result) throw new MergeRefusedError(result.error);
  const before = new Map<string, Versioned>();
  for (const x of [
    survivor,
    duplicate,
    ...participations,
    ...teams,
    ...comms,
    ...operations,
    ...targets,
    ...findings,
  ])
    before.set(x.id, x);
  return { plan: result, before, resultsBefore: new Map(results.map((r) => [r.id, r])) };
}

function updateAll<T extends Versioned>(
  batch: WriteBatch,
  spec: EntitySpec<T>,
  after: readonly T[],
  before: ReadonlyMap<string, Versioned>,
  summary: string,
): void {
  for (const next of after) {
    const old = before.get(next.id) as T | undefined;
    if (old) batch.update(spec, old, next, 'merge', summary);
  }
}

/** Writes a planned merge; retries on a concurrent change (the plan is then made again). */
export async function mergeAgencies(
  ctx: RepoContext,
  survivorId: string,
  duplicateId: string,
): Promise<MergePlan> {
  return retryOnConflict(async () => {
    const { plan, before, resultsBefore } = await planMerge(ctx, survivorId, duplicateId);
    const summary = `„${plan.duplicate.name}“ in „${plan.survivor.name}“ zusammengeführt`;
    const batch = new WriteBatch(ctx);
    updateAll(batch, agencySpec, [plan.survivor, plan.duplicate], before, summary);
    updateAll(batch, participationSpec, plan.participations, before, summary);
    for (const p of plan.removedParticipations) batch.remove(participationSpec, p, summary);
    updateAll(batch, teamSpec, plan.teams, before, summary);
    updateAll(batch, commsSpec, plan.comms, before, summary);
    updateAll(batch, operationSpec, plan.operations, before, summary);
    updateAll(batch, targetSpec, plan.targets, before, summary);
    updateAll(batch, findingSpec, plan.findings, before, summary);
    // Results keep one record per operation; the duplicate's rows move to the survivor there.
    updateAll(batch, resultsSpec, plan.results, resultsBefore, summary);
    await batch.commit();
    return plan;
  });
}
