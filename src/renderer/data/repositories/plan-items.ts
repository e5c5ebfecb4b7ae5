// The parts of a plan (targets, participations, teams, timeline, comms): add, change, remove —
// each audited, each refused while the plan is approved.
import type {
  CommsEntry,
  OperationTarget,
  Participation,
  Team,
  TimelineEntry,
} from '@shared/domain';
import { getOrThrow, WriteBatch, type EntitySpec, type RepoContext, type Versioned } from './base';
import { editableOperation, updatePlanPart } from './plan-guard';
import { commsSpec, participationSpec, targetSpec, teamSpec, timelineSpec } from './specs';
import { setTalkGroupTeams, setTeamTalkGroup } from './talk-group-links';

type PlanItem = Versioned & { operationId: string };

/**
 * Removing a part of a plan clears the references other parts hold to it in the same
 * transaction (a removed team leaves no dangling team on targets, talk groups, the timeline).
 */
async function cascadeRemoval(
  ctx: RepoContext,
  batch: WriteBatch,
  table: string,
  removed: PlanItem,
): Promise<void> {
  const opId = removed.operationId;
  const id = removed.id;
  if (table === 'targets') {
    for (const team of await ctx.store.where<Team>('teams', 'operationId', opId)) {
      if (team.targetIds.includes(id))
        batch.update(teamSpec, team, {
          ...team,
          targetIds: team.targetIds.filter((x) => x !== id),
        });
    }
    for (const e of await ctx.store.where<TimelineEntry>('timeline', 'operationId', opId)) {
      if (e.targetId === id) batch.update(timelineSpec, e, { ...e, targetId: null });
    }
  }
  if (table === 'teams') {
    for (const x of await ctx.store.where<OperationTarget>('targets', 'operationId', opId)) {
      if (x.teamId === id) batch.update(targetSpec, x, { ...x, teamId: null });
    }
    for (const e of await ctx.store.where<TimelineEntry>('timeline', 'operationId', opId)) {
      if (e.teamId === id) batch.update(timelineSpec, e, { ...e, teamId: null });
    }
    for (const c of await ctx.store.where<CommsEntry>('comms', 'operationId', opId)) {
      if (c.type === 'talk_group' && c.teamIds.includes(id))
        batch.update(commsSpec, c, { ...c, teamIds: c.teamIds.filter((x) => x !== id) });
    }
  }
  if (table === 'participations') {
    for (const team of await ctx.store.where<Team>('teams', 'operationId', opId)) {
      const members = team.members.filter((m) => m.participationId !== id);
      const leader =
        team.leader.participationId === id
          ? { ...team.leader, participationId: null }
          : team.leader;
      if (members.length !== team.members.length || leader !== team.leader)
        batch.update(teamSpec, team, { ...team, members, leader });
    }
  }
  if (table === 'comms') {
    for (const team of await ctx.store.where<Team>('teams', 'operationId', opId)) {
      if (team.talkGroupId === id) batch.update(teamSpec, team, { ...team, talkGroupId: null });
    }
  }
}

function itemRepository<T extends PlanItem>(ctx: RepoContext, spec: EntitySpec<T>) {
  return {
    list: (operationId: string) => ctx.store.where<T>(spec.table, 'operationId', operationId),
    /** Across all operations (deconfliction needs every participation). */
    listAll: () => ctx.store.all<T>(spec.table),
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
      // Facts after approval (late answers, actual strengths and times) pass the guard.
      return updatePlanPart(ctx, spec, current.operationId, id, mutate);
    },
    async remove(id: string): Promise<void> {
      const current = await getOrThrow<T>(ctx, spec.table, id);
      await editableOperation(ctx, current.operationId);
      const batch = new WriteBatch(ctx);
      batch.remove(spec, current);
      await cascadeRemoval(ctx, batch, spec.table, current);
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
      for (const value of changes.remove ?? []) {
        batch.remove(spec, value);
        await cascadeRemoval(ctx, batch, spec.table, value);
      }
      await batch.commit();
    },
  };
}

/**
 * Sets which premises a team goes to, and keeps each target's lead team (`teamId`) in step in
 * the same transaction: a target keeps its lead team while that team still goes there.
 */
async function setTeamTargets(
  ctx: RepoContext,
  teamId: string,
  targetIds: readonly string[],
): Promise<void> {
  const team = await getOrThrow<Team>(ctx, 'teams', teamId);
  await editableOperation(ctx, team.operationId);
  const teams = await ctx.store.where<Team>('teams', 'operationId', team.operationId);
  const targets = await ctx.store.where<OperationTarget>(
    'targets',
    'operationId',
    team.operationId,
  );
  const next = { ...team, targetIds: [...new Set(targetIds)] };
  const all = teams.map((x) => (x.id === teamId ? next : x));
  const batch = new WriteBatch(ctx);
  batch.update(teamSpec, team, next);
  for (const target of targets) {
    const going = all.filter((x) => x.targetIds.includes(target.id)).map((x) => x.id);
    const lead =
      target.teamId !== null && going.includes(target.teamId) ? target.teamId : (going[0] ?? null);
    if (lead !== target.teamId) batch.update(targetSpec, target, { ...target, teamId: lead });
  }
  await batch.commit();
}

export function planItemRepositories(ctx: RepoContext) {
  return {
    targets: itemRepository<OperationTarget>(ctx, targetSpec),
    participations: itemRepository<Participation>(ctx, participationSpec),
    teams: {
      ...itemRepository<Team>(ctx, teamSpec),
      setTargets: (teamId: string, targetIds: readonly string[]) =>
        setTeamTargets(ctx, teamId, targetIds),
      setTalkGroup: (teamId: string, groupId: string | null) =>
        setTeamTalkGroup(ctx, teamId, groupId),
    },
    timeline: itemRepository<TimelineEntry>(ctx, timelineSpec),
    comms: {
      ...itemRepository<CommsEntry>(ctx, commsSpec),
      setTalkGroupTeams: (groupId: string, teamIds: readonly string[]) =>
        setTalkGroupTeams(ctx, groupId, teamIds),
    },
  };
}
