// Encrypted backup and restore of the whole database. A backup holds every record decrypted,
// then encrypted as one authenticated blob under the backup key; restore verifies everything
// (authenticity, schemas, counts, content hash) before it replaces anything.
import {
  encodeValue,
  decodeValue,
  openBackup,
  sealBackup,
  IntegrityError,
  type BackupManifest,
  type BackupVaultPart,
  type Bytes,
} from '@shared/crypto';
import { newId, type AuditEntry } from '@shared/domain';
import { CodedError } from '@shared/result';
import type { BatchItem, BatchProgress, PlainRecord } from './chunked-batch';
import { LATEST_VERSION } from './migrations';
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from './schema';
import type { RecordStore } from './store';

export type TableSnapshot = Record<TableName, { id: string }[]>;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every record of every table, decrypted, sorted by id (a stable order for hashing). */
export async function snapshotTables(store: RecordStore): Promise<TableSnapshot> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (t) => [t, (await store.all<{ id: string }>(t)).sort(byId)] as const),
  );
  return Object.fromEntries(entries) as TableSnapshot;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

/**
 * SHA-256 over a canonical encoding (sorted keys, records sorted by id) of the named tables —
 * all of today's by default; a backup from before a table existed is hashed over its own.
 */
export async function contentHash(
  tables: TableSnapshot,
  names: readonly TableName[] = TABLE_NAMES,
): Promise<string> {
  const canonical = encodeValue(sortKeys(names.map((t) => [t, [...tables[t]].sort(byId)])));
  const digest = await crypto.subtle.digest('SHA-256', canonical);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function countRecords(tables: TableSnapshot): Record<string, number> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length]));
}

export interface CreateBackupInput {
  store: RecordStore;
  backupKey: CryptoKey;
  vault: BackupVaultPart;
  appVersion: string;
  now: string;
}

export async function createBackup(
  input: CreateBackupInput,
): Promise<{ bytes: Bytes; manifest: BackupManifest }> {
  // Shares stay on this installation: a restored share would take its device chain back to an
  // older sequence number (sync/share-record.ts). A restore empties the table.
  const tables = { ...(await snapshotTables(input.store)), shares: [] };
  const manifest: BackupManifest = {
    appVersion: input.appVersion,
    schemaVersion: LATEST_VERSION,
    createdAt: input.now,
    counts: countRecords(tables),
    contentHash: await contentHash(tables),
  };
  const payload = encodeValue({ tables });
  const bytes = await sealBackup({
    payload,
    manifest,
    vault: input.vault,
    backupKey: input.backupKey,
  });
  return { bytes, manifest };
}

/** Decrypts and fully verifies a backup; throws before anything could be written. */
export async function verifyBackup(
  bytes: Uint8Array,
  backupKey: CryptoKey,
): Promise<{ manifest: BackupManifest; tables: TableSnapshot }> {
  const { header, payload } = await openBackup(bytes, backupKey);
  const manifest = header.manifest;
  if (manifest.schemaVersion > LATEST_VERSION) {
    throw new CodedError(
      'unsupported',
      'Die Sicherung stammt aus einer neueren Version von Verbundplaner.',
    );
  }
  const decoded = decodeValue(payload) as { tables?: Record<string, unknown> } | null;
  const raw = decoded?.tables;
  if (!raw || typeof raw !== 'object') throw new IntegrityError('Sicherung ohne Tabellen');
  const tables = {} as TableSnapshot;
  // A table added by a later version than the backup's is absent from it and from its manifest:
  // it restores empty. A table the manifest counts must be there.
  const held = TABLE_NAMES.filter((t) => t in manifest.counts);
  for (const t of TABLE_NAMES) {
    const rows = held.includes(t) ? raw[t] : (raw[t] ?? []);
    if (!Array.isArray(rows)) throw new IntegrityError(`Tabelle ${t} fehlt in der Sicherung`);
    if (!held.includes(t) && rows.length > 0) {
      throw new IntegrityError(`Tabelle ${t} ist in der Sicherung, aber nicht im Verzeichnis`);
    }
    tables[t] = rows.map((row, i) => {
      const r = TABLE_SCHEMAS[t].safeParse(row);
      if (!r.success) throw new IntegrityError(`Ungültiger Datensatz ${t}[${i}] in der Sicherung`);
      return r.data as { id: string };
    });
  }
  const counts = countRecords(tables);
  for (const t of held) {
    if (counts[t] !== manifest.counts[t]) throw new IntegrityError(`Anzahl in ${t} stimmt nicht`);
  }
  if ((await contentHash(tables, held)) !== manifest.contentHash) {
    throw new IntegrityError('Prüfsumme der Sicherung stimmt nicht');
  }
  return { manifest, tables };
}

export interface ReplaceContext {
  actor: string;
  now: string;
  summary: string;
  onProgress?: (p: BatchProgress) => void;
  signal?: AbortSignal;
}

/**
 * The audited whole-database replace: every table is emptied and refilled with the verified
 * tables through the bulk write path (sealed before each chunk's transaction), with one audit
 * entry and the seal marker in the last chunk — a backup made before the marker existed is
 * sealed in the same batch. If it stops halfway, its journal (keyed by the backup's content)
 * is visible, and restoring the same backup again continues it.
 */
export async function replaceDatabase(
  store: RecordStore,
  tables: TableSnapshot,
  ctx: ReplaceContext,
): Promise<void> {
  const items: BatchItem[] = TABLE_NAMES.flatMap((t) =>
    tables[t].map((record) => ({ table: t, put: record as PlainRecord })),
  );
  const audit: AuditEntry = {
    id: newId(),
    at: ctx.now,
    actor: ctx.actor,
    entity: 'database',
    entityId: 'database',
    operationId: null,
    action: 'import',
    summary: ctx.summary,
    changes: [{ path: 'counts', before: null, after: countRecords(tables) }],
  };
  await store.runBatch(items, {
    key: `restore:${await contentHash(tables)}`,
    label: ctx.summary,
    now: ctx.now,
    audit,
    clear: TABLE_NAMES,
    writeSealMarker: true,
    onProgress: ctx.onProgress,
    signal: ctx.signal,
  });
}
