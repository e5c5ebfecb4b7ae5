// The plan mirror between two app instances: a member joins, edits in both appear in both with
// the remote author in Verlauf, nothing echoes, and an offline period converges.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Team } from '@shared/domain';
import { comparable, CUSTOMS, remote, type Instance } from './support/two-instances';
import { useLinkedMembers } from './support/two-members';

const linkedMembers = useLinkedMembers();

/** `leadFirst`: Yjs favours the lead's write by client id (else the member's); both orders
 *  must end the same. */
const joined = (leadFirst?: boolean) => linkedMembers({ leadFirst });

describe('plan mirror', () => {
  it('brings the shared plan to a member, audited as the lead, without echoing it back', async () => {
    const { lead, member, opId } = await joined();
    expect(await comparable(member, opId)).toEqual(await comparable(lead, opId));
    const history = await member.data.repos.audit.forOperation(opId);
    expect(history.length).toBeGreaterThan(5);
    expect(new Set(history.map((e) => e.actor))).toEqual(
      new Set(['von Lea Lenz, Polizeipräsidium Essen (Schlüssel 1A2B 3C4D)']),
    );
    // Applying the plan wrote the member's store; none of it came back into its doc.
    expect(member.ownUpdates).toBe(0);
  });

  it('carries edits both ways while online and names the remote author in Verlauf', async () => {
    const { lead, member, l, opId, plan } = await joined();
    await lead.data.repos.operations.update(opId, (o) => ({
      ...o,
      framework: {
        ...o.framework,
        situation: { ...o.framework.situation, background: 'Lage vom Lead' },
      },
    }));
    const team = plan.teams[0] as Team;
    await member.data.repos.plan.teams.update(team.id, (t) => ({ ...t, callSign: 'Zoll 1' }));
    await l.settle();
    const seenByMember = await member.data.repos.operations.get(opId);
    expect(seenByMember.framework.situation.background).toBe('Lage vom Lead');
    expect((await lead.data.repos.plan.teams.get(team.id)).callSign).toBe('Zoll 1');
    expect(await comparable(member, opId)).toEqual(await comparable(lead, opId));
    const teamHistory = (await lead.data.repos.audit.forEntity(team.id)).filter(
      (e) => e.action === 'update',
    );
    expect(teamHistory[0]?.actor).toBe(
      'von Zoran Zeller, Hauptzollamt Essen (Schlüssel C0FF EE00)',
    );
    expect(teamHistory[0]?.changes).toEqual([
      { path: 'callSign', before: team.callSign, after: 'Zoll 1' },
    ]);
  });

  it('merges text typed offline on both sides character-wise and converges', async () => {
    const { lead, member, l, opId } = await joined();
    const setGoals = (i: Instance, edit: (s: string) => string) =>
      i.data.repos.operations.update(opId, (o) => ({
        ...o,
        framework: {
          ...o.framework,
          mission: { ...o.framework.mission, goals: edit(o.framework.mission.goals) },
        },
      }));
    const before = (await lead.data.repos.operations.get(opId)).framework.mission.goals;
    l.online = false;
    await setGoals(lead, (s) => `VORN ${s}`);
    await setGoals(member, (s) => `${s} HINTEN`);
    // Both keep working offline: a second edit on each side.
    await setGoals(member, (s) => s.replace(' HINTEN', ' HINTEN!'));
    await l.reconnect();
    const goals = (await lead.data.repos.operations.get(opId)).framework.mission.goals;
    expect(goals).toBe(`VORN ${before} HINTEN!`);
    expect(await comparable(member, opId)).toEqual(await comparable(lead, opId));
  });

  it.each([true, false])(
    'lets the later of two concurrent single-value edits win and keeps the other in Verlauf (Yjs favours lead: %s)',
    async (leadFirst) => {
      const { lead, member, l, opId } = await joined(leadFirst);
      l.online = false;
      lead.data.setNow('2026-11-20T10:00:00.000Z');
      member.data.setNow('2026-11-20T10:05:00.000Z');
      await lead.data.repos.operations.update(opId, (o) => ({ ...o, title: 'Titel der Leitung' }));
      await member.data.repos.operations.update(opId, (o) => ({ ...o, title: 'Titel vom Zoll' }));
      await l.reconnect();
      expect((await lead.data.repos.operations.get(opId)).title).toBe('Titel vom Zoll');
      expect(await comparable(member, opId)).toEqual(await comparable(lead, opId));
      // The lead's value lost: it stays in the lead's Verlauf, with the notice and the author.
      const entry = (await lead.data.repos.audit.forEntity(opId)).find((e) =>
        e.summary.includes('gleichzeitig geändert von Zoran Zeller, Hauptzollamt Essen'),
      );
      expect(entry?.changes).toContainEqual({
        path: 'title',
        before: 'Titel der Leitung',
        after: 'Titel vom Zoll',
      });
      expect([...lead.conflicts, ...member.conflicts]).toHaveLength(1);
    },
  );

  it.each([true, false])(
    'takes the later value when the lead wrote later (Yjs favours lead: %s)',
    async (leadFirst) => {
      const { lead, member, l, opId } = await joined(leadFirst);
      l.online = false;
      lead.data.setNow('2026-11-20T10:05:00.000Z');
      member.data.setNow('2026-11-20T10:00:00.000Z');
      await lead.data.repos.operations.update(opId, (o) => ({ ...o, title: 'später' }));
      await member.data.repos.operations.update(opId, (o) => ({ ...o, title: 'früher' }));
      await l.reconnect();
      expect((await member.data.repos.operations.get(opId)).title).toBe('später');
      expect((await lead.data.repos.operations.get(opId)).title).toBe('später');
      const lost = (await member.data.repos.audit.forEntity(opId)).find((e) =>
        e.summary.includes('gleichzeitig geändert von Lea Lenz'),
      );
      expect(lost?.changes).toContainEqual({ path: 'title', before: 'früher', after: 'später' });
    },
  );

  it('applies a removed record remotely and a new one', async () => {
    const { lead, member, l, opId, plan } = await joined();
    const team = plan.teams.at(-1) as Team;
    await lead.data.repos.plan.teams.remove(team.id);
    await l.settle();
    expect((await member.data.repos.plan.teams.list(opId)).map((t) => t.id)).not.toContain(team.id);
    expect(await comparable(member, opId)).toEqual(await comparable(lead, opId));
  });

  it('does not apply a remote update of another document shape it does not know', async () => {
    const { member, opId } = await joined();
    const stray = new Y.Doc();
    stray.getMap('unrelated').set('x', 1);
    Y.applyUpdate(member.doc, Y.encodeStateAsUpdate(stray), remote(CUSTOMS));
    await member.mirror.idle();
    expect(member.rejected).toEqual([]);
    expect((await member.data.repos.operations.get(opId)).id).toBe(opId);
  });
});
