// The session keys derived from the vault's data key with HKDF-SHA-256: one for records at rest
// and one for backups, so neither ciphertext can ever be opened as the other.
import type { SecretKey } from './aead';
import { asBytes, utf8Encode } from './bytes';
import { IntegrityError } from './errors';
import { KEY_BYTES } from './kdf';

export interface SessionKeys {
  /** AES-256-GCM, non-extractable: sealRecord / unsealRecord. */
  record: SecretKey;
  /** AES-256-GCM, non-extractable: sealBackup / openBackup. */
  backup: SecretKey;
}

// A fixed, app-specific salt: the data key is already uniformly random, the salt only separates
// this use of HKDF from any other.
const SALT = utf8Encode('verbundplaner/hkdf/v1');
export const SUBKEY_INFO = {
  record: 'verbundplaner/subkey/v1/record',
  backup: 'verbundplaner/subkey/v1/backup',
} as const;

export async function deriveSessionKeys(dataKey: Uint8Array): Promise<SessionKeys> {
  if (dataKey.byteLength !== KEY_BYTES)
    throw new IntegrityError('Ein Schlüssel muss 32 Bytes haben.');
  const base = await crypto.subtle.importKey('raw', asBytes(dataKey), 'HKDF', false, ['deriveKey']);
  const derive = (info: string): Promise<SecretKey> =>
    crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: utf8Encode(info) },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  const [record, backup] = await Promise.all([
    derive(SUBKEY_INFO.record),
    derive(SUBKEY_INFO.backup),
  ]);
  return { record, backup };
}
