// Self-contained encrypted backups. Layout:
//   "VPBAK1\n" · u32 header length · header JSON · seal(backupKey, payload, aad = all bytes before)
// The header carries the manifest and the passphrase- and recovery-wrapped data key, so a backup
// can be restored on a fresh machine with the passphrase (or recovery code) of its time. The
// header is the body's additional data: one changed byte anywhere, a cut or an appended byte
// fails authentication.
import { z } from 'zod';
import { seal, unseal } from './aead';
import type { SecretKey } from './aead';
import { concatBytes, utf8Decode, utf8Encode } from './bytes';
import type { Bytes } from './bytes';
import { CodedError } from '../result';
import { IntegrityError } from './errors';
import { deriveKeyBytes } from './kdf';
import type { Kdf } from './kdf';
import { unwrapWithPassphrase, unwrapWithRecovery, vaultSecretsSchema } from './vault-file';
import type { VaultSecrets } from './vault-file';

export const BACKUP_MAGIC = 'VPBAK1\n';
export const BACKUP_FORMAT = 'verbundplaner-backup';
export const BACKUP_VERSION = 1;
const MAGIC = utf8Encode(BACKUP_MAGIC);
const MAX_HEADER_BYTES = 256 * 1024;

export const backupManifestSchema = z.strictObject({
  appVersion: z.string().min(1).max(50),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  counts: z
    .record(z.string().min(1).max(100), z.number().int().nonnegative())
    .refine((c) => Object.keys(c).length <= 500, 'Zu viele Tabellen'),
  /** SHA-256 (hex) over the content, as the renderer defines it for its snapshot. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  manifest: backupManifestSchema,
  vault: vaultSecretsSchema,
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;
/** The vault part a backup carries: its id and the passphrase and recovery wraps, no more. */
export type BackupVaultPart = VaultSecrets;

export interface SealBackupInput {
  payload: Uint8Array;
  manifest: BackupManifest;
  vault: BackupVaultPart;
  backupKey: SecretKey;
}

const startsWith = (bytes: Uint8Array, prefix: Uint8Array): boolean =>
  bytes.byteLength >= prefix.byteLength && prefix.every((b, i) => bytes[i] === b);

export async function sealBackup(input: SealBackupInput): Promise<Bytes> {
  const manifest = backupManifestSchema.safeParse(input.manifest);
  if (!manifest.success)
    throw new CodedError('invalid_input', 'Das Sicherungsmanifest ist ungültig.');
  // Picked field by field: a full VaultFile passed in must not leak its keychain slot or counter.
  const { vaultId, passphrase, recovery } = input.vault;
  const header: BackupHeader = backupHeaderSchema.parse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: manifest.data.createdAt,
    manifest: manifest.data,
    vault: { vaultId, passphrase, recovery },
  });
  const json = utf8Encode(JSON.stringify(header));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, json.byteLength);
  const prefix = concatBytes([MAGIC, length, json]);
  return concatBytes([prefix, await seal(input.backupKey, input.payload, prefix)]);
}

/** Parses the header and tells where the sealed body starts. Nothing here is authenticated yet. */
function parseHeader(bytes: Uint8Array): { header: BackupHeader; bodyStart: number } {
  if (!(bytes instanceof Uint8Array) || !startsWith(bytes, MAGIC)) {
    if (bytes instanceof Uint8Array && startsWith(bytes, utf8Encode('VPBAK'))) {
      throw new CodedError(
        'unsupported',
        'Diese Sicherung hat ein unbekanntes Format (vermutlich aus einer neueren Version von Verbundplaner).',
      );
    }
    throw new CodedError(
      'invalid_input',
      'Keine Verbundplaner-Sicherung: Die Datei hat ein anderes Format.',
    );
  }
  const damaged = new IntegrityError('Die Sicherung ist beschädigt oder unvollständig.');
  const lengthAt = MAGIC.byteLength;
  if (bytes.byteLength < lengthAt + 4) throw damaged;
  const length = new DataView(bytes.buffer, bytes.byteOffset + lengthAt, 4).getUint32(0);
  const bodyStart = lengthAt + 4 + length;
  if (length > MAX_HEADER_BYTES || bodyStart > bytes.byteLength) throw damaged;
  let raw: unknown;
  try {
    raw = JSON.parse(utf8Decode(bytes.subarray(lengthAt + 4, bodyStart)));
  } catch {
    throw damaged;
  }
  const header = backupHeaderSchema.safeParse(raw);
  if (!header.success) throw damaged;
  return { header: header.data, bodyStart };
}

/**
 * The header only (to show what a backup holds and to unwrap its data key). Foreign files are
 * 'invalid_input' ("Keine Verbundplaner-Sicherung"); a damaged header is IntegrityError.
 */
export function readBackupHeader(bytes: Uint8Array): BackupHeader {
  return parseHeader(bytes).header;
}

/** Verifies the whole file and returns its header and decrypted payload, or throws. */
export async function openBackup(
  bytes: Uint8Array,
  backupKey: SecretKey,
): Promise<{ header: BackupHeader; payload: Bytes }> {
  const { header, bodyStart } = parseHeader(bytes);
  try {
    const payload = await unseal(
      backupKey,
      bytes.subarray(bodyStart),
      bytes.subarray(0, bodyStart),
    );
    return { header, payload };
  } catch (error) {
    if (!(error instanceof IntegrityError)) throw error;
    throw new IntegrityError(
      'Die Sicherung ist beschädigt, unvollständig oder gehört zu einem anderen Schlüssel.',
    );
  }
}

/**
 * The data key a backup was made under, from the passphrase (or, with `via: 'recovery'`, the
 * recovery code) valid when it was made. Then deriveSessionKeys(dataKey).backup opens it.
 */
export function unwrapBackupDataKey(
  header: BackupHeader,
  secret: string,
  kdf: Kdf = deriveKeyBytes,
  via: 'passphrase' | 'recovery' = 'passphrase',
): Promise<Bytes> {
  return via === 'passphrase'
    ? unwrapWithPassphrase(header.vault, secret, kdf)
    : unwrapWithRecovery(header.vault, secret, kdf);
}
