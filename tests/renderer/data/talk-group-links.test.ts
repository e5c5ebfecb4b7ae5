// Team ↔ talk group assignments through the repositories: both sides change in one audited
// transaction, and an approved plan refuses them.
import { afterEach, describe, expect, it } from 'vitest';
import type { TalkGroup } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { approveWithReasons } from '../support/approval';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

async function demo() {
  t = openTestData(undefined, 'EPHK Prüfer');
  const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
  const plan = await t.repos.operations.loadPlan(op.id);
  const group = (name: string) => {
    const g = plan.comms.find((c): c is TalkGroup => c.type === 'talk_group' && c.name === name);
    if (!g) throw new Error(name);
    return g;
  };
  const team = plan.teams[0];
  if (!team) throw new Error('demo has teams');
  return { op, plan, group, team };
}

describe('talk group links', () => {
  it("choosing a team's talk group lists the team there", async () => {
    const { op, group, team } = await demo();
    await t.repos.plan.teams.setTalkGroup(team.id, group('Reserve').id);
    const after = await t.repos.operations.loadPlan(op.id);
    expect(after.teams.find((x) => x.id === team.id)?.talkGroupId).toBe(group('Reserve').id);
    const groupNamed = (name: string) => after.comms.find((c) => c.id === group(name).id);
    expect(groupNamed('Reserve')).toMatchObject({ teamIds: [team.id] });
    // It leaves "Kontrollteams", its own group before, but stays on "Führung".
    expect(groupNamed('Kontrollteams')).not.toMatchObject({
      teamIds: expect.arrayContaining([team.id]),
    });
    expect(groupNamed('Führung')).toMatchObject({ teamIds: expect.arrayContaining([team.id]) });
    const audit = await t.repos.audit.forOperation(op.id);
    const paths = (id: string) =>
      audit.filter((e) => e.entityId === id).flatMap((e) => e.changes.map((c) => c.path));
    expect(paths(team.id)).toContain('talkGroupId');
    expect(paths(group('Reserve').id)).toContain('teamIds');
  });

  it('taking a team off its talk group clears the team’s talk group', async () => {
    const { op, plan, group, team } = await demo();
    const teams = group('Kontrollteams');
    const others = plan.teams.filter((x) => x.id !== team.id).map((x) => x.id);
    await t.repos.plan.comms.setTalkGroupTeams(teams.id, others);
    const after = await t.repos.operations.loadPlan(op.id);
    expect(after.teams.find((x) => x.id === team.id)?.talkGroupId).toBeNull();
    for (const id of others)
      expect(after.teams.find((x) => x.id === id)?.talkGroupId).toBe(teams.id);
  });

  it('deleting a talk group clears it at the teams that had it as their own', async () => {
    const { op, group } = await demo();
    await t.repos.plan.comms.remove(group('Kontrollteams').id);
    const after = await t.repos.operations.loadPlan(op.id);
    expect(after.teams.map((x) => x.talkGroupId)).toEqual(after.teams.map(() => null));
  });

  it('refuses a group of another kind or plan, and ignores unknown teams', async () => {
    const { op, plan, group, team } = await demo();
    const phone = plan.comms.find((c) => c.type === 'phone');
    if (!phone) throw new Error('the demo has a phone list');
    await expect(t.repos.plan.teams.setTalkGroup(team.id, phone.id)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(t.repos.plan.comms.setTalkGroupTeams(phone.id, [])).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await t.repos.plan.comms.setTalkGroupTeams(group('Reserve').id, [team.id, 'no-such-team']);
    const after = await t.repos.operations.loadPlan(op.id);
    expect(after.comms.find((c) => c.id === group('Reserve').id)).toMatchObject({
      teamIds: [team.id],
    });
  });

  it('an approved plan refuses both', async () => {
    const { op, group, team } = await demo();
    await t.repos.operations.transition(op.id, 'in_review');
    await approveWithReasons(t, op.id);
    await expect(
      t.repos.plan.teams.setTalkGroup(team.id, group('Reserve').id),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    await expect(
      t.repos.plan.comms.setTalkGroupTeams(group('Reserve').id, [team.id]),
    ).rejects.toMatchObject({ code: 'not_allowed' });
  });
});
