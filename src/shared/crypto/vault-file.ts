// The vault file (format "verbundplaner-vault", version 1): the random data key, stored only
// wrapped — by the passphrase, by the recovery code and optionally by the OS keychain — plus the
// persisted failed-attempt counter. See docs/SECURITY.md.
import { importAesKey, seal, unseal } from './aead';
import { base64Decode, base64Encode, randomBytes, toHex, utf8Encode } from './bytes';
import type { Bytes } from './bytes';
import { IntegrityError, WrongSecretError } from './errors';
import { deriveKeyBytes, kdfParamsSchema, KEY_BYTES, newKdfParams } from './kdf';
import type { Kdf, KdfParams } from './kdf';
import { VAULT_FORMAT, VAULT_VERSION, vaultFileSchema } from './schemas';
import type { SecretSlot, VaultFile, VaultSecrets } from './schemas';
import { generateRecoveryCode, normalizeRecoveryCode } from './recovery-code';

export { VAULT_FORMAT, VAULT_VERSION, vaultFileSchema, vaultSecretsSchema } from './schemas';
export type { SecretSlot, VaultFile, VaultSecrets } from './schemas';
export type Slot = 'passphrase' | 'recovery';

export const slotAad = (vaultId: string, slot: Slot): Bytes =>
  utf8Encode(`verbundplaner/vault/v1/${vaultId}/${slot}`);

export async function wrapSlot(
  vaultId: string,
  slot: Slot,
  dataKey: Uint8Array,
  secret: string,
  kdf: Kdf,
  params: KdfParams,
): Promise<SecretSlot> {
  const kek = await importAesKey(await kdf(secret, params), ['encrypt']);
  return { kdf: params, wrapped: base64Encode(await seal(kek, dataKey, slotAad(vaultId, slot))) };
}

const wrongSecretMessage = (slot: Slot): string =>
  slot === 'passphrase' ? 'Die Passphrase ist falsch.' : 'Der Wiederherstellungscode ist falsch.';

/**
 * Unwraps one slot. AES-GCM cannot tell a wrong secret from a damaged `wrapped` value: both fail
 * the tag. A structurally broken file is caught earlier by the schema (IntegrityError); a tag
 * failure on a well-formed slot is reported as a wrong secret, which is by far the likelier cause.
 */
async function unwrapSlot(vaultId: string, slot: Slot, secret: string, kdf: Kdf, s: SecretSlot) {
  const wrapped = base64Decode(s.wrapped);
  // An empty secret cannot be right (none can be set); Argon2 libraries refuse it anyway.
  if (secret.length === 0) throw new WrongSecretError(wrongSecretMessage(slot));
  // Bounded again right before the work: an injected Kdf (the page's worker) need not check, and
  // a header built in memory need not have passed the file schema.
  const params = kdfParamsSchema.safeParse(s.kdf);
  if (!params.success) throw new IntegrityError('Die Schlüsselparameter sind ungültig.');
  const kek = await importAesKey(await kdf(secret, params.data), ['decrypt']);
  let dataKey: Bytes;
  try {
    dataKey = await unseal(kek, wrapped, slotAad(vaultId, slot));
  } catch (error) {
    if (!(error instanceof IntegrityError)) throw error;
    throw new WrongSecretError(
      slot === 'passphrase'
        ? 'Die Passphrase ist falsch.'
        : 'Der Wiederherstellungscode ist falsch.',
    );
  }
  if (dataKey.byteLength !== KEY_BYTES)
    throw new IntegrityError('Der Tresorschlüssel ist ungültig.');
  return dataKey;
}

export interface CreateVaultOptions {
  passphrase: string;
  now: Date;
  kdf?: Kdf;
  /** Overrides for the Argon2id cost (tests use small values); the salt is always fresh. */
  kdfParams?: Partial<KdfParams>;
}

/** A new vault: a random data key wrapped by the passphrase and by a fresh recovery code. */
export async function createVaultFile(options: CreateVaultOptions): Promise<{
  file: VaultFile;
  dataKey: Bytes;
  recoveryCode: string;
}> {
  const kdf = options.kdf ?? deriveKeyBytes;
  const vaultId = toHex(randomBytes(16));
  const dataKey = randomBytes(KEY_BYTES);
  const recoveryCode = generateRecoveryCode();
  const [passphrase, recovery] = await Promise.all([
    wrapSlot(
      vaultId,
      'passphrase',
      dataKey,
      options.passphrase,
      kdf,
      newKdfParams(options.kdfParams),
    ),
    wrapSlot(vaultId, 'recovery', dataKey, recoveryCode, kdf, newKdfParams(options.kdfParams)),
  ]);
  const file = vaultFileSchema.parse({
    format: VAULT_FORMAT,
    version: VAULT_VERSION,
    createdAt: options.now.toISOString(),
    vaultId,
    passphrase,
    recovery,
    keychain: null,
    throttle: { failedAttempts: 0, lastFailureAt: null },
  });
  return { file, dataKey, recoveryCode };
}

/** The data key, or WrongSecretError. Works on a vault file or a backup header's vault part. */
export function unwrapWithPassphrase(
  file: VaultSecrets,
  passphrase: string,
  kdf: Kdf = deriveKeyBytes,
): Promise<Bytes> {
  return unwrapSlot(file.vaultId, 'passphrase', passphrase, kdf, file.passphrase);
}

/** The data key from the recovery code (any accepted spelling), or WrongSecretError. */
export async function unwrapWithRecovery(
  file: VaultSecrets,
  code: string,
  kdf: Kdf = deriveKeyBytes,
): Promise<Bytes> {
  const canonical = normalizeRecoveryCode(code);
  if (canonical === null) throw new WrongSecretError('Der Wiederherstellungscode ist ungültig.');
  return unwrapSlot(file.vaultId, 'recovery', canonical, kdf, file.recovery);
}

/**
 * The same file with a fresh recovery code in the recovery slot (F3). The old code stops
 * opening this vault file; backups made before keep the old wrap, and so the old code.
 */
export async function rewrapRecovery(
  file: VaultFile,
  dataKey: Uint8Array,
  kdf: Kdf = deriveKeyBytes,
  kdfParams?: Partial<KdfParams>,
  /** A code already chosen (a rotation wraps the current and the pending key with one code). */
  recoveryCode: string = generateRecoveryCode(),
): Promise<{ file: VaultFile; recoveryCode: string }> {
  const recovery = await wrapSlot(
    file.vaultId,
    'recovery',
    dataKey,
    recoveryCode,
    kdf,
    newKdfParams(kdfParams),
  );
  return { file: { ...file, recovery }, recoveryCode };
}

/** The same file with the passphrase slot rewrapped under a new passphrase and a new salt. */
export async function rewrapPassphrase(
  file: VaultFile,
  dataKey: Uint8Array,
  newPassphrase: string,
  kdf: Kdf = deriveKeyBytes,
  kdfParams?: Partial<KdfParams>,
): Promise<VaultFile> {
  // The current release's cost (or the caller's), never the possibly older cost of the file.
  const params = newKdfParams(kdfParams);
  const passphrase = await wrapSlot(
    file.vaultId,
    'passphrase',
    dataKey,
    newPassphrase,
    kdf,
    params,
  );
  return { ...file, passphrase };
}
