// The plaintext migration: a database written before the vault existed (plaintext rows) is
// sealed under the vault's record key through the bulk write path, with one audit entry and the
// seal marker written with the last chunk. It is not a schema version (the tables do not
// change), so it lives here and not in migrations/. Each row is written only if it is still the
// plaintext row that was read (same revision); a crash halfway leaves some rows sealed and no
// marker, and the next unlock seals the rest.
import { isSealedRow } from '@shared/crypto';
import { newId, type AuditEntry } from '@shared/domain';
import type { BatchItem, BatchProgress } from '../chunked-batch';
import type { VpDatabase } from '../db';
import { TABLE_NAMES } from '../schema';
import type { RecordStore } from '../store';

export type SealProgress = BatchProgress;

/** Counts rows still stored in plaintext (0 once everything is sealed). Reads every row. */
export async function countPlaintextRows(db: VpDatabase): Promise<number> {
  let n = 0;
  for (const t of TABLE_NAMES) {
    await db.rows(t).each((row) => {
      if (!isSealedRow(row)) n++;
    });
  }
  return n;
}

export interface SealContext {
  actor: string;
  now: string;
}

/** Seals every plaintext row and writes the seal marker; returns how many rows were sealed. */
export async function sealPlaintextRows(
  store: RecordStore,
  ctx: SealContext,
  onProgress: (p: SealProgress) => void = () => {},
): Promise<number> {
  const items: BatchItem[] = [];
  for (const t of TABLE_NAMES) {
    for (const row of await store.db.rows(t).toArray()) {
      if (isSealedRow(row)) continue;
      const rev = row.rev;
      items.push({
        table: t,
        put: row,
        expect: (current) => current !== undefined && !isSealedRow(current) && current.rev === rev,
      });
    }
  }
  const audit: AuditEntry | undefined =
    items.length === 0
      ? undefined
      : {
          id: newId(),
          at: ctx.now,
          actor: ctx.actor,
          entity: 'database',
          entityId: 'database',
          operationId: null,
          action: 'migrate',
          summary: `${items.length} Datensätze verschlüsselt`,
          changes: [{ path: 'count', before: null, after: items.length }],
        };
  await store.runBatch(items, {
    key: 'seal-plaintext',
    label: 'Verschlüsselung der Datenbank',
    now: ctx.now,
    // What is left is recomputed on every run, so a stopped run never continues by position.
    resume: false,
    audit,
    writeSealMarker: true,
    onProgress,
  });
  return items.length;
}
