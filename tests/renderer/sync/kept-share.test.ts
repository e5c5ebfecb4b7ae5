// A share kept across app runs, through the real sync server (one node on a private Redis and
// PostgreSQL): the customs liaison edits while the server is away, locks and "restarts" (a new
// session on the same sealed database) before it is back; after unlock the share reopens by
// itself, offline, and once the server returns the offline edit reaches the lead — on the same
// device chain, no sequence number used twice (the lead refuses nothing). The kept record is
// sealed at rest; "Gemeinsam beenden" removes it and leaves the lead's share alone.
import { describe, expect, it } from 'vitest';
import type { Participation } from '@shared/domain';
import type { SessionKeys } from '@shared/crypto';
import { VpDatabase } from '../../../src/renderer/data/db';
import { createRepositories, type RepoContext } from '../../../src/renderer/data/repositories';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { RecordStore } from '../../../src/renderer/data/store';
import { openShare } from '../../../src/renderer/sync/open-shares';
import {
  endShareHere,
  openKeptShare,
  reopenKeptShares,
} from '../../../src/renderer/sync/share-keeping';
import { shareStore } from '../../../src/renderer/sync/share-store';
import { demoPlan } from '../../support/demo-plan';
import { testKeys } from '../support/keys';
import { eventually, missingServices, useSyncServer } from './support/sync-server';
import { leadKeyOf, memberOf, twoIdentities } from './support/two-members';

interface Session {
  db: VpDatabase;
  store: RecordStore;
  ctx: RepoContext;
  repos: ReturnType<typeof createRepositories>;
}

/** An unlocked app session on the named database (sealed with the vault's record key). */
function unlock(name: string, keys: SessionKeys, actor: string): Session {
  const db = new VpDatabase(name);
  const store = new RecordStore(db, sealingCodec(keys.record));
  const ctx: RepoContext = { store, actor: () => actor, now: () => new Date().toISOString() };
  return { db, store, ctx, repos: createRepositories(ctx) };
}

const skip = missingServices();

describe.skipIf(skip)('a share kept across restarts', () => {
  const sync = useSyncServer();

  it('reopens after a restart, sends what was edited offline, and continues the chain', async () => {
    const node = sync.node();
    const server = sync.address();
    const net = sync.net;
    const { plan, premises } = demoPlan();
    const opId = plan.operation.id;
    const own = plan.participations[1] as Participation;
    const [leadKeys, memberKeys] = await Promise.all([testKeys(), testKeys()]);
    const memberDb = `vp-kept-member-${opId}`;
    const lead = unlock(`vp-kept-lead-${opId}`, leadKeys, 'Lea Lenz');
    const member1 = unlock(memberDb, memberKeys, 'Zoran Zeller');
    sync.closeAfter(lead.db);
    sync.closeAfter(member1.db);
    await lead.repos.operations.insertPlan(plan, premises);
    const { lead: leadId, liaison: memberId } = await twoIdentities({
      lead: lead.ctx,
      liaison: member1.ctx,
    });
    const leadKey = leadKeyOf(leadId);

    const a = await openKeptShare({
      ...net,
      repo: lead.ctx,
      server,
      operationId: opId,
      identity: leadId,
      lead: leadKey,
      firstMembers: [memberOf(leadId), memberOf(memberId, { agencyId: own.agencyId })],
    });
    sync.closeAfter(a);
    const b1 = await openKeptShare({
      ...net,
      repo: member1.ctx,
      server,
      operationId: opId,
      identity: memberId,
      lead: leadKey,
    });
    sync.closeAfter(b1);
    await eventually(
      'Plan beim Zoll',
      async () => (await member1.store.get('participations', own.id)) !== undefined,
    );
    await member1.repos.plan.participations.update(own.id, (p) => ({
      ...p,
      specialEquipment: 'Röntgenmobil',
    }));
    await eventually(
      'Änderung bei der Leitung',
      async () =>
        (await lead.repos.plan.participations.get(own.id)).specialEquipment === 'Röntgenmobil',
    );
    await b1.settled();
    const first = await shareStore(member1.ctx).get(opId);
    if (!first) throw new Error('nicht gespeichert');
    expect(first.role).toBe('member');
    expect(first.rights).toBe('edit');
    expect(first.epochs).toEqual([1]);
    const chain = `${memberId.fingerprint}/${first.deviceId}`;
    const seqBefore = first.heads[chain]?.seq ?? 0;
    expect(seqBefore).toBeGreaterThan(0);

    // The server goes away; both edit; the liaison locks before it is back.
    await node.kill();
    await eventually('offline', () => b1.status.phase === 'offline');
    await member1.repos.plan.participations.update(own.id, (p) => ({
      ...p,
      specialEquipment: 'Röntgenmobil, Hund',
    }));
    await lead.repos.operations.update(opId, (o) => ({ ...o, fileReference: 'AZ 7/26' }));
    await eventually('Änderung wartet', () => b1.status.pending > 0);
    await b1.settled();
    member1.store.setCodec(null);
    await eventually('geschlossen', () => b1.status.phase === 'closed');
    member1.db.close();

    // At rest the kept record is sealed: neither the plan nor the chain is readable.
    const raw = await new VpDatabase(memberDb).rows('shares').get(opId);
    expect(raw).toBeDefined();
    expect(Object.keys(raw ?? {}).sort()).not.toContain('plan');
    // The kept plan doc holds "Hund" in its Yjs bytes: found only if they were stored unsealed.
    const readable = Object.values(raw ?? {})
      .map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : String(v)))
      .join(' ');
    expect(readable).not.toContain('Hund');

    // Restart: a new session on the same database; the share reopens by itself, offline.
    const member2 = unlock(memberDb, memberKeys, 'Zoran Zeller');
    sync.closeAfter(member2.db);
    await reopenKeptShares({ ...net, repo: member2.ctx });
    const b2 = openShare(opId);
    if (!b2) throw new Error('nicht wieder geöffnet');
    sync.closeAfter(b2);
    expect(b2.status.phase).not.toBe('closed');

    await node.start();
    await eventually(
      'zusammengeführt',
      async () =>
        (await lead.repos.plan.participations.get(own.id)).specialEquipment ===
          'Röntgenmobil, Hund' &&
        (await member2.repos.operations.get(opId)).fileReference === 'AZ 7/26',
      60_000,
    );
    await eventually('nichts wartet', () => b2.status.pending === 0 && a.status.pending === 0);
    await b2.settled();

    // The same chain went on: one chain of this device at the lead, further along, nothing
    // refused (a reused sequence number would be `replayed` or `chain_broken` there).
    const kept = await shareStore(member2.ctx).get(opId);
    expect(kept?.deviceId).toBe(first.deviceId);
    const leadHeads = a.engine.exportState().heads;
    const memberChains = Object.keys(leadHeads).filter((k) => k.startsWith(memberId.fingerprint));
    expect(memberChains).toEqual([chain]);
    expect(leadHeads[chain]?.seq ?? 0).toBeGreaterThan(seqBefore);
    expect(kept?.heads[chain]?.seq).toBe(leadHeads[chain]?.seq);
    expect(a.status.refused).toBe(0);
    expect(b2.status.refused).toBe(0);

    // And it still goes both ways after the restart.
    await member2.repos.plan.participations.update(own.id, (p) => ({
      ...p,
      specialEquipment: 'Röntgenmobil, Hund, Drohne',
    }));
    await eventually(
      'nach dem Neustart bei der Leitung',
      async () =>
        (await lead.repos.plan.participations.get(own.id)).specialEquipment ===
        'Röntgenmobil, Hund, Drohne',
    );
    expect(a.status.refused).toBe(0);

    // Gemeinsam beenden on the liaison's machine: the kept state goes, the lead's share stays.
    await endShareHere(member2.ctx, opId);
    expect(await shareStore(member2.ctx).get(opId)).toBeNull();
    expect(openShare(opId)).toBeUndefined();
    expect(b2.status.phase).toBe('closed');
    expect(a.status.phase).toBe('connected');
  }, 240_000);
});
