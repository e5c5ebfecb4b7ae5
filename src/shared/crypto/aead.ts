// AES-256-GCM with a versioned envelope: [0x01][12-byte random IV][ciphertext + 16-byte tag].
// unseal() turns every failure into IntegrityError, so callers can never receive wrong data.
import { asBytes, concatBytes, randomBytes } from './bytes';
import type { Bytes } from './bytes';
import { IntegrityError } from './errors';

/**
 * WebCrypto's CryptoKey, named so that it type-checks both with Node's types (main, unit tests)
 * and with the DOM's (renderer), which declare the same class in different places.
 */
export type SecretKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;
export type AesUsage = 'encrypt' | 'decrypt';

export const SEAL_VERSION = 0x01;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
/** Version byte + IV + tag: the size of a sealed empty plaintext. */
export const SEAL_OVERHEAD = 1 + IV_BYTES + TAG_BYTES;

/** Imports 32 raw bytes as a non-extractable AES-GCM key: script can use it, never read it. */
export async function importAesKey(
  raw: Uint8Array,
  usages: readonly AesUsage[] = ['encrypt', 'decrypt'],
): Promise<SecretKey> {
  if (raw.byteLength !== 32) throw new IntegrityError('Ein Schlüssel muss 32 Bytes haben.');
  return crypto.subtle.importKey('raw', asBytes(raw), { name: 'AES-GCM' }, false, [...usages]);
}

// The version byte is authenticated too, so a future format can never be confused with this one.
const fullAad = (aad: Uint8Array): Bytes => concatBytes([Uint8Array.of(SEAL_VERSION), aad]);

/** Encrypts with a fresh random IV; `aad` binds the ciphertext to its place (table/id, slot …). */
export async function seal(key: SecretKey, plaintext: Uint8Array, aad: Uint8Array): Promise<Bytes> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: fullAad(aad), tagLength: TAG_BYTES * 8 },
    key,
    asBytes(plaintext),
  );
  return concatBytes([Uint8Array.of(SEAL_VERSION), iv, new Uint8Array(ciphertext)]);
}

/**
 * Decrypts and authenticates. Wrong key, wrong aad, any flipped bit, truncation or an unknown
 * version all end in IntegrityError: AES-GCM checks the tag before releasing any plaintext.
 */
export async function unseal(key: SecretKey, sealed: Uint8Array, aad: Uint8Array): Promise<Bytes> {
  if (!(sealed instanceof Uint8Array) || sealed.byteLength < SEAL_OVERHEAD) {
    throw new IntegrityError('Verschlüsselte Daten sind unvollständig.');
  }
  if (sealed[0] !== SEAL_VERSION) throw new IntegrityError('Unbekanntes Verschlüsselungsformat.');
  // Views, not copies: a backup body can be hundreds of megabytes.
  const bytes = asBytes(sealed);
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const body = bytes.subarray(1 + IV_BYTES);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: fullAad(aad), tagLength: TAG_BYTES * 8 },
      key,
      body,
    );
    return new Uint8Array(plain);
  } catch {
    throw new IntegrityError();
  }
}
