// Two app instances (own databases, own identity keys) share the demo operation through the real
// sync server (one node on a private Redis and PostgreSQL, tests/server/support): the lead
// admits the customs liaison, the plan reaches the liaison's store, an edit comes back audited
// with its signer; the node dies while both keep editing (the waiting count shows), comes back,
// both converge; a revoked member is told so; sharing again keeps the server's copy; locking
// closes the share.
import { describe, expect, it } from 'vitest';
import { latestEpoch } from '@shared/sync/keyring';
import { SharedOperation } from '../../../src/renderer/sync/shared-operation';
import { openTestData } from '../support/data';
import { comparable } from './support/two-instances';
import { eventually, missingServices, sharedDemo, useSyncServer } from './support/sync-server';
import { leadKeyOf, twoIdentities } from './support/two-members';

const skip = missingServices();

describe.skipIf(skip)('a shared operation through the sync server', () => {
  const sync = useSyncServer();

  it('shares, syncs both ways, survives the server going away, and revokes', async () => {
    const node = sync.node();
    const demo = await sharedDemo(sync);
    const { opId, own, leadKey, customsKey, leadMember, customsMember, common } = demo;
    const { leadData, memberData } = demo;
    const a = await SharedOperation.open({
      ...common,
      repo: leadData.ctx,
      identity: leadKey,
      deviceId: 'dev-lead',
      firstMembers: [leadMember, customsMember],
    });
    sync.closeAfter(a);
    const b = await SharedOperation.open({
      ...common,
      repo: memberData.ctx,
      identity: customsKey,
      deviceId: 'dev-customs',
    });
    sync.closeAfter(b);

    await eventually(
      'beide verbunden',
      () => a.status.phase === 'connected' && b.status.phase === 'connected',
    );
    await eventually(
      'Plan beim Zoll',
      async () => (await memberData.store.get('operations', opId)) !== undefined,
    );
    await eventually(
      'gleicher Plan',
      async () =>
        JSON.stringify(await comparable({ data: memberData }, opId)) ===
        JSON.stringify(await comparable({ data: leadData }, opId)),
    );
    expect(b.status.members.map((m) => m.name).sort()).toEqual(['Lea Lenz', 'Zoran Zeller']);

    await memberData.repos.plan.participations.update(own.id, (p) => ({
      ...p,
      specialEquipment: 'Röntgenmobil',
    }));
    await eventually(
      'Änderung bei der Leitung',
      async () =>
        (await leadData.repos.plan.participations.get(own.id)).specialEquipment === 'Röntgenmobil',
    );
    const entry = (await leadData.repos.audit.forEntity(own.id)).find((e) => e.action === 'update');
    expect(entry?.actor).toMatch(/^von Zoran Zeller, Hauptzollamt Essen \(Schlüssel /);

    // The server goes away; both keep editing, and the waiting count says so.
    await node.kill();
    await eventually('offline', () => a.status.phase === 'offline' && b.status.phase === 'offline');
    await leadData.repos.operations.update(opId, (o) => ({ ...o, fileReference: 'AZ 7/26' }));
    await memberData.repos.plan.participations.update(own.id, (p) => ({
      ...p,
      specialEquipment: 'Röntgenmobil, Hund',
    }));
    await eventually('Änderungen warten', () => a.status.pending > 0 && b.status.pending > 0);
    await node.start();
    await eventually(
      'zusammengeführt',
      async () =>
        (await memberData.repos.operations.get(opId)).fileReference === 'AZ 7/26' &&
        (await leadData.repos.plan.participations.get(own.id)).specialEquipment ===
          'Röntgenmobil, Hund',
      60_000,
    );
    await eventually('nichts wartet', () => a.status.pending === 0 && b.status.pending === 0);

    await a.setMembers([leadMember]);
    await eventually('widerrufen', () => b.status.phase === 'revoked');

    // The lead starts sharing again (a new app run): the server's copy stands — no second
    // epoch 1, no duplicated records — and the plan is still the same.
    a.close();
    const again = await SharedOperation.open({
      ...common,
      repo: leadData.ctx,
      identity: leadKey,
      deviceId: 'dev-lead-2',
      firstMembers: [leadMember, customsMember],
    });
    sync.closeAfter(again);
    await eventually('wieder verbunden', () => again.status.phase === 'connected');
    expect(latestEpoch(again.transport)).toBe(2);
    await leadData.repos.operations.update(opId, (o) => ({ ...o, fileReference: 'AZ 8/26' }));
    await again.engine.flush();
    await eventually('nichts wartet nach dem Neustart', () => again.status.pending === 0);
    expect(again.status.members.map((m) => m.name)).toEqual(['Lea Lenz']);

    // Locking the vault closes the share: the plan doc's plaintext is dropped.
    leadData.store.setCodec(null);
    await eventually('geschlossen', () => again.status.phase === 'closed');
    expect(again.plan.isDestroyed).toBe(true);
  }, 180_000);

  it('tells a device the server does not admit instead of "connected"', async () => {
    // A liaison joining with a mistyped id (or before the lead admitted them): the socket
    // stands, so the status said "connected" while nothing synced.
    const { lead: leadKey, liaison } = await twoIdentities();
    const memberData = openTestData(undefined, 'Zoran Zeller');
    sync.closeAfter(memberData.db);
    const opId = crypto.randomUUID();
    const member = await SharedOperation.open({
      ...sync.net,
      server: sync.address(),
      operationId: opId,
      lead: leadKeyOf(leadKey),
      repo: memberData.ctx,
      identity: liaison,
      deviceId: 'dev-liaison',
    });
    sync.closeAfter(member);
    await eventually('nicht zugelassen', () => member.status.phase === 'notAdmitted');
    expect(await memberData.store.get('operations', opId)).toBeUndefined();
  }, 120_000);
});
