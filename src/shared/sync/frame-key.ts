// The Ed25519 key material of a member's OpenPGP identity key, as WebCrypto keys for sync frame
// signatures (frame.ts). Sync frames are signed with plain Ed25519 instead of OpenPGP because a
// member seals and every other member checks up to several frames a second: WebCrypto takes a
// tenth (signing) to a fifth (checking) of openpgp.js's time (bench: sync-frame.bench.test.ts).
// The key stays the identity key everyone already holds and compared by fingerprint: a second key
// type would need its own distribution and its own binding to the person.
//
// Where openpgp v6 keeps the material (packet/key material parsing in openpgp's sources):
// - v4 `eddsaLegacy` (22, curve ed25519Legacy — what exchange/keys.ts generates): public param
//   `Q` = 0x40 ‖ 32-byte point A (left-padded to 33 bytes by openpgp), private param `seed` =
//   the 32-byte RFC 8032 secret (left-padded to 32);
// - `ed25519` (27, RFC 9580): public param `A` (32 bytes), private param `seed` (32 bytes).
// Anything else (RSA, NIST curves, Ed448, post-quantum) is refused, never signed some other way.
import { enums, type Key, type PrivateKey, type Subkey } from 'openpgp';
import { concatBytes, utf8Encode, type Bytes } from '../crypto/bytes';

/**
 * WebCrypto's CryptoKey, named so that it type-checks with Node's types (main, unit tests) and
 * the DOM's alike, as `SecretKey` in crypto/aead.ts.
 */
export type WebCryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** The WebCrypto algorithm (Node 20, Chromium, Electron): pure Ed25519, RFC 8032. */
export const ED25519 = { name: 'Ed25519' } as const;
const KEY_BYTES = 32;
/** RFC 8410 PKCS #8 prefix for an Ed25519 private key; the 32-byte seed follows. */
const PKCS8_ED25519 = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);
/** openpgp's first byte of a legacy EdDSA `Q`: the point follows in its native RFC 8032 form. */
const NATIVE_POINT = 0x40;

/** An identity key without a usable Ed25519 signing key: frames are never signed otherwise. */
export class FrameKeyError extends Error {
  override name = 'FrameKeyError';
}

/** A primary key's or a subkey's packet: openpgp may pick either as the signing key. */
type KeyPacket = (Key | Subkey)['keyPacket'];

/** A byte field of openpgp's untyped params object, or null. */
function field(params: object | null, name: string): Uint8Array | null {
  if (params === null || !(name in params)) return null;
  const value: unknown = Reflect.get(params, name);
  return value instanceof Uint8Array ? value : null;
}

/** The 32-byte Ed25519 public point of a signing key packet; null when it is not Ed25519. */
function publicPoint(packet: KeyPacket): Bytes | null {
  if (packet.algorithm === enums.publicKey.eddsaLegacy) {
    // The OID is checked by openpgp on reading too; asked again so a parser change cannot slip by.
    if (packet.getAlgorithmInfo().curve !== enums.curve.ed25519Legacy) return null;
    const q = field(packet.publicParams, 'Q');
    if (!q || q.byteLength !== KEY_BYTES + 1 || q[0] !== NATIVE_POINT) return null;
    return Uint8Array.from(q.subarray(1));
  }
  if (packet.algorithm === enums.publicKey.ed25519) {
    const a = field(packet.publicParams, 'A');
    return a && a.byteLength === KEY_BYTES ? Uint8Array.from(a) : null;
  }
  return null;
}

/** The packet openpgp itself would sign with (valid, not revoked or expired, signing-capable). */
async function signingPacket(key: Key): Promise<KeyPacket> {
  try {
    return (await key.getSigningKey()).keyPacket;
  } catch {
    throw new FrameKeyError('Der Identitätsschlüssel hat keinen gültigen Signaturschlüssel.');
  }
}

const notEd25519 = () =>
  new FrameKeyError(
    'Der Identitätsschlüssel ist kein Ed25519-Schlüssel; gemeinsame Planung kann damit nicht signieren.',
  );

const importPublic = (point: Bytes): Promise<WebCryptoKey> =>
  crypto.subtle.importKey('raw', point, ED25519, false, ['verify']);

// One import per key object: the WeakMap lets the CryptoKey go with the openpgp Key it came from.
const publicKeys = new WeakMap<Key, Promise<WebCryptoKey | null>>();

/**
 * The verifying CryptoKey of a member's public identity key, imported once per Key object;
 * null when the key has no valid Ed25519 signing key now (revoked, expired, not yet valid on this
 * clock, another algorithm): such a member's frames do not verify. A raw signature carries no
 * signing time, so a revoked key verifies nothing, not even frames made before the revocation.
 */
export function frameVerifyKey(key: Key): Promise<WebCryptoKey | null> {
  let imported = publicKeys.get(key);
  if (!imported) {
    imported = (async () => {
      const point = publicPoint(await signingPacket(key));
      return point ? importPublic(point) : null;
    })().catch(() => null);
    publicKeys.set(key, imported);
    // A refusal is not kept: a key made a moment ago on a clock ahead of ours is valid later.
    void imported.then((k) => {
      if (!k) publicKeys.delete(key);
    });
  }
  return imported;
}

/**
 * The signing CryptoKey (non-extractable) of the own identity key. Throws FrameKeyError when the
 * key is not Ed25519, is locked, or its secret does not match its public point.
 */
export async function frameSigningKey(key: PrivateKey): Promise<WebCryptoKey> {
  const packet = await signingPacket(key);
  const point = publicPoint(packet);
  if (!point) throw notEd25519();
  const seed = 'privateParams' in packet ? field(packet.privateParams, 'seed') : null;
  if (!seed || seed.byteLength !== KEY_BYTES) {
    throw new FrameKeyError('Der geheime Teil des Identitätsschlüssels fehlt oder ist gesperrt.');
  }
  const signing = await crypto.subtle.importKey(
    'pkcs8',
    concatBytes([PKCS8_ED25519, seed]),
    ED25519,
    false,
    ['sign'],
  );
  // PKCS #8 derives its own public point from the seed; a key whose published point differs
  // would sign frames nobody can check, so that is found here, once, not by every receiver.
  const probe = utf8Encode('Verbundplaner frame key probe');
  const signature = await crypto.subtle.sign(ED25519, signing, probe);
  if (!(await crypto.subtle.verify(ED25519, await importPublic(point), signature, probe))) {
    throw new FrameKeyError(
      'Geheimer und öffentlicher Teil des Identitätsschlüssels passen nicht zusammen.',
    );
  }
  return signing;
}
