// Key rotation of the vault file (F3): a new data key whose wraps are all computed up front and
// kept in the file's `pending` section, together with the new key sealed under the current one.
// The renderer re-seals every record meanwhile; finishing promotes the pending wraps to the
// current slots and drops the old key's wraps in one atomic write. See docs/SECURITY.md.
import { importAesKey, seal, unseal } from './aead';
import { base64Decode, base64Encode, randomBytes, utf8Encode } from './bytes';
import type { Bytes } from './bytes';
import { IntegrityError } from './errors';
import { deriveKeyBytes, KEY_BYTES, newKdfParams } from './kdf';
import type { Kdf, KdfParams } from './kdf';
import { generateRecoveryCode } from './recovery-code';
import { vaultFileSchema } from './schemas';
import type { PendingRotation, VaultFile } from './schemas';
import { wrapSlot } from './vault-file';

export type { PendingRotation } from './schemas';

/** The keychain's wrap of a key, or null where the keychain is off or cannot be used now. */
export type KeychainWrap = (dataKey: Uint8Array) => Promise<VaultFile['keychain']>;

export const pendingAad = (vaultId: string): Bytes =>
  utf8Encode(`verbundplaner/vault/v1/${vaultId}/pending`);

/** The new data key of a pending rotation, opened with the current one (IntegrityError if not). */
export async function openPendingKey(
  vaultId: string,
  sealedKey: string,
  currentKey: Uint8Array,
): Promise<Bytes> {
  const key = await importAesKey(currentKey, ['decrypt']);
  const dataKey = await unseal(key, base64Decode(sealedKey), pendingAad(vaultId));
  if (dataKey.byteLength !== KEY_BYTES) {
    throw new IntegrityError('Der neue Tresorschlüssel ist ungültig.');
  }
  return dataKey;
}

export interface BeginRotationOptions {
  file: VaultFile;
  /** The current data key, just unwrapped with the passphrase. */
  currentKey: Uint8Array;
  passphrase: string;
  now: Date;
  keychainWrap: KeychainWrap;
  kdf?: Kdf;
  kdfParams?: Partial<KdfParams>;
}

/**
 * The file with a pending rotation: a fresh data key, wrapped by the passphrase, by a fresh
 * recovery code and (where it works now) by the keychain, and sealed under the current key.
 */
export async function beginRotation(
  options: BeginRotationOptions,
): Promise<{ file: VaultFile; dataKey: Bytes; recoveryCode: string }> {
  const { file, currentKey } = options;
  const kdf = options.kdf ?? deriveKeyBytes;
  const dataKey = randomBytes(KEY_BYTES);
  const recoveryCode = generateRecoveryCode();
  const current = await importAesKey(currentKey, ['encrypt']);
  const [passphrase, recovery, keychain, sealedKey] = await Promise.all([
    wrapSlot(
      file.vaultId,
      'passphrase',
      dataKey,
      options.passphrase,
      kdf,
      newKdfParams(options.kdfParams),
    ),
    wrapSlot(file.vaultId, 'recovery', dataKey, recoveryCode, kdf, newKdfParams(options.kdfParams)),
    options.keychainWrap(dataKey),
    seal(current, dataKey, pendingAad(file.vaultId)).then(base64Encode),
  ]);
  const pending: PendingRotation = {
    startedAt: options.now.toISOString(),
    sealedKey,
    passphrase,
    recovery,
    keychain,
  };
  return { file: vaultFileSchema.parse({ ...file, pending }), dataKey, recoveryCode };
}

/**
 * Applies a change of a slot (new passphrase, new recovery code, keychain on/off) to the pending
 * wraps too, so finishing the rotation never brings back a passphrase or code replaced meanwhile.
 */
export async function updatePending(
  file: VaultFile,
  currentKey: Uint8Array,
  update: (newKey: Uint8Array, pending: PendingRotation) => Promise<Partial<PendingRotation>>,
): Promise<VaultFile> {
  const { pending } = file;
  if (!pending) return file;
  const newKey = await openPendingKey(file.vaultId, pending.sealedKey, currentKey);
  try {
    return { ...file, pending: { ...pending, ...(await update(newKey, pending)) } };
  } finally {
    newKey.fill(0);
  }
}

/** The finished rotation: the pending wraps become the slots, the old key's wraps are gone. */
export function promoteRotation(file: VaultFile): VaultFile {
  const { pending, ...rest } = file;
  if (!pending) return file;
  return {
    ...rest,
    passphrase: pending.passphrase,
    recovery: pending.recovery,
    keychain: pending.keychain,
  };
}
