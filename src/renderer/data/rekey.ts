// Re-sealing every record under a new data key (key rotation, F3), through the bulk write path:
// chunks sealed before their transactions, a visible, resumable journal (`batch:rekey`), one
// audit entry and the seal marker rewritten under the new key with the last chunk. What is left
// is recomputed on every run — the rows whose seal still opens under the OLD key — so a run that
// stopped (crash, lock, error) simply continues, and a row changed meanwhile (written under the
// new key by the rotating codec) is never overwritten with older content.
import { constantTimeEqual, IntegrityError, isSealedRow, unsealRecord } from '@shared/crypto';
import { newId, type AuditEntry } from '@shared/domain';
import type { BatchItem, BatchProgress } from './chunked-batch';
import type { StoredRow, VpDatabase } from './db';
import { SEAL_MARKER_KEY } from './seal/seal-marker';
import { TABLE_NAMES } from './schema';
import { ConflictError, type RecordStore } from './store';

export const REKEY_BATCH_KEY = 'rekey';
/** A concurrent edit makes a pass fail with a conflict; the next pass takes the rest. */
const MAX_PASSES = 5;

export interface RekeyKeys {
  /** The new record key: everything ends up sealed under it. */
  record: CryptoKey;
  /** The record key of the data key being replaced. */
  previous: CryptoKey;
}

export interface RekeyOptions {
  actor: string;
  now: () => string;
  onProgress?: (p: BatchProgress) => void;
  signal?: AbortSignal;
  chunkSize?: number;
}

const sealOf = (row: StoredRow): Uint8Array | null =>
  row._sealed instanceof Uint8Array ? row._sealed : null;

/** Opens under `key`, or null when AES-GCM's tag says it is another key's. */
async function openWith(key: CryptoKey, table: string, row: StoredRow) {
  try {
    return await unsealRecord(key, table, row);
  } catch (e) {
    if (e instanceof IntegrityError) return null;
    throw e;
  }
}

/**
 * Every row still sealed under the previous key, as a batch item holding its plaintext. A row
 * that opens under neither key is damage and stops the rotation (IntegrityError): promoting the
 * new key would otherwise lose the only key that might still explain it.
 */
export async function rowsUnderPreviousKey(db: VpDatabase, keys: RekeyKeys): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  for (const table of TABLE_NAMES) {
    const rows = await db.rows(table).toArray();
    const opened = await Promise.all(
      rows.map(async (row) => {
        if (!isSealedRow(row)) return null; // refused by the store's reads anyway (F1)
        const plain = await openWith(keys.previous, table, row);
        if (plain !== null) return { row, plain };
        if ((await openWith(keys.record, table, row)) !== null) return null;
        throw new IntegrityError(`Der Datensatz ${table}/${row.id} lässt sich nicht öffnen.`);
      }),
    );
    for (const entry of opened) {
      if (!entry) continue;
      const seal = sealOf(entry.row);
      items.push({
        table,
        put: entry.plain,
        // Only the very ciphertext that was read: a row rewritten meanwhile is already new.
        expect: (current) => {
          const now = current ? sealOf(current) : null;
          return now !== null && seal !== null && constantTimeEqual(now, seal);
        },
      });
    }
  }
  return items;
}

/** Whether the seal marker is written under the new key (false: missing or still the old one). */
async function markerUnderNewKey(db: VpDatabase, keys: RekeyKeys): Promise<boolean> {
  const value = (await db.meta.get(SEAL_MARKER_KEY))?.value;
  if (!value || typeof value !== 'object' || !('id' in value)) return false;
  return (await openWith(keys.record, 'settings', value as StoredRow)) !== null;
}

function rekeyAudit(count: number, options: RekeyOptions): AuditEntry {
  return {
    id: newId(),
    at: options.now(),
    actor: options.actor,
    entity: 'database',
    entityId: 'database',
    operationId: null,
    action: 'migrate',
    summary: `Datenschlüssel erneuert: ${count} Datensätze neu verschlüsselt`,
    changes: [{ path: 'count', before: null, after: count }],
  };
}

/**
 * Re-seals every row under the new key, then checks that none is left (another pass takes rows
 * a concurrent edit made conflict). Returns how many rows this call re-sealed. The store's codec
 * must be the rotating one (new key first, old as fallback) while this runs.
 */
export async function resealUnderNewKey(
  store: RecordStore,
  keys: RekeyKeys,
  options: RekeyOptions,
): Promise<number> {
  let resealed = 0;
  let audited = false;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    options.signal?.throwIfAborted();
    const items = await rowsUnderPreviousKey(store.db, keys);
    if (items.length === 0 && (await markerUnderNewKey(store.db, keys))) return resealed;
    try {
      await store.runBatch(items, {
        key: REKEY_BATCH_KEY,
        label: 'Erneuerung des Datenschlüssels',
        now: options.now(),
        resume: false,
        audit: audited ? undefined : rekeyAudit(items.length, options),
        writeSealMarker: true,
        chunkSize: options.chunkSize,
        onProgress: options.onProgress,
        signal: options.signal,
      });
      audited = true;
      resealed += items.length;
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
    }
  }
  throw new Error(
    'Die Erneuerung des Datenschlüssels kam wegen gleichzeitiger Änderungen nicht zum Ende.',
  );
}
