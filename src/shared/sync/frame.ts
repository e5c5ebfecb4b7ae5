// The binary frame every sealed sync item travels in (envelopes and keyring entries; layout in
// README.md): a readable, authenticated header, an AES-GCM body and an Ed25519 signature by the
// author's identity key over everything before it. Parsing is strict and bounded, so hostile
// bytes are cheap to refuse.
import type { Key } from 'openpgp';
import { asBytes, concatBytes, sha256Hex, utf8Decode, utf8Encode } from '../crypto/bytes';
import type { Bytes } from '../crypto/bytes';
import { readPrivate, readPublic } from '../exchange/keys';
import { ED25519, frameSigningKey, frameVerifyKey, type WebCryptoKey } from './frame-key';
import { SYNC_FRAME_VERSION } from './types';

const MAGIC = [0x56, 0x50, 0x53] as const; // "VPS"
// 4: presence (presence.ts), sent through Yjs awareness, never stored in the transport doc.
export const FRAME_KINDS = { update: 1, snapshot: 2, keyring: 3, presence: 4 } as const;
export type FrameKind = keyof typeof FRAME_KINDS;

const MAX_HEADER_BYTES = 60_000;
/** A snapshot of a large plan stays far below this; anything larger is not ours. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** A raw Ed25519 signature; the length field stays so the layout can carry another size later. */
const SIGNATURE_BYTES = 64;

/**
 * Signed before the frame's bytes (domain separation). The same identity key also makes OpenPGP
 * signatures (exchange packages, approvals, server challenges, key transitions), and OpenPGP's
 * EdDSA signs the hash digest of the signed data (SHA-256 or stronger). Every frame signature is
 * over bytes that start with this text, so a frame signature can never stand as one of those,
 * and none of those as a frame signature: either would need a digest that begins with these 25
 * bytes (a preimage search, out of reach). Without it the two would be kept apart only by
 * accident (every frame happens to be longer than any digest), and any later raw use of the key
 * for something else could produce bytes that pass as a frame signature.
 */
export const FRAME_SIGNATURE_CONTEXT = utf8Encode('Verbundplaner sync frame\0');

export interface Frame {
  kind: FrameKind;
  /** The header as parsed JSON (still unchecked: each reader applies its own schema). */
  header: unknown;
  /** Bytes before the body: the body's additional data. */
  aad: Bytes;
  /** Sealed body (crypto/aead.ts format). */
  body: Bytes;
  /** Bytes before the signature: what it signs. */
  signed: Bytes;
  signature: Bytes;
}

const u16 = (n: number): Bytes => Uint8Array.of((n >> 8) & 255, n & 255);
const u32 = (n: number): Bytes =>
  Uint8Array.of((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);

/** Magic, version, kind and header: the additional data the body is sealed with. */
export function frameAad(kind: FrameKind, header: object): Bytes {
  const json = utf8Encode(JSON.stringify(header));
  if (json.byteLength > MAX_HEADER_BYTES) throw new RangeError('Sync-Kopf zu groß');
  return concatBytes([
    Uint8Array.from(MAGIC),
    Uint8Array.of(SYNC_FRAME_VERSION, FRAME_KINDS[kind]),
    u16(json.byteLength),
    json,
  ]);
}

/** Holds the imported signing key once: parsing an armored key costs more than a signature. */
export class FrameSigner {
  private constructor(
    readonly fingerprint: string,
    private readonly key: WebCryptoKey,
  ) {}

  /** Throws (German message) when the identity key holds no usable Ed25519 signing key. */
  static async of(privateKeyArmored: string): Promise<FrameSigner> {
    const key = await readPrivate(privateKeyArmored);
    return new FrameSigner(key.getFingerprint(), await frameSigningKey(key));
  }

  async seal(aad: Bytes, body: Bytes): Promise<Bytes> {
    if (body.byteLength > MAX_BODY_BYTES) throw new RangeError('Sync-Inhalt zu groß');
    // The signature covers context ‖ frame; the frame sent is what follows the context.
    const context = FRAME_SIGNATURE_CONTEXT.byteLength;
    const withContext = concatBytes([FRAME_SIGNATURE_CONTEXT, aad, u32(body.byteLength), body]);
    const signature = new Uint8Array(await crypto.subtle.sign(ED25519, this.key, withContext));
    return concatBytes([withContext.subarray(context), u16(signature.byteLength), signature]);
  }
}

/** Splits a frame; null for anything that is not a well-formed frame of ours. */
export function parseFrame(bytes: Uint8Array): Frame | null {
  const b = asBytes(bytes);
  if (b.byteLength < 12 || MAGIC.some((m, i) => b[i] !== m)) return null;
  if (b[3] !== SYNC_FRAME_VERSION) return null;
  const kind = (Object.keys(FRAME_KINDS) as FrameKind[]).find((k) => FRAME_KINDS[k] === b[4]);
  if (!kind) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const headerLen = view.getUint16(5);
  const headerEnd = 7 + headerLen;
  if (headerLen > MAX_HEADER_BYTES || headerEnd + 4 > b.byteLength) return null;
  const bodyLen = view.getUint32(headerEnd);
  const bodyEnd = headerEnd + 4 + bodyLen;
  if (bodyLen > MAX_BODY_BYTES || bodyEnd + 2 > b.byteLength) return null;
  const sigLen = view.getUint16(bodyEnd);
  if (sigLen !== SIGNATURE_BYTES || bodyEnd + 2 + sigLen !== b.byteLength) {
    return null;
  }
  let header: unknown;
  try {
    header = JSON.parse(utf8Decode(b.subarray(7, headerEnd)));
  } catch {
    return null;
  }
  return {
    kind,
    header,
    aad: b.subarray(0, headerEnd),
    body: b.subarray(headerEnd + 4, bodyEnd),
    signed: b.subarray(0, bodyEnd),
    signature: b.subarray(bodyEnd + 2),
  };
}

/** Parsed public keys by fingerprint: each member key is read once per session. */
export class KeyCache {
  private readonly keys = new Map<string, Promise<Key | null>>();

  get(fingerprint: string, armored: string): Promise<Key | null> {
    let key = this.keys.get(fingerprint);
    if (!key) {
      key = readPublic(armored)
        .then((k) => (k.getFingerprint() === fingerprint && !k.isPrivate() ? k : null))
        .catch(() => null);
      this.keys.set(fingerprint, key);
      // Only a key that matched its fingerprint is kept: a bad entry must not shadow a good one.
      void key.then((k) => {
        if (!k) this.keys.delete(fingerprint);
      });
    }
    return key;
  }
}

/**
 * True only when the frame's signature is a valid Ed25519 signature by exactly `key`'s signing
 * key (imported once per Key object, frame-key.ts). Never throws: any failure is `false`.
 */
export async function signatureHolds(frame: Frame, key: Key): Promise<boolean> {
  try {
    const verifier = await frameVerifyKey(key);
    if (!verifier || frame.signature.byteLength !== SIGNATURE_BYTES) return false;
    return await crypto.subtle.verify(
      ED25519,
      verifier,
      asBytes(frame.signature),
      concatBytes([FRAME_SIGNATURE_CONTEXT, frame.signed]),
    );
  } catch {
    return false;
  }
}

/** The frame's identity for chains and compaction: SHA-256 of all its bytes. */
export const frameHash = (bytes: Uint8Array): Promise<string> => sha256Hex(bytes);
