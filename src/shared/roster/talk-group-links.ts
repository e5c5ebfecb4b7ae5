// A team names its own talk group (`Team.talkGroupId`); a talk group lists the teams on it
// (`TalkGroup.teamIds`, which may hold more teams, e.g. every team on "Führung"). The two must
// not contradict each other, or the briefing would give a team a channel it is not listed on.
import type { TalkGroup } from '../domain/comms';
import type { Team } from '../domain/team';

/**
 * A team's own talk group changes from its current one to `groupId`: it is listed on the new
 * group and taken off the one it leaves (it was there as its own). Returns the changed groups.
 */
export function groupsAfterTeamChoice(
  groups: readonly TalkGroup[],
  team: Pick<Team, 'id' | 'talkGroupId'>,
  groupId: string | null,
): TalkGroup[] {
  if (team.talkGroupId === groupId) return [];
  const changed: TalkGroup[] = [];
  for (const g of groups) {
    if (g.id === groupId && !g.teamIds.includes(team.id)) {
      changed.push({ ...g, teamIds: [...g.teamIds, team.id] });
    } else if (g.id === team.talkGroupId && g.teamIds.includes(team.id)) {
      changed.push({ ...g, teamIds: g.teamIds.filter((id) => id !== team.id) });
    }
  }
  return changed;
}

/** Taking teams off a talk group clears it as their own talk group: the teams that change. */
export function teamsAfterGroupChange(
  teams: readonly Team[],
  groupId: string,
  teamIds: readonly string[],
): Team[] {
  return teams
    .filter((t) => t.talkGroupId === groupId && !teamIds.includes(t.id))
    .map((t) => ({ ...t, talkGroupId: null }));
}
