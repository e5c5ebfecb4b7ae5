// Builds a genuine Verbundplaner backup (VPBAK1) outside the app, from another vault with cheap
// KDF parameters, so a browser test can load thousands of records through Einstellungen →
// Sicherungen instead of a test hook in the app. No Node or DOM APIs beyond WebCrypto. The manifest follows src/renderer/data/backup.ts (which
// imports through the bundler's @shared alias, so its hashing is repeated here; a renderer test
// checks that both give the same hash).
import {
  createVaultFile,
  deriveSessionKeys,
  encodeValue,
  sealBackup,
  type BackupManifest,
} from '../../../src/shared/crypto';
import { LATEST_VERSION } from '../../../src/renderer/data/migrations';
import { TABLE_NAMES, type TableName } from '../../../src/renderer/data/schema';

export type Tables = Record<TableName, { id: string }[]>;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

/** SHA-256 over the canonical encoding, as the app computes it for its backups. */
export async function backupContentHash(tables: Tables): Promise<string> {
  const canonical = encodeValue(sortKeys(TABLE_NAMES.map((t) => [t, [...tables[t]].sort(byId)])));
  const digest = await crypto.subtle.digest('SHA-256', canonical);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every table present (empty unless given), rows sorted by id like the app's snapshot. */
export function completeTables(partial: Partial<Tables>): Tables {
  return Object.fromEntries(
    TABLE_NAMES.map((t) => [t, [...(partial[t] ?? [])].sort(byId)]),
  ) as Tables;
}

/** Shown in the restore dialog: says where the file came from. */
const FIXTURE_VERSION = '0.0.0-testbestand';

/** A sealed backup of `tables` that restores with `passphrase`. */
export async function buildBackup(tables: Tables, passphrase: string): Promise<Uint8Array> {
  const now = new Date();
  // The floor of the accepted KDF cost: restoring must not spend seconds in Argon2id.
  const { file, dataKey } = await createVaultFile({
    passphrase,
    now,
    kdfParams: { memoryKiB: 1_024, iterations: 1, parallelism: 1 },
  });
  const keys = await deriveSessionKeys(dataKey);
  const manifest: BackupManifest = {
    appVersion: FIXTURE_VERSION,
    schemaVersion: LATEST_VERSION,
    createdAt: now.toISOString(),
    counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length])),
    contentHash: await backupContentHash(tables),
  };
  return sealBackup({
    payload: encodeValue({ tables }),
    manifest,
    vault: file,
    backupKey: keys.backup,
  });
}
