// Presence frames (issue 18, "who is connected"): a sealed, signed "connected now" that opens only
// for this operation, in a known epoch, from a current member, while fresh; the update and
// keyring readers refuse it.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPrivate } from '@shared/exchange/keys';
import { readEnvelope } from '@shared/sync/envelope';
import { FrameSigner, KeyCache, parseFrame } from '@shared/sync/frame';
import { entryEpoch, openEpochEntry, type Epoch } from '@shared/sync/keyring';
import {
  openPresence,
  PRESENCE_WINDOW_MS,
  sealPresence,
  type PresenceContext,
} from '@shared/sync/presence';
import { OP, openEpoch, person, writeEpoch, type Person } from './support';

let lead: Person;
let customs: Person;
let outsider: Person;
/** Epoch 1: lead and customs; epoch 2: customs revoked. */
let epoch1: Epoch;
let epoch2: Epoch;
const NOW = Date.UTC(2026, 11, 6, 7, 0);

beforeAll(async () => {
  [lead, customs, outsider] = await Promise.all([
    person('Lea Leitung', 'edit'),
    person('Zoe Zoll', 'agency', 'hza-essen'),
    person('Otto Außen', 'edit'),
  ]);
  const transport = new Y.Doc();
  await writeEpoch(lead, transport, 1, [lead, customs]);
  await writeEpoch(lead, transport, 2, [lead]);
  epoch1 = await openEpoch(transport, lead, lead, 1);
  epoch2 = await openEpoch(transport, lead, lead, 2);
});

const ctx = (over: Partial<PresenceContext> = {}): PresenceContext => ({
  operationId: OP,
  epochs: new Map([[1, epoch1]]),
  current: epoch1,
  keys: new KeyCache(),
  now: NOW,
  ...over,
});

async function presenceOf(who: Person, over: { op?: string; at?: number; epoch?: Epoch } = {}) {
  const signer = await FrameSigner.of(who.id.privateKey);
  const epoch = over.epoch ?? epoch1;
  return sealPresence(signer, epoch.key, {
    op: over.op ?? OP,
    epoch: epoch.epoch,
    author: who.id.fingerprint,
    device: 'dev-zoll',
    at: over.at ?? NOW,
  });
}

describe('presence frame', () => {
  it('opens what a current member sealed: fingerprint, device and time', async () => {
    const bytes = await presenceOf(customs);
    expect(await openPresence(bytes, ctx())).toEqual({
      fingerprint: customs.id.fingerprint,
      device: 'dev-zoll',
      at: NOW,
    });
  });

  it('shows the server only operation and epoch', async () => {
    const frame = parseFrame(await presenceOf(customs));
    expect(frame?.kind).toBe('presence');
    expect(frame?.header).toEqual({ op: OP, epoch: 1 });
  });

  it('refuses another operation, an unknown epoch and a wrong key', async () => {
    expect(await openPresence(await presenceOf(customs, { op: 'op-other' }), ctx())).toBeNull();
    const inEpoch2 = await presenceOf(lead, { epoch: epoch2 });
    expect(await openPresence(inEpoch2, ctx())).toBeNull();
    // Epoch 2's number, but opened with epoch 1's key: the body does not open.
    const wrongKey = ctx({
      epochs: new Map([[2, { ...epoch2, key: epoch1.key }]]),
      current: epoch2,
    });
    expect(await openPresence(inEpoch2, wrongKey)).toBeNull();
    const rightKey = ctx({ epochs: new Map([[2, epoch2]]), current: epoch2 });
    expect(await openPresence(inEpoch2, rightKey)).not.toBeNull();
  });

  it('goes stale outside ±90 s of the receiver clock', async () => {
    const bytes = await presenceOf(customs);
    expect(await openPresence(bytes, ctx({ now: NOW + PRESENCE_WINDOW_MS }))).not.toBeNull();
    expect(await openPresence(bytes, ctx({ now: NOW + PRESENCE_WINDOW_MS + 1 }))).toBeNull();
    expect(await openPresence(bytes, ctx({ now: NOW - PRESENCE_WINDOW_MS - 1 }))).toBeNull();
  });

  it('refuses every single changed byte', async () => {
    const valid = await presenceOf(customs);
    for (let at = 0; at < valid.length; at++) {
      const bytes = Uint8Array.from(valid);
      bytes[at] = (bytes[at] ?? 0) ^ 0x01;
      expect(await openPresence(bytes, ctx())).toBeNull();
    }
  });

  it("refuses a non-member's valid signature and a revoked member", async () => {
    // The outsider holds the epoch key somehow (leaked), signs with their own valid key.
    expect(await openPresence(await presenceOf(outsider), ctx())).toBeNull();
    // Customs sealed in epoch 1, was left out of epoch 2: no longer shown.
    const revoked = ctx({
      epochs: new Map([
        [1, epoch1],
        [2, epoch2],
      ]),
      current: epoch2,
    });
    expect(await openPresence(await presenceOf(customs), revoked)).toBeNull();
    expect(await openPresence(await presenceOf(customs), ctx({ current: null }))).toBeNull();
  });

  it('is refused by the update and keyring readers', async () => {
    const bytes = await presenceOf(customs);
    expect(readEnvelope(bytes)).toBeNull();
    expect(entryEpoch(bytes)).toBeNull();
    const opened = await openEpochEntry(
      bytes,
      {
        operationId: OP,
        epoch: 1,
        lead: { fingerprint: customs.id.fingerprint, publicKey: customs.id.publicKey },
      },
      { fingerprint: customs.id.fingerprint, privateKey: await readPrivate(customs.id.privateKey) },
      new KeyCache(),
    );
    expect(opened).toEqual({ ok: false, reason: 'bad_keyring' });
  });

  it('seals only for the signer', async () => {
    const signer = await FrameSigner.of(customs.id.privateKey);
    await expect(
      sealPresence(signer, epoch1.key, {
        op: OP,
        epoch: 1,
        author: lead.id.fingerprint,
        device: 'd',
        at: NOW,
      }),
    ).rejects.toThrow();
  });
});
