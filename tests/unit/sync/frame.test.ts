// The frame and the keyring on their own: hostile bytes are refused without throwing, every
// byte of an envelope is covered by its signature, and a keyring entry opens only for its
// recipients, only when the lead signed it, and shows the server no names.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importAesKey, unseal } from '@shared/crypto/aead';
import { randomBytes } from '@shared/crypto/bytes';
import { readPrivate } from '@shared/exchange/keys';
import { readEnvelope, sealEnvelope } from '@shared/sync/envelope';
import { FrameSigner, KeyCache, parseFrame, signatureHolds } from '@shared/sync/frame';
import { createEpochEntry, openEpochEntry } from '@shared/sync/keyring';
import { fcRuns } from '../../support/fc-runs';
import { OP, person, type Person } from './support';

let lead: Person;
let customs: Person;
let outsider: Person;

beforeAll(async () => {
  [lead, customs, outsider] = await Promise.all([
    person('Lea Leitung', 'edit'),
    person('Zoe Zoll', 'agency', 'hza-essen'),
    person('Otto Außen', 'edit'),
  ]);
});

const header = (author: string) => ({
  kind: 'update' as const,
  op: OP,
  epoch: 1,
  author,
  device: 'dev-1',
  seq: 1,
  prev: '',
});

describe('sync frame', () => {
  it('refuses random bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(readEnvelope(bytes)).toBeNull();
      }),
      { numRuns: fcRuns(300) },
    );
  });

  it('no single changed byte of an envelope survives parsing and signature check', async () => {
    const signer = await FrameSigner.of(customs.id.privateKey);
    const key = await importAesKey(randomBytes(32));
    const valid = await sealEnvelope(signer, key, header(customs.id.fingerprint), randomBytes(40));
    const parsed = parseFrame(valid);
    const pub = await new KeyCache().get(customs.id.fingerprint, customs.id.publicKey);
    if (!parsed || !pub) throw new Error('gültiger Rahmen erwartet');
    expect(await signatureHolds(parsed, pub)).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: valid.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, flip) => {
          const bytes = Uint8Array.from(valid);
          bytes[at] = (bytes[at] ?? 0) ^ flip;
          const frame = parseFrame(bytes);
          expect(frame === null || !(await signatureHolds(frame, pub))).toBe(true);
        },
      ),
      { numRuns: fcRuns(150) },
    );
  });
});

describe('keyring entry', () => {
  const members = () => [lead.member, customs.member];
  const expectFor = (epoch: number) => ({
    operationId: OP,
    epoch,
    lead: { fingerprint: lead.id.fingerprint, publicKey: lead.id.publicKey },
  });
  const own = async (p: Person) => ({
    fingerprint: p.id.fingerprint,
    privateKey: await readPrivate(p.id.privateKey),
  });

  it('opens for each member with the same key, and names nobody in the readable part', async () => {
    const entry = await createEpochEntry(
      await FrameSigner.of(lead.id.privateKey),
      OP,
      1,
      members(),
      new KeyCache(),
    );
    const forLead = await openEpochEntry(entry, expectFor(1), await own(lead), new KeyCache());
    const forCustoms = await openEpochEntry(
      entry,
      expectFor(1),
      await own(customs),
      new KeyCache(),
    );
    if (!forLead.ok || !forCustoms.ok) throw new Error('beide Mitglieder müssen öffnen');
    expect(forCustoms.value.members).toEqual(members());
    // Same key: what one seals, the other opens.
    const sealed = await sealEnvelope(
      await FrameSigner.of(lead.id.privateKey),
      forLead.value.key,
      header(lead.id.fingerprint),
      Uint8Array.of(1, 2, 3),
    );
    const read = readEnvelope(sealed);
    if (!read) throw new Error('Umschlag erwartet');
    expect([...(await unseal(forCustoms.value.key, read.frame.body, read.frame.aad))]).toEqual([
      1, 2, 3,
    ]);

    const readable = JSON.stringify(parseFrame(entry)?.header);
    for (const secret of ['Zoe Zoll', 'Lea Leitung', 'hza-essen', 'agency']) {
      expect(readable).not.toContain(secret);
    }
    expect(readable).toContain(customs.id.fingerprint);
  });

  it('is refused when not signed by the lead, moved to another epoch, or not for us', async () => {
    const byOutsider = await createEpochEntry(
      await FrameSigner.of(outsider.id.privateKey),
      OP,
      1,
      [outsider.member, customs.member],
      new KeyCache(),
    );
    const byLead = await createEpochEntry(
      await FrameSigner.of(lead.id.privateKey),
      OP,
      2,
      members(),
      new KeyCache(),
    );
    const open = async (entry: Uint8Array, epoch: number, who: Person) =>
      openEpochEntry(entry, expectFor(epoch), await own(who), new KeyCache());
    expect(await open(byOutsider, 1, customs)).toEqual({ ok: false, reason: 'bad_keyring' });
    expect(await open(byLead, 3, customs)).toEqual({ ok: false, reason: 'bad_keyring' });
    expect(await open(byLead, 2, outsider)).toEqual({
      ok: false,
      reason: 'not_recipient',
      epoch: 2,
      recipients: [lead.id.fingerprint, customs.id.fingerprint],
    });
    expect((await open(byLead, 2, customs)).ok).toBe(true);
  });
});
