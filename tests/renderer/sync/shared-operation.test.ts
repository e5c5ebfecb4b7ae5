// Two app instances (own databases, own identity keys) share the demo operation through the real
// sync server (one node on a private Redis and PostgreSQL, tests/server/support): the lead
// admits the customs liaison, the plan reaches the liaison's store, an edit comes back audited
// with its signer; the node dies while both keep editing (the waiting count shows), comes back,
// both converge; a revoked member is told so; sharing again keeps the server's copy; locking
// closes the share.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { generateIdentity, type IdentityKeyPair } from '@shared/exchange/keys';
import type { Participation } from '@shared/domain';
import type { SyncMember, SyncRights } from '@shared/sync/types';
import { latestEpoch } from '@shared/sync/keyring';
import { SharedOperation } from '../../../src/renderer/sync/shared-operation';
import type { Fetch } from '../../../src/renderer/sync/server-api';
import setupServerBuild from '../../server/support/global-setup';
import { missingServices, startCluster, type Cluster } from '../../server/support/cluster';
import { SERVER_OUT } from '../../server/support/nodes';
import { demoPlan } from '../../support/demo-plan';
import { openTestData, type TestData } from '../support/data';
import { comparable } from './two-instances';

// Node's own fetch: happy-dom's would send the test page's Origin and apply browser CORS.
const nodeFetch: Fetch = async (url, init) => {
  const res = await undiciFetch(url, { method: init?.method, body: init?.body as string });
  return new Response(await res.text(), { status: res.status });
};

async function eventually(what: string, check: () => boolean | Promise<boolean>, ms = 30_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`nicht innerhalb von ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const skip = missingServices();

describe.skipIf(skip)('a shared operation through the sync server', () => {
  let cluster: Cluster;
  const open: SharedOperation[] = [];
  const dbs: TestData[] = [];

  beforeAll(async () => {
    if (!existsSync(resolve(SERVER_OUT, 'main.js'))) await setupServerBuild();
    cluster = await startCluster(1);
  }, 180_000);
  afterAll(async () => {
    for (const o of open) o.close();
    for (const d of dbs) d.db.close();
    await cluster?.stop();
  }, 60_000);

  const memberOf = (
    id: IdentityKeyPair,
    name: string,
    agency: string,
    agencyId: string | null,
    rights: SyncRights,
  ): SyncMember => ({
    fingerprint: id.fingerprint,
    publicKey: id.publicKey,
    name,
    agency,
    agencyId,
    rights,
  });

  it('shares, syncs both ways, survives the server going away, and revokes', async () => {
    const node = cluster.nodes[0];
    if (!node) throw new Error('kein Knoten');
    const server = { httpOrigin: node.httpUrl, wsUrl: node.wsUrl };
    const { plan, premises } = demoPlan();
    const opId = plan.operation.id;
    const own = plan.participations[1] as Participation;
    const [leadKey, customsKey] = await Promise.all([
      generateIdentity({ name: 'Lea Lenz', agency: 'Polizei', function: 'Einsatzleitung' }),
      generateIdentity({ name: 'Zoran Zeller', agency: 'Zoll', function: 'Verbindung' }),
    ]);
    const leadMember = memberOf(leadKey, 'Lea Lenz', 'Polizeipräsidium Essen', null, 'edit');
    const customsMember = memberOf(
      customsKey,
      'Zoran Zeller',
      'Hauptzollamt Essen',
      own.agencyId,
      'edit',
    );
    const lead = { fingerprint: leadKey.fingerprint, publicKey: leadKey.publicKey };

    const leadData = openTestData(undefined, 'Lea Lenz');
    const memberData = openTestData(undefined, 'Zoran Zeller');
    dbs.push(leadData, memberData);
    await leadData.repos.operations.insertPlan(plan, premises);

    const common = {
      server,
      operationId: opId,
      lead,
      WebSocketPolyfill: WebSocket,
      fetch: nodeFetch,
    };
    const a = await SharedOperation.open({
      ...common,
      repo: leadData.ctx,
      identity: leadKey,
      deviceId: 'dev-lead',
      firstMembers: [leadMember, customsMember],
    });
    open.push(a);
    const b = await SharedOperation.open({
      ...common,
      repo: memberData.ctx,
      identity: customsKey,
      deviceId: 'dev-customs',
    });
    open.push(b);

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
    open.push(again);
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
});
