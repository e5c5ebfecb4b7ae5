// Team ↔ talk group assignments, changed from either side in one audited transaction so the
// two never contradict each other (rules in shared/roster/talk-group-links). Every row the
// decision was made from is checked at commit, and a concurrent change makes it run again.
import type { CommsEntry, TalkGroup, Team } from '@shared/domain';
import { groupsAfterTeamChoice, teamsAfterGroupChange } from '@shared/roster';
import { CodedError } from '@shared/result';
import { getOrThrow, retryOnConflict, WriteBatch, type RepoContext } from './base';
import { editableOperation } from './plan-guard';
import { commsSpec, teamSpec } from './specs';

const isTalkGroup = (c: CommsEntry): c is TalkGroup => c.type === 'talk_group';

async function planParts(ctx: RepoContext, operationId: string) {
  const [teams, comms] = await Promise.all([
    ctx.store.where<Team>('teams', 'operationId', operationId),
    ctx.store.where<CommsEntry>('comms', 'operationId', operationId),
  ]);
  return { teams, groups: comms.filter(isTalkGroup) };
}

const invalid = (message: string) => new CodedError('invalid_input', message);

/** Sets a team's own talk group: listed on the new group, taken off the one it leaves. */
export function setTeamTalkGroup(
  ctx: RepoContext,
  teamId: string,
  groupId: string | null,
): Promise<void> {
  return retryOnConflict(async () => {
    const team = await getOrThrow<Team>(ctx, 'teams', teamId);
    await editableOperation(ctx, team.operationId);
    const { groups } = await planParts(ctx, team.operationId);
    if (groupId !== null && !groups.some((g) => g.id === groupId)) {
      throw invalid('Die Sprechgruppe gehört nicht zu diesem Einsatz.');
    }
    const batch = new WriteBatch(ctx);
    for (const g of groups) batch.expectUnchanged('comms', g);
    batch.update(teamSpec, team, { ...team, talkGroupId: groupId });
    for (const next of groupsAfterTeamChoice(groups, team, groupId)) {
      const before = groups.find((g) => g.id === next.id);
      if (before) batch.update(commsSpec, before, next);
    }
    await batch.commit();
  });
}

/** Sets the teams on a talk group; teams taken off it lose it as their own talk group. */
export function setTalkGroupTeams(
  ctx: RepoContext,
  groupId: string,
  teamIds: readonly string[],
): Promise<void> {
  return retryOnConflict(async () => {
    const group = await getOrThrow<CommsEntry>(ctx, 'comms', groupId);
    if (!isTalkGroup(group)) throw invalid('Das ist keine Sprechgruppe.');
    await editableOperation(ctx, group.operationId);
    const { teams } = await planParts(ctx, group.operationId);
    const known = new Set(teams.map((t) => t.id));
    const ids = [...new Set(teamIds)].filter((id) => known.has(id));
    const batch = new WriteBatch(ctx);
    for (const t of teams) batch.expectUnchanged('teams', t);
    batch.update(commsSpec, group, { ...group, teamIds: ids });
    for (const next of teamsAfterGroupChange(teams, groupId, ids)) {
      const before = teams.find((t) => t.id === next.id);
      if (before) batch.update(teamSpec, before, next);
    }
    await batch.commit();
  });
}
