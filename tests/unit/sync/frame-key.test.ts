// Frame signatures as plain Ed25519 with the identity key (frame-key.ts, frame.ts): a frame signed
// with the private key verifies with the key read from the armored public key alone; another
// member's key, a changed byte, a shortened signature, a signature without the context prefix and
// a revoked key all fail; keys that are not Ed25519 are refused with a German message.
import { encryptKey, generateKey, readKey, type PrivateKey } from 'openpgp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { concatBytes, type Bytes } from '@shared/crypto/bytes';
import { generateIdentity, readPrivate, readPublic, revokeIdentity } from '@shared/exchange/keys';
import { PGP_CONFIG } from '@shared/exchange/pgp-config';
import {
  FRAME_SIGNATURE_CONTEXT,
  FrameSigner,
  KeyCache,
  frameAad,
  parseFrame,
  signatureHolds,
  type Frame,
} from '@shared/sync/frame';
import { ED25519, FrameKeyError, frameSigningKey, frameVerifyKey } from '@shared/sync/frame-key';
import { SYNC_FRAME_VERSION } from '@shared/sync/types';
import { OP, person, type Person } from './support';

let lead: Person;
let customs: Person;

beforeAll(async () => {
  [lead, customs] = await Promise.all([
    person('Lea Leitung', 'edit'),
    person('Zoe Zoll', 'agency', 'hza-essen'),
  ]);
});

const header = (author: string) => ({ op: OP, epoch: 1, author, device: 'dev-1', seq: 1 });

/** A sealed-looking frame (the body is not opened here, only signed and checked). */
async function frameBy(who: Person, body = Uint8Array.of(1, 2, 3, 4)): Promise<Frame> {
  const signer = await FrameSigner.of(who.id.privateKey);
  const frame = parseFrame(await signer.seal(frameAad('update', header(who.id.fingerprint)), body));
  if (!frame) throw new Error('gültiger Rahmen erwartet');
  return frame;
}

const withSignature = (frame: Frame, signature: Bytes): Frame => ({ ...frame, signature });

describe('frame signature (Ed25519 with the identity key)', () => {
  it('verifies with the key read from the armored public key only', async () => {
    const frame = await frameBy(customs);
    expect(frame.signature.byteLength).toBe(64);
    expect(frame.signed[3]).toBe(SYNC_FRAME_VERSION);
    const publicOnly = await readPublic(customs.id.publicKey);
    expect(publicOnly.isPrivate()).toBe(false);
    expect(await signatureHolds(frame, publicOnly)).toBe(true);
    // The same through the cache the engine uses.
    const cached = await new KeyCache().get(customs.id.fingerprint, customs.id.publicKey);
    if (!cached) throw new Error('Schlüssel erwartet');
    expect(await signatureHolds(frame, cached)).toBe(true);
  });

  it('fails for another member’s key and for another member’s signature', async () => {
    const byCustoms = await frameBy(customs);
    const byLead = await frameBy(lead);
    const customsKey = await readPublic(customs.id.publicKey);
    expect(await signatureHolds(byCustoms, await readPublic(lead.id.publicKey))).toBe(false);
    // The lead signs exactly the customs frame's bytes: still not customs' signature.
    const leadOverSame = await frameSigningKey(await readPrivate(lead.id.privateKey));
    const forged = new Uint8Array(
      await crypto.subtle.sign(
        ED25519,
        leadOverSame,
        concatBytes([FRAME_SIGNATURE_CONTEXT, byCustoms.signed]),
      ),
    );
    expect(await signatureHolds(withSignature(byCustoms, forged), customsKey)).toBe(false);
    expect(await signatureHolds(withSignature(byCustoms, byLead.signature), customsKey)).toBe(
      false,
    );
  });

  it('fails for a changed byte, a shortened or lengthened signature, and never throws', async () => {
    const frame = await frameBy(customs);
    const key = await readPublic(customs.id.publicKey);
    const flippedSignature = Uint8Array.from(frame.signature);
    flippedSignature[10] = (flippedSignature[10] ?? 0) ^ 1;
    const flippedBody = Uint8Array.from(frame.signed);
    flippedBody[flippedBody.length - 1] = (flippedBody[flippedBody.length - 1] ?? 0) ^ 1;
    const cases: Frame[] = [
      withSignature(frame, flippedSignature),
      { ...frame, signed: flippedBody },
      withSignature(frame, frame.signature.subarray(0, 63)),
      withSignature(frame, frame.signature.subarray(0, 32)),
      withSignature(frame, new Uint8Array(0)),
      withSignature(frame, concatBytes([frame.signature, Uint8Array.of(0)])),
      withSignature(frame, new Uint8Array(64)),
    ];
    for (const bad of cases) expect(await signatureHolds(bad, key)).toBe(false);
    // On the wire a shortened signature does not even parse: its length field no longer fits.
    const bytes = concatBytes([frame.signed, Uint8Array.of(0, 64), frame.signature]);
    expect(parseFrame(bytes)).not.toBeNull();
    expect(parseFrame(bytes.subarray(0, bytes.length - 1))).toBeNull();
    const shortField = concatBytes([frame.signed, Uint8Array.of(0, 63), frame.signature]);
    expect(parseFrame(shortField.subarray(0, shortField.length - 1))).toBeNull();
  });

  it('signs with the context prefix: a plain Ed25519 signature over the frame does not hold', async () => {
    const frame = await frameBy(customs);
    const key = await readPublic(customs.id.publicKey);
    const signing = await frameSigningKey(await readPrivate(customs.id.privateKey));
    const sign = async (bytes: Uint8Array) =>
      new Uint8Array(await crypto.subtle.sign(ED25519, signing, bytes));
    const plain = await sign(frame.signed);
    expect(await signatureHolds(withSignature(frame, plain), key)).toBe(false);
    // Control: the same key over prefix ‖ frame is accepted (Ed25519 is deterministic).
    const prefixed = await sign(concatBytes([FRAME_SIGNATURE_CONTEXT, frame.signed]));
    expect([...prefixed]).toEqual([...frame.signature]);
    expect(await signatureHolds(withSignature(frame, prefixed), key)).toBe(true);
  });

  it('refuses frames of the old version (OpenPGP signatures) as unknown', async () => {
    const frame = await frameBy(customs);
    const bytes = concatBytes([frame.signed, Uint8Array.of(0, 64), frame.signature]);
    const old = Uint8Array.from(bytes);
    old[3] = 1;
    expect(parseFrame(old)).toBeNull();
  });

  it('fails once the member’s key is revoked', async () => {
    const frame = await frameBy(customs);
    const revoked = await readPublic(await revokeIdentity(customs.id));
    expect(revoked.getFingerprint()).toBe(customs.id.fingerprint);
    expect(await signatureHolds(frame, revoked)).toBe(false);
  });

  it('does not keep a refusal: a key not yet valid on this clock verifies once it is', async () => {
    const hour = 3_600_000;
    const made = new Date(Date.now() + hour);
    const ahead = await generateIdentity({ name: 'Uhr vor', agency: 'Test', function: '' }, made);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(made.getTime() + hour);
      const signer = await FrameSigner.of(ahead.privateKey);
      const frame = parseFrame(
        await signer.seal(frameAad('update', header(ahead.fingerprint)), Uint8Array.of(5)),
      );
      if (!frame) throw new Error('gültiger Rahmen erwartet');
      const key = await readPublic(ahead.publicKey);
      vi.setSystemTime(made.getTime() - hour);
      expect(await signatureHolds(frame, key)).toBe(false);
      vi.setSystemTime(made.getTime() + hour);
      expect(await signatureHolds(frame, key)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('imports each public key once', async () => {
    const key = await readPublic(lead.id.publicKey);
    const first = frameVerifyKey(key);
    expect(frameVerifyKey(key)).toBe(first);
    expect(await first).not.toBeNull();
  });
});

describe('identity keys that cannot sign frames', () => {
  it('refuses a key that is not Ed25519, in German, and never verifies with it', async () => {
    const { privateKey, publicKey } = await generateKey({
      type: 'ecc',
      curve: 'nistP256',
      userIDs: [{ name: 'P-256' }],
      format: 'armored',
      config: PGP_CONFIG,
    });
    const refused = FrameSigner.of(privateKey);
    await expect(refused).rejects.toBeInstanceOf(FrameKeyError);
    await expect(refused).rejects.toThrow(/kein Ed25519-Schlüssel/);
    const frame = await frameBy(customs);
    expect(await signatureHolds(frame, await readPublic(publicKey))).toBe(false);
  });

  it('refuses a locked private key', async () => {
    const locked = await encryptKey({
      privateKey: await readPrivate(customs.id.privateKey),
      passphrase: 'geheim',
    });
    await expect(frameSigningKey(locked)).rejects.toThrow(/gesperrt/);
  });

  it('refuses a key whose secret does not belong to its public point', async () => {
    /** openpgp's private params of a secret key packet (untyped object in its typings). */
    const secretParams = (key: PrivateKey): object => {
      const packet = key.keyPacket;
      if (!('privateParams' in packet) || !packet.privateParams) throw new Error('geheim erwartet');
      return packet.privateParams;
    };
    const mixed = await readPrivate(customs.id.privateKey);
    const otherSeed: unknown = Reflect.get(
      secretParams(await readPrivate(lead.id.privateKey)),
      'seed',
    );
    expect(otherSeed).toBeInstanceOf(Uint8Array);
    Reflect.set(secretParams(mixed), 'seed', otherSeed);
    await expect(frameSigningKey(mixed)).rejects.toThrow(/passen nicht zusammen/);
  });

  it('signs with an RFC 9580 Ed25519 key too (the same curve, another packet format)', async () => {
    const { privateKey, publicKey } = await generateKey({
      type: 'curve25519',
      userIDs: [{ name: 'Neu' }],
      format: 'armored',
      config: PGP_CONFIG,
    });
    const pub = await readKey({ armoredKey: publicKey });
    expect(pub.getAlgorithmInfo().algorithm).toBe('ed25519');
    const signer = await FrameSigner.of(privateKey);
    const frame = parseFrame(
      await signer.seal(frameAad('update', header(signer.fingerprint)), Uint8Array.of(9)),
    );
    if (!frame) throw new Error('gültiger Rahmen erwartet');
    expect(await signatureHolds(frame, pub)).toBe(true);
    expect(await signatureHolds(frame, await readPublic(customs.id.publicKey))).toBe(false);
  });
});
