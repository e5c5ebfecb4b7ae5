// The sealed sync engine through the real server: two members, each with a HocuspocusProvider in
// Node on a different node of one Redis and one PostgreSQL. Plan edits propagate both ways, and a
// marker typed into the plan is neither in what PostgreSQL stores nor in what Redis relays.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncEngine } from '@shared/sync/engine';
import { FrameSigner, KeyCache } from '@shared/sync/frame';
import {
  createEpochEntry,
  entryEpoch,
  keyringEntries,
  openEpochEntry,
  publishEpoch,
} from '@shared/sync/keyring';
import { TRANSPORT, type SyncEvent, type SyncMember } from '@shared/sync/types';
import { readPrivate } from '@shared/exchange/keys';
import {
  addMember,
  connectToken,
  eventually,
  identity,
  revokeMember,
  type Identity,
} from './support/clients';
import { missingServices, startCluster, type Cluster } from './support/cluster';
import { markersIn } from './support/markers';
import { captureRedisTraffic, type RedisTraffic } from './support/redis';

const skip = missingServices();
const OP = 'op-sealed';
const MARKER = 'KLARTEXT-Gaststaette-Zur-Linde-Bahnhofstrasse-7';

interface Member {
  plan: Y.Doc;
  transport: Y.Doc;
  provider: HocuspocusProvider;
  engine: SyncEngine;
  closes: string[];
  events: SyncEvent[];
  destroy(): void;
}

const asMember = (who: Identity, rights: SyncMember['rights'], agencyId: string | null) => ({
  fingerprint: who.fingerprint,
  publicKey: who.publicKey,
  name: who.name,
  agency: agencyId ?? 'Polizei',
  agencyId,
  rights,
});

const record = (plan: Y.Doc, table: string, id: string): Y.Map<unknown> => {
  const t = plan.getMap<Y.Map<unknown>>(table);
  const existing = t.get(id);
  if (existing) return existing;
  const created = new Y.Map<unknown>();
  t.set(id, created);
  return created;
};

describe.skipIf(skip)('sealed sync through two Hocuspocus nodes', () => {
  let cluster: Cluster;
  let lead: Identity;
  let liaison: Identity;
  let reader: Identity;
  let traffic: RedisTraffic;
  const members: Member[] = [];

  async function connect(
    nodeIndex: number,
    who: Identity,
    transport = new Y.Doc(),
  ): Promise<Member> {
    const node = cluster.nodes[nodeIndex];
    if (!node) throw new Error(`no node ${nodeIndex}`);
    const socket = new HocuspocusProviderWebsocket({
      url: node.wsUrl,
      WebSocketPolyfill: WebSocket,
      delay: 100,
      minDelay: 100,
      maxDelay: 500,
    });
    const closes: string[] = [];
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: OP,
      document: transport,
      token: () => connectToken(node.httpUrl, who, OP),
      onClose: ({ event }) => closes.push(event.reason),
    });
    provider.attach();
    await eventually('provider synced', () => provider.isSynced);
    const plan = new Y.Doc();
    const engine = await SyncEngine.start({
      operationId: OP,
      planDoc: plan,
      transportDoc: transport,
      identity: who,
      deviceId: `dev-${who.name.replace(/\W/g, '')}`,
      lead: { fingerprint: lead.fingerprint, publicKey: lead.publicKey },
    });
    const events: SyncEvent[] = [];
    engine.on((e) => events.push(e));
    // "N Änderungen warten" ends when the server has everything this client wrote.
    provider.on('unsyncedChanges', () => {
      if (!provider.hasUnsyncedChanges) engine.markSynced();
    });
    const member: Member = {
      plan,
      transport,
      provider,
      engine,
      closes,
      events,
      destroy() {
        engine.stop();
        provider.destroy();
        socket.destroy();
      },
    };
    members.push(member);
    return member;
  }

  beforeAll(async () => {
    [cluster, lead, liaison, reader] = await Promise.all([
      startCluster(2),
      identity('Lea Leitung'),
      identity('Zoe Zoll'),
      identity('Rudi Lesend'),
    ]);
    traffic = await captureRedisTraffic(cluster.redis);
    const node = cluster.nodes[0];
    if (!node) throw new Error('no node');
    expect((await addMember(node.httpUrl, lead, OP, liaison, 'agency')).status).toBe(200);
    expect((await addMember(node.httpUrl, lead, OP, reader, 'read')).status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    members.forEach((m) => m.destroy());
    await traffic?.stop();
    await cluster?.stop();
  });

  it('edits cross both nodes sealed; PostgreSQL and Redis never see the plan text', async () => {
    // The lead opens the operation for sharing: keyring of epoch 1 into the transport doc.
    const transport = new Y.Doc();
    const signer = await FrameSigner.of(lead.privateKey);
    const roster = [
      asMember(lead, 'edit', null),
      asMember(liaison, 'agency', 'hza-essen'),
      asMember(reader, 'read', 'ordnungsamt'),
    ];
    publishEpoch(transport, 1, await createEpochEntry(signer, OP, 1, roster, new KeyCache()));
    const a = await connect(0, lead, transport);
    const z = await connect(1, liaison);

    record(a.plan, 'operations', OP).set('title', MARKER);
    record(a.plan, 'participations', 'p-zoll').set('agencyId', 'hza-essen');
    await eventually('the lead’s edit at the liaison', () =>
      JSON.stringify(z.plan.getMap('operations').toJSON()).includes(MARKER),
    );
    record(z.plan, 'participations', 'p-zoll').set('strength', 6);
    await eventually(
      'the liaison’s edit at the lead',
      () => record(a.plan, 'participations', 'p-zoll').get('strength') === 6,
    );
    await eventually('nothing waiting', () => a.engine.pendingCount === 0);
    expect(a.events.filter((e) => e.type === 'rejected')).toEqual([]);
    expect(z.events.filter((e) => e.type === 'rejected')).toEqual([]);

    // Positive control: the sealed bytes themselves did reach PostgreSQL (bytea as hex).
    const entry = a.transport.getArray<Uint8Array>(TRANSPORT.log).get(0);
    const probe = Buffer.from(entry.subarray(entry.length - 48, entry.length - 16)).toString('hex');
    await eventually('sealed entry stored', () => cluster.postgres.dump().includes(probe), 20_000);
    expect(markersIn(cluster.postgres.dump(), MARKER)).toEqual([]);
    expect(traffic.text().length).toBeGreaterThan(0);
    expect(markersIn(traffic.text(), MARKER)).toEqual([]);
    expect(markersIn(traffic.text(), 'hza-essen')).toEqual([]);
  }, 90_000);
  it('a compacted plan loads for a newcomer from the server', async () => {
    const [a, z] = members;
    if (!a || !z) throw new Error('members of the first test missing');
    for (let n = 7; n < 30; n++) {
      record(z.plan, 'participations', 'p-zoll').set('strength', n);
      await z.engine.flush();
    }
    await eventually(
      'the liaison’s edits at the lead',
      () => record(a.plan, 'participations', 'p-zoll').get('strength') === 29,
    );
    expect(await a.engine.compact()).toBeGreaterThan(20);
    await eventually(
      'the liaison has the compacted log',
      () => z.transport.getArray(TRANSPORT.log).length === 1,
    );
    const r = await connect(1, reader);
    await eventually(
      'the newcomer has the plan',
      () => record(r.plan, 'participations', 'p-zoll').get('strength') === 29,
    );
    expect(r.plan.getMap('operations').toJSON()).toEqual(a.plan.getMap('operations').toJSON());
    expect(r.events.filter((e) => e.type === 'rejected')).toEqual([]);
  }, 90_000);

  it('SIGKILL the liaison’s node while both keep editing: both converge, nothing lost', async () => {
    const [a, z] = members;
    const node1 = cluster.nodes[1];
    if (!a || !z || !node1) throw new Error('members of the earlier tests missing');
    await node1.kill();
    // The liaison works offline; the lead keeps editing through the other node.
    for (let n = 0; n < 5; n++) {
      record(a.plan, 'operations', OP).set(`note${n}`, `Leitung ${n}`);
      record(z.plan, 'participations', 'p-zoll').set(`vehicle${n}`, `Fahrzeug ${n}`);
      await Promise.all([a.engine.flush(), z.engine.flush()]);
    }
    expect(z.engine.pendingCount).toBeGreaterThan(0);
    await node1.start();
    await eventually(
      'both hold every edit',
      () =>
        record(a.plan, 'participations', 'p-zoll').get('vehicle4') === 'Fahrzeug 4' &&
        record(z.plan, 'operations', OP).get('note4') === 'Leitung 4',
      30_000,
    );
    expect(z.plan.getMap('operations').toJSON()).toEqual(a.plan.getMap('operations').toJSON());
    expect(z.plan.getMap('participations').toJSON()).toEqual(
      a.plan.getMap('participations').toJSON(),
    );
    await eventually('the liaison has nothing waiting', () => z.engine.pendingCount === 0, 15_000);
    expect([...a.events, ...z.events].filter((e) => e.type === 'rejected')).toEqual([]);
  }, 90_000);

  it('a revoked member is cut off and cannot read the new epoch', async () => {
    const [a, z, r] = members;
    if (!a || !z || !r) throw new Error('members of the earlier tests missing');
    const node = cluster.nodes[0];
    if (!node) throw new Error('no node');
    expect((await revokeMember(node.httpUrl, lead, OP, liaison)).status).toBe(200);
    await eventually('the liaison’s connection closed', () => z.closes.includes('revoked'));
    const roster = [asMember(lead, 'edit', null), asMember(reader, 'read', 'ordnungsamt')];
    expect(await a.engine.startEpoch(roster)).toBe(2);
    record(a.plan, 'operations', OP).set('title', 'NACH-WIDERRUF');
    await eventually(
      'the remaining member reads the new epoch',
      () => record(r.plan, 'operations', OP).get('title') === 'NACH-WIDERRUF',
    );
    expect(record(z.plan, 'operations', OP).get('title')).toBe(MARKER);
    // Even holding a copy of the transport doc, the revoked key opens no key of epoch 2.
    const entry = keyringEntries(a.transport).find((e) => entryEpoch(e) === 2);
    if (!entry) throw new Error('epoch 2 missing');
    const opened = await openEpochEntry(
      entry,
      {
        operationId: OP,
        epoch: 2,
        lead: { fingerprint: lead.fingerprint, publicKey: lead.publicKey },
      },
      { fingerprint: liaison.fingerprint, privateKey: await readPrivate(liaison.privateKey) },
      new KeyCache(),
    );
    expect(opened.ok).toBe(false);
  }, 90_000);
  it('both nodes restarted: a member on a fresh machine loads the sealed plan from PostgreSQL', async () => {
    const [a] = members;
    if (!a) throw new Error('members of the earlier tests missing');
    await a.engine.flush();
    await eventually('the lead has nothing waiting', () => a.engine.pendingCount === 0);
    const expected = a.plan.getMap('operations').toJSON();
    // Clients off first: a node with open connections takes long to stop.
    members.splice(0).forEach((m) => m.destroy());
    for (const node of cluster.nodes) await node.stop();
    for (const node of cluster.nodes) await node.start();
    const fresh = await connect(1, reader);
    await eventually(
      'the plan loaded',
      () => record(fresh.plan, 'operations', OP).get('title') === 'NACH-WIDERRUF',
      30_000,
    );
    expect(fresh.plan.getMap('operations').toJSON()).toEqual(expected);
    expect(record(fresh.plan, 'participations', 'p-zoll').get('vehicle4')).toBe('Fahrzeug 4');
    expect(fresh.events.filter((e) => e.type === 'rejected')).toEqual([]);
  }, 90_000);
});
