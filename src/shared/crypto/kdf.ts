// Passphrase → key: Argon2id (hash-wasm, WebAssembly) with its parameters stored next to the
// salt, so a later release can raise them without breaking existing vaults.
import { argon2id } from 'hash-wasm';
import { base64Decode, base64Encode, randomBytes } from './bytes';
import type { Bytes } from './bytes';
import { kdfParamsSchema } from './schemas';
import type { KdfParams } from './schemas';

export const SALT_BYTES = 16;
export const KEY_BYTES = 32;

export { kdfParamsSchema } from './schemas';
export type { KdfParams } from './schemas';

/**
 * 64 MiB, 3 passes, 1 lane. OWASP's minimum for Argon2id is 19 MiB with 2 passes; we spend more
 * because an unlock happens rarely and the stored wraps are the target of an offline attack on a
 * copied profile. This takes about 0.5 s in Node and in Chromium on a current laptop. One lane,
 * because hash-wasm computes lanes one after another anyway (no threads in WebAssembly here).
 */
export const DEFAULT_KDF: Readonly<Omit<KdfParams, 'salt'>> = Object.freeze({
  algorithm: 'argon2id',
  version: 19,
  memoryKiB: 65_536,
  iterations: 3,
  parallelism: 1,
});

/** Passphrase → 32 key bytes. Injectable so the page can run Argon2id in a Web Worker. */
export type Kdf = (secret: string, params: KdfParams) => Promise<Uint8Array>;

/** Fresh parameters with a new random salt (never taken from `overrides`, which set the cost). */
export function newKdfParams(overrides: Partial<KdfParams> = {}): KdfParams {
  return kdfParamsSchema.parse({
    ...DEFAULT_KDF,
    ...overrides,
    salt: base64Encode(randomBytes(SALT_BYTES)),
  });
}

/**
 * Argon2id over the NFC-normalised secret, so "ü" typed as one code point or as u + combining
 * diaeresis (macOS input methods differ) derives the same key.
 */
export const deriveKeyBytes: Kdf = async (secret, params) => {
  const p = kdfParamsSchema.parse(params);
  const hash = await argon2id({
    password: secret.normalize('NFC'),
    salt: base64Decode(p.salt),
    memorySize: p.memoryKiB,
    iterations: p.iterations,
    parallelism: p.parallelism,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  });
  // A standalone copy: callers may transfer its buffer to or from a worker.
  const out: Bytes = new Uint8Array(KEY_BYTES);
  out.set(hash);
  hash.fill(0);
  return out;
};
