// The mirror plugged into the real SyncEngine (src/shared/sync): two app instances with their
// own databases and identity keys; the transport docs are exchanged directly (what Hocuspocus
// carries). Sealed, signed, checked on receipt — and the store sees the verified author.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateIdentity, type IdentityKeyPair } from '@shared/exchange/keys';
import type { Participation, Team } from '@shared/domain';
import { SyncEngine } from '@shared/sync/engine';
import { FrameSigner, KeyCache } from '@shared/sync/frame';
import { createEpochEntry, publishEpoch } from '@shared/sync/keyring';
import type { SyncEvent, SyncMember, SyncRights } from '@shared/sync/types';
import { PlanMirror } from '../../../src/renderer/sync/mirror';
import { demoPlan } from '../../support/demo-plan';
import { openTestData, type TestData } from '../support/data';
import { comparable } from './support/two-instances';

interface Client {
  data: TestData;
  plan: Y.Doc;
  transport: Y.Doc;
  mirror: PlanMirror;
  engine: SyncEngine;
  events: SyncEvent[];
}

const open: Client[] = [];
afterEach(() => {
  for (const c of open.splice(0)) {
    c.engine.stop();
    c.mirror.stop();
    c.data.db.close();
  }
});

const keys = new Map<string, Promise<IdentityKeyPair>>();
const identity = (name: string) => {
  let k = keys.get(name);
  if (!k) {
    k = generateIdentity({ name, agency: 'Test', function: 'Planung' });
    keys.set(name, k);
  }
  return k;
};

async function member(
  name: string,
  agency: string,
  agencyId: string | null,
  rights: SyncRights,
): Promise<{ id: IdentityKeyPair; member: SyncMember }> {
  const id = await identity(name);
  return {
    id,
    member: {
      fingerprint: id.fingerprint,
      publicKey: id.publicKey,
      name,
      agency,
      agencyId,
      rights,
    },
  };
}

async function client(
  who: { id: IdentityKeyPair },
  lead: { id: IdentityKeyPair },
  operationId: string,
  data: TestData,
  transport: Y.Doc,
  share: boolean,
): Promise<Client> {
  const plan = new Y.Doc();
  const mirror = new PlanMirror({ doc: plan, operationId, repo: data.ctx });
  // The mirror first: the engine's catch-up then arrives with its authors.
  await mirror.start({ share });
  const engine = await SyncEngine.start({
    operationId,
    planDoc: plan,
    transportDoc: transport,
    identity: who.id,
    deviceId: `dev-${who.id.fingerprint.slice(0, 8)}`,
    lead: { fingerprint: lead.id.fingerprint, publicKey: lead.id.publicKey },
  });
  const c: Client = { data, plan, transport, mirror, engine, events: [] };
  engine.on((e) => c.events.push(e));
  open.push(c);
  return c;
}

/** Carries transport updates between the two while online; reconnecting syncs state vectors. */
function wire(a: Client, b: Client) {
  const net = { online: true };
  const carry = (from: Client, to: Client) =>
    from.transport.on('update', (u: Uint8Array, origin: unknown) => {
      if (net.online && origin !== net) Y.applyUpdate(to.transport, u, net);
    });
  carry(a, b);
  carry(b, a);
  const settle = async () => {
    for (let i = 0; i < 6; i++) {
      await Promise.all([a.engine.flush(), b.engine.flush()]);
      await Promise.all([a.mirror.idle(), b.mirror.idle()]);
    }
  };
  return {
    settle,
    offline: () => {
      net.online = false;
    },
    async reconnect() {
      net.online = true;
      Y.applyUpdate(b.transport, Y.encodeStateAsUpdate(a.transport), net);
      Y.applyUpdate(a.transport, Y.encodeStateAsUpdate(b.transport), net);
      await settle();
    },
  };
}

async function sharedDemo(customsRights: SyncRights) {
  const { plan, premises } = demoPlan();
  const opId = plan.operation.id;
  const own = plan.participations[1] as Participation;
  const lead = await member('Lea Lenz', 'Polizeipräsidium Essen', null, 'edit');
  const customs = await member('Zoran Zeller', 'Hauptzollamt Essen', own.agencyId, customsRights);
  const leadData = openTestData(undefined, 'Lea Lenz');
  await leadData.repos.operations.insertPlan(plan, premises);
  const leadTransport = new Y.Doc();
  const signer = await FrameSigner.of(lead.id.privateKey);
  publishEpoch(
    leadTransport,
    1,
    await createEpochEntry(signer, opId, 1, [lead.member, customs.member], new KeyCache()),
  );
  const a = await client(lead, lead, opId, leadData, leadTransport, true);
  const memberTransport = new Y.Doc();
  Y.applyUpdate(memberTransport, Y.encodeStateAsUpdate(leadTransport));
  const b = await client(
    customs,
    lead,
    opId,
    openTestData(undefined, 'Zoran Zeller'),
    memberTransport,
    false,
  );
  const net = wire(a, b);
  await net.settle();
  return { a, b, net, opId, plan, own, customs };
}

describe('plan mirror with the sync engine', () => {
  it('shares the plan sealed; a member edit arrives audited with the signer', async () => {
    const { a, b, net, opId, own } = await sharedDemo('edit');
    expect(await comparable(b, opId)).toEqual(await comparable(a, opId));
    await b.data.repos.plan.participations.update(own.id, (p) => ({
      ...p,
      specialEquipment: 'Röntgenmobil',
    }));
    await net.settle();
    expect((await a.data.repos.plan.participations.get(own.id)).specialEquipment).toBe(
      'Röntgenmobil',
    );
    const entry = (await a.data.repos.audit.forEntity(own.id)).find((e) => e.action === 'update');
    expect(entry?.actor).toMatch(
      /^von Zoran Zeller, Hauptzollamt Essen \(Schlüssel [0-9A-F]{4} [0-9A-F]{4}\)$/,
    );
    // Nothing typed is readable in what the server stores.
    const stored = new TextDecoder().decode(Y.encodeStateAsUpdate(a.transport));
    expect(stored).not.toContain('Röntgenmobil');
  }, 60_000);

  it('keeps a member with their agency parts out of the rest of the plan', async () => {
    const { a, b, net, plan, own } = await sharedDemo('agency');
    await b.data.repos.plan.participations.update(own.id, (p) => ({
      ...p,
      specialEquipment: 'Hund',
    }));
    await net.settle();
    expect((await a.data.repos.plan.participations.get(own.id)).specialEquipment).toBe('Hund');
    const team = plan.teams[0] as Team;
    await b.data.repos.plan.teams.update(team.id, (t) => ({ ...t, callSign: 'Zoll 9' }));
    await net.settle();
    expect((await a.data.repos.plan.teams.get(team.id)).callSign).toBe(team.callSign);
    // The member's own engine keeps an edit outside their rights back (part A, 7259f98).
    expect(b.events).toContainEqual(
      expect.objectContaining({ type: 'rejected', reason: 'outside_rights' }),
    );
  }, 60_000);

  it('counts what waits while offline and converges after reconnecting', async () => {
    const { a, b, net, opId } = await sharedDemo('edit');
    net.offline();
    await a.data.repos.operations.update(opId, (o) => ({ ...o, fileReference: 'AZ 1/26' }));
    await b.data.repos.operations.update(opId, (o) => ({
      ...o,
      framework: { ...o.framework, command: { ...o.framework.command, notes: 'Funkkanal 2' } },
    }));
    await net.settle();
    expect(b.engine.pendingCount).toBeGreaterThan(0);
    await net.reconnect();
    expect(await comparable(b, opId)).toEqual(await comparable(a, opId));
    expect((await b.data.repos.operations.get(opId)).fileReference).toBe('AZ 1/26');
    expect((await a.data.repos.operations.get(opId)).framework.command.notes).toBe('Funkkanal 2');
  }, 60_000);
});
