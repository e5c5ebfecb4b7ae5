// The sealed sync engine between real members (OpenPGP identities, AES-GCM epoch keys), with
// transport updates exchanged directly: edits propagate, nothing readable is in the transport,
// rights are enforced by the receiver, and the server's only power (to drop, copy or reorder
// log entries) is detected and reported.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncEngine } from '@shared/sync/engine';
import { sealEnvelope } from '@shared/sync/envelope';
import { FrameSigner, KeyCache } from '@shared/sync/frame';
import { createEpochEntry } from '@shared/sync/keyring';
import { TRANSPORT, type SyncEvent } from '@shared/sync/types';
import {
  epochKey,
  Network,
  OP,
  person,
  record,
  rejections,
  writeEpoch,
  type Person,
} from './support';

let lead: Person;
let customs: Person;
let reader: Person;
let stranger: Person;

beforeAll(async () => {
  [lead, customs, reader, stranger] = await Promise.all([
    person('Lea Leitung', 'edit'),
    person('Zoe Zoll', 'agency', 'hza-essen'),
    person('Rudi Lesend', 'read', 'ordnungsamt'),
    person('Fremd', 'edit'),
  ]);
});

async function threeMembers(): Promise<{ net: Network; transport: Y.Doc }> {
  const transport = new Y.Doc();
  await writeEpoch(lead, transport, 1, [lead, customs, reader]);
  return { net: new Network(lead), transport };
}

const log = (doc: Y.Doc): Y.Array<Uint8Array> => doc.getArray<Uint8Array>(TRANSPORT.log);
const reasons = (events: SyncEvent[]): string[] =>
  events.flatMap((e) => (e.type === 'rejected' ? [e.reason] : []));

function containsBytes(haystack: Uint8Array, needle: string): boolean {
  const n = new TextEncoder().encode(needle);
  outer: for (let i = 0; i + n.length <= haystack.length; i++) {
    for (let j = 0; j < n.length; j++) if (haystack[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

describe('sealed sync engine', () => {
  it('carries edits both ways, and the transport holds no readable plan text', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    const z = await net.join('zoll', customs);
    record(a.plan, 'operations', 'op1').set('title', 'MARKER-Kontrolle Altendorf');
    record(a.plan, 'participations', 'p-zoll').set('agencyId', 'hza-essen');
    await net.settle();
    record(z.plan, 'participations', 'p-zoll').set('strength', 6);
    await net.settle();

    expect(z.plan.getMap('operations').toJSON()).toEqual({
      op1: { title: 'MARKER-Kontrolle Altendorf' },
    });
    expect(a.plan.getMap('participations').toJSON()).toEqual({
      'p-zoll': { agencyId: 'hza-essen', strength: 6 },
    });
    const stored = Y.encodeStateAsUpdate(a.transport);
    expect(containsBytes(Y.encodeStateAsUpdate(a.plan), 'MARKER')).toBe(true);
    expect(containsBytes(stored, 'MARKER')).toBe(false);
    expect(containsBytes(stored, 'hza-essen')).toBe(false);
    expect(rejections(a)).toEqual([]);
    expect(rejections(z)).toEqual([]);
    const applied = a.events.find((e) => e.type === 'applied');
    expect(applied).toMatchObject({ author: { name: 'Zoe Zoll', agencyId: 'hza-essen' } });
  });

  it('refuses an update outside the author’s rights, and any update from a reader', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    await net.join('zoll', customs);
    record(a.plan, 'operations', 'op1').set('title', 'Kontrolle');
    record(a.plan, 'participations', 'p-ord').set('agencyId', 'ordnungsamt');
    await net.settle();

    // Modified clients: validly sealed and signed, but outside the author's rights.
    const outside = async (
      who: Person,
      edit: (plan: Y.Doc) => void,
      device = 'modified',
    ): Promise<Uint8Array> => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(a.plan));
      const before = Y.encodeStateVector(copy);
      edit(copy);
      const header = { kind: 'update' as const, op: OP, epoch: 1, author: who.id.fingerprint };
      return sealEnvelope(
        await FrameSigner.of(who.id.privateKey),
        await epochKey(a.transport, lead, who, 1),
        { ...header, device, seq: 1, prev: '' },
        Y.encodeStateAsUpdate(copy, before),
      );
    };
    log(a.transport).push([
      await outside(customs, (d) => record(d, 'operations', 'op1').set('title', 'vom Zoll')),
      await outside(reader, (d) => record(d, 'participations', 'p-ord').set('strength', 99)),
    ]);
    await a.engine.flush();
    // Taking over another agency's record is outside too.
    log(a.transport).push([
      await outside(
        customs,
        (d) => record(d, 'participations', 'p-ord').set('agencyId', 'hza-essen'),
        'modified-2',
      ),
    ]);
    await a.engine.flush();

    expect(a.plan.getMap('operations').toJSON()).toEqual({ op1: { title: 'Kontrolle' } });
    expect(a.plan.getMap('participations').toJSON()).toEqual({
      'p-ord': { agencyId: 'ordnungsamt' },
    });
    expect(a.events.filter((e) => e.type === 'rejected')).toEqual([
      expect.objectContaining({ reason: 'outside_rights', author: customs.id.fingerprint }),
      expect.objectContaining({ reason: 'outside_rights', author: reader.id.fingerprint }),
      expect.objectContaining({ reason: 'outside_rights', author: customs.id.fingerprint }),
    ]);
  });

  it('does not send an own edit outside the member’s rights, and later edits still arrive', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    const z = await net.join('zoll', customs);
    record(a.plan, 'operations', 'op1').set('title', 'Kontrolle');
    await net.settle();

    record(z.plan, 'operations', 'op1').set('title', 'vom Zoll umbenannt');
    await net.settle();
    // Again on the refused value: it builds on something the others never got, so it stays too.
    record(z.plan, 'operations', 'op1').set('title', 'nochmal');
    await net.settle();
    expect(reasons(z.events)).toEqual(['outside_rights', 'outside_rights']);
    expect(z.events).toContainEqual(
      expect.objectContaining({ type: 'rejected', author: customs.id.fingerprint }),
    );
    record(z.plan, 'participations', 'p-zoll').set('agencyId', 'hza-essen');
    record(z.plan, 'participations', 'p-zoll').set('strength', 6);
    await net.settle();

    expect(a.plan.getMap('operations').toJSON()).toEqual({ op1: { title: 'Kontrolle' } });
    expect(a.plan.getMap('participations').toJSON()).toEqual({
      'p-zoll': { agencyId: 'hza-essen', strength: 6 },
    });
    expect(rejections(a)).toEqual([]);
  });

  it('reports forged, replayed, reordered and forked envelopes and applies none of them', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    const z = await net.join('zoll', customs);
    record(a.plan, 'participations', 'p-zoll').set('agencyId', 'hza-essen');
    await net.settle();
    const p = record(z.plan, 'participations', 'p-zoll');
    for (const n of [1, 2, 3]) {
      p.set('strength', n);
      await z.engine.flush();
    }
    const own = log(z.transport).toArray().slice(-3);
    expect(own).toHaveLength(3);

    // A fresh member sees the log the server hands out: entries 1, 3 — then 2 late.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(a.transport));
    const r = await net.join('reader', reader, fresh, false);
    const [first, second, third] = own;
    if (!first || !second || !third) throw new Error('drei Einträge erwartet');
    log(r.transport).push([first, third]);
    await r.engine.flush();
    expect(reasons(r.events)).toEqual(['reordered']);
    expect(record(r.plan, 'participations', 'p-zoll').get('strength')).toBe(1);
    log(r.transport).push([second]);
    await r.engine.flush();
    expect(record(r.plan, 'participations', 'p-zoll').get('strength')).toBe(3);

    // Replay of an applied entry; one flipped bit; a stranger's signature; a fork of the chain.
    log(r.transport).push([first]);
    const flipped = Uint8Array.from(third);
    flipped[flipped.length - 80] = (flipped[flipped.length - 80] ?? 0) ^ 1;
    log(r.transport).push([flipped]);
    const key = await epochKey(r.transport, lead, reader, 1);
    const header = {
      kind: 'update' as const,
      op: OP,
      epoch: 1,
      author: stranger.id.fingerprint,
      device: 'x',
      seq: 1,
      prev: '',
    };
    const evil = new Y.Doc();
    evil.getMap('operations').set('op1', 'übernommen');
    const update = Y.encodeStateAsUpdate(evil);
    const strangerSigner = await FrameSigner.of(stranger.id.privateKey);
    log(r.transport).push([await sealEnvelope(strangerSigner, key, header, update)]);
    const zollSigner = await FrameSigner.of(customs.id.privateKey);
    const fork = {
      ...header,
      author: customs.id.fingerprint,
      device: 'dev-zoll',
      seq: 4,
      prev: 'a'.repeat(64),
    };
    log(r.transport).push([await sealEnvelope(zollSigner, key, fork, update)]);
    const otherOp = { ...fork, op: 'op-other', seq: 5 };
    log(r.transport).push([await sealEnvelope(zollSigner, key, otherOp, update)]);
    log(r.transport).push([Uint8Array.of(1, 2, 3)]);
    await r.engine.flush();

    expect(reasons(r.events)).toEqual([
      'reordered',
      'replayed',
      'bad_signature',
      'not_member',
      'chain_broken',
      'wrong_operation',
      'malformed',
    ]);
    expect(r.plan.getMap('operations').toJSON()).toEqual({});
    expect(record(r.plan, 'participations', 'p-zoll').get('strength')).toBe(3);
  });

  it('moves to a new epoch on revocation: the revoked member can neither read nor write', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    const z = await net.join('zoll', customs);
    const r = await net.join('reader', reader);
    record(a.plan, 'operations', 'op1').set('title', 'vorher');
    record(a.plan, 'participations', 'p-zoll').set('agencyId', 'hza-essen');
    await net.settle();
    record(z.plan, 'participations', 'p-zoll').set('strength', 4);
    await net.settle();

    expect(await a.engine.startEpoch([lead.member, reader.member])).toBe(2);
    await net.settle();
    expect(z.events).toContainEqual({ type: 'revoked', epoch: 2 });
    expect(z.engine.revokedIn).toBe(2);
    expect(a.engine.revokedIn).toBeNull();
    expect(a.engine.epoch).toBe(2);
    record(a.plan, 'operations', 'op1').set('title', 'NEU-nach-Widerruf');
    record(z.plan, 'participations', 'p-zoll').set('strength', 5);
    await net.settle();

    expect(r.plan.getMap('operations').toJSON()).toEqual({ op1: { title: 'NEU-nach-Widerruf' } });
    // What the revoked member synced before stays with them; nothing of the new epoch arrives.
    expect(z.plan.getMap('operations').toJSON()).toEqual({ op1: { title: 'vorher' } });
    expect(reasons(z.events)).toContain('unknown_epoch');
    // Their edit is not even sealed (no key of the current epoch) and waits as pending.
    expect(z.engine.pendingCount).toBeGreaterThan(0);
    expect(record(a.plan, 'participations', 'p-zoll').get('strength')).toBe(4);
    // A newcomer gets what the revoked member wrote before, from the lead's snapshot of epoch 2,
    // and refuses nothing: the revoked member's own entries are gone from the log.
    const later = await net.join('reader-2', reader);
    await net.settle();
    expect(record(later.plan, 'participations', 'p-zoll').get('strength')).toBe(4);
    expect(later.plan.getMap('operations').toJSON()).toEqual({
      op1: { title: 'NEU-nach-Widerruf' },
    });
    expect(rejections(later)).toEqual([]);
  });

  it('ignores keyring entries not signed by the lead; they cannot displace the lead’s', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    const z = await net.join('zoll', customs);
    const r = await net.join('reader', reader);
    await net.settle();
    // The customs member forges "epoch 2" without the reader, and appends junk.
    const forged = await createEpochEntry(
      await FrameSigner.of(customs.id.privateKey),
      OP,
      2,
      [customs.member, lead.member],
      new KeyCache(),
    );
    z.transport.getArray<Uint8Array>(TRANSPORT.keyring).push([forged, Uint8Array.of(9, 9)]);
    await net.settle();
    expect(r.engine.epoch).toBe(1);
    expect(r.events).not.toContainEqual(expect.objectContaining({ type: 'revoked' }));
    expect(reasons(r.events)).toEqual(['bad_keyring', 'bad_keyring']);
    // The lead's real epoch 2 is read beside the forged one.
    expect(await a.engine.startEpoch([lead.member, reader.member])).toBe(3);
    record(a.plan, 'operations', 'op1').set('title', 'Epoche 3');
    await net.settle();
    expect(r.engine.epoch).toBe(3);
    expect(r.plan.getMap('operations').toJSON()).toEqual({ op1: { title: 'Epoche 3' } });
  });

  it('refuses a revoked member’s late write sealed with the old epoch key', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    const z = await net.join('zoll', customs);
    await net.settle();
    const oldKey = await epochKey(z.transport, lead, customs, 1);
    await writeEpoch(lead, a.transport, 2, [lead, reader]);
    await net.settle();
    const late = new Y.Doc();
    late.getMap('participations').set('p', 'spät');
    const signer = await FrameSigner.of(customs.id.privateKey);
    const header = { kind: 'update' as const, op: OP, epoch: 1, author: customs.id.fingerprint };
    const bytes = await sealEnvelope(
      signer,
      oldKey,
      { ...header, device: 'dev-zoll-2', seq: 1, prev: '' },
      Y.encodeStateAsUpdate(late),
    );
    log(a.transport).push([bytes]);
    await a.engine.flush();
    expect(reasons(a.events)).toEqual(['not_member']);
    expect(a.plan.getMap('participations').toJSON()).toEqual({});
  });

  it('keeps the value Yjs dropped in a concurrent edit of one field as a conflict event', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    const b = await net.join('lead-2', lead);
    record(a.plan, 'operations', 'op1').set('meetingPoint', 'Hof');
    await net.settle();
    a.engine.markSynced();
    net.setOnline(a, false);
    net.setOnline(b, false);
    record(a.plan, 'operations', 'op1').set('meetingPoint', 'Parkplatz Nord');
    record(b.plan, 'operations', 'op1').set('meetingPoint', 'Wache Süd');
    await Promise.all([a.engine.flush(), b.engine.flush()]);
    expect(a.engine.pendingCount).toBe(1);
    await net.settle();

    const kept = record(a.plan, 'operations', 'op1').get('meetingPoint');
    expect(record(b.plan, 'operations', 'op1').get('meetingPoint')).toBe(kept);
    const conflicts = [...a.events, ...b.events].filter((e) => e.type === 'conflict');
    expect(conflicts.length).toBeGreaterThanOrEqual(1);
    for (const c of conflicts) {
      expect(c).toMatchObject({
        table: 'operations',
        recordId: 'op1',
        field: 'meetingPoint',
        kept,
      });
      if (c.type === 'conflict') {
        expect(c.lost).toBe(kept === 'Wache Süd' ? 'Parkplatz Nord' : 'Wache Süd');
        expect(c.lostBy?.name).toBe('Lea Leitung');
      }
    }
    // A plain overwrite after seeing the value is no conflict.
    const before = conflicts.length;
    record(a.plan, 'operations', 'op1').set('meetingPoint', 'Rathaus');
    await net.settle();
    expect([...a.events, ...b.events].filter((e) => e.type === 'conflict')).toHaveLength(before);
    a.engine.markSynced();
    expect(a.engine.pendingCount).toBe(0);
  });

  it('restarts from its saved heads without reporting what it had applied', async () => {
    const { net, transport } = await threeMembers();
    const a = await net.join('lead', lead, transport);
    const z = await net.join('zoll', customs);
    record(z.plan, 'participations', 'p-zoll').set('agencyId', 'hza-essen');
    await net.settle();
    const state = a.engine.exportState();
    a.engine.stop();
    const again = await SyncEngine.start({
      operationId: OP,
      planDoc: a.plan,
      transportDoc: a.transport,
      identity: lead.id,
      deviceId: 'dev-lead',
      lead: { fingerprint: lead.id.fingerprint, publicKey: lead.id.publicKey },
      state,
    });
    const events: SyncEvent[] = [];
    again.on((e) => events.push(e));
    record(a.plan, 'operations', 'op1').set('title', 'weiter');
    await again.flush();
    expect(events.filter((e) => e.type === 'rejected')).toEqual([]);
    expect(again.exportState().heads[`${lead.id.fingerprint}/dev-lead`]?.seq).toBe(1);
  });
});
