// Restoring a backup, start to finish: open the header, unwrap the backup's key when it comes
// from another vault (the passphrase of its time), verify everything, then replace the whole
// database through the bulk write path. The settings screen only asks and shows progress.
import {
  deriveSessionKeys,
  readBackupHeader,
  unwrapBackupDataKey,
  type BackupHeader,
} from '@shared/crypto';
import type { BatchProgress } from './chunked-batch';
import { replaceDatabase, verifyBackup } from './backup';
import type { RecordStore } from './store';

/** The header of a file if it is a backup at all (unverified: only for the preview). */
export function backupHeaderOf(data: Uint8Array): BackupHeader | null {
  try {
    return readBackupHeader(data);
  } catch {
    return null;
  }
}

export interface RestoreInput {
  store: RecordStore;
  file: { name: string; data: Uint8Array };
  header: BackupHeader;
  /** The open vault's backup key; used when the backup comes from this vault. */
  currentBackupKey: CryptoKey;
  /** Required when the backup comes from another vault (or an older data key). */
  passphrase: string | null;
  actor: string;
  now: string;
  onProgress?: (p: BatchProgress) => void;
}

export async function restoreBackup(input: RestoreInput): Promise<void> {
  let backupKey = input.currentBackupKey;
  if (input.passphrase !== null) {
    const dataKey = await unwrapBackupDataKey(input.header, input.passphrase);
    try {
      backupKey = (await deriveSessionKeys(dataKey)).backup;
    } finally {
      dataKey.fill(0);
    }
  }
  const { tables } = await verifyBackup(input.file.data, backupKey);
  await replaceDatabase(input.store, tables, {
    actor: input.actor,
    now: input.now,
    summary: `Sicherung ${input.file.name} wiederhergestellt`,
    onProgress: input.onProgress,
  });
  // Everything is sealed now and the marker is written: refuse unsealed rows from here on.
  input.store.requireSealedRows();
}
