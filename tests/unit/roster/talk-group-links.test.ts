// Team ↔ talk group links on the demo operation: a team's own talk group always lists it.
import { describe, expect, it } from 'vitest';
import type { TalkGroup } from '@shared/domain';
import { groupsAfterTeamChoice, teamsAfterGroupChange } from '@shared/roster';
import { demoPlan } from '../../support/demo-plan';

function demo() {
  const { plan } = demoPlan();
  const groups = plan.comms.filter((c): c is TalkGroup => c.type === 'talk_group');
  const byName = (name: string) => {
    const g = groups.find((x) => x.name === name);
    if (!g) throw new Error(name);
    return g;
  };
  const team = plan.teams[0];
  if (!team) throw new Error('the demo has teams');
  return { plan, groups, byName, team };
}

describe('talk group links', () => {
  it('a team moving to another group is listed there and leaves its old own group', () => {
    const { groups, byName, team } = demo();
    const reserve = byName('Reserve');
    const teams = byName('Kontrollteams');
    expect(team.talkGroupId).toBe(teams.id);
    expect(groupsAfterTeamChoice(groups, team, reserve.id)).toEqual([
      { ...teams, teamIds: teams.teamIds.filter((id) => id !== team.id) },
      { ...reserve, teamIds: [team.id] },
    ]);
    // "Führung" lists every team but is not its own group: it keeps the team.
    const changed = groupsAfterTeamChoice(groups, team, reserve.id).map((g) => g.name);
    expect(changed).not.toContain('Führung');
  });

  it('no change, no group, or a group that already lists the team', () => {
    const { groups, byName, team } = demo();
    expect(groupsAfterTeamChoice(groups, team, team.talkGroupId)).toEqual([]);
    expect(groupsAfterTeamChoice(groups, { ...team, talkGroupId: null }, null)).toEqual([]);
    const fuehrung = byName('Führung');
    // Moving to "Führung" (already listed) only takes the team off "Kontrollteams".
    expect(groupsAfterTeamChoice(groups, team, fuehrung.id).map((g) => g.name)).toEqual([
      'Kontrollteams',
    ]);
    // Clearing the team's own group takes it off that group only.
    expect(groupsAfterTeamChoice(groups, team, null).map((g) => g.name)).toEqual(['Kontrollteams']);
  });

  it('taking teams off a group clears it only where it was their own group', () => {
    const { plan, byName } = demo();
    const teams = byName('Kontrollteams');
    const [first, ...rest] = plan.teams;
    if (!first) throw new Error('the demo has teams');
    expect(plan.teams.every((t) => t.talkGroupId === teams.id)).toBe(true);
    const kept = rest.map((t) => t.id);
    expect(teamsAfterGroupChange(plan.teams, teams.id, kept)).toEqual([
      { ...first, talkGroupId: null },
    ]);
    expect(teamsAfterGroupChange(plan.teams, byName('Führung').id, [])).toEqual([]);
  });
});
