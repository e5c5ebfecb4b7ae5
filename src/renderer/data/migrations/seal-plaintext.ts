// Data migration: a database written before the vault existed (plaintext v1 rows) is sealed
// under the vault's record key. Rows are read, encrypted outside any transaction (WebCrypto),
// then written back in ONE transaction that first checks no row changed meanwhile.
import { isSealedRow } from '@shared/crypto';
import { newId, type AuditEntry } from '@shared/domain';
import type { RecordCodec } from '../codec';
import type { StoredRow, VpDatabase } from '../db';
import { TABLE_NAMES, type TableName } from '../schema';
import { ConflictError } from '../store';

export interface SealProgress {
  done: number;
  total: number;
}

/** Counts rows still stored in plaintext (0 once everything is sealed). */
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

export async function sealPlaintextRows(
  db: VpDatabase,
  codec: RecordCodec,
  ctx: SealContext,
  onProgress: (p: SealProgress) => void = () => {},
): Promise<number> {
  const pending: { table: TableName; before: StoredRow }[] = [];
  for (const t of TABLE_NAMES) {
    const rows = await db.rows(t).toArray();
    for (const row of rows) if (!isSealedRow(row)) pending.push({ table: t, before: row });
  }
  const total = pending.length;
  if (total === 0) return 0;
  const sealed: { table: TableName; row: StoredRow; rev: unknown }[] = [];
  for (const [i, p] of pending.entries()) {
    sealed.push({ table: p.table, row: await codec.encode(p.table, p.before), rev: p.before.rev });
    if (i % 200 === 0) onProgress({ done: i, total });
  }
  const audit: AuditEntry = {
    id: newId(),
    at: ctx.now,
    actor: ctx.actor,
    entity: 'database',
    entityId: 'database',
    operationId: null,
    action: 'migrate',
    summary: `${total} Datensätze verschlüsselt`,
    changes: [],
  };
  const auditRow = await codec.encode('audit', audit);
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const s of sealed) {
      const current = await db.rows(s.table).get(s.row.id);
      if (!current || isSealedRow(current) || current.rev !== s.rev) {
        throw new ConflictError(s.table, s.row.id);
      }
    }
    for (const t of TABLE_NAMES) {
      const rows = sealed.filter((s) => s.table === t).map((s) => s.row);
      if (rows.length > 0) await db.rows(t).bulkPut(rows);
    }
    await db.rows('audit').put(auditRow);
  });
  onProgress({ done: total, total });
  return total;
}
