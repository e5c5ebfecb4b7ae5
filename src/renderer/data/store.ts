// The record store: every read and write of domain records goes through here. Rows are encoded
// (sealed) before a write transaction opens and decoded after the read returns, because
// IndexedDB transactions commit on their own while a WebCrypto promise is pending.
import { IntegrityError, isSealedRow } from '@shared/crypto';
import { CodedError } from '@shared/result';
import {
  BatchConflictError,
  runChunkedBatch,
  type BatchItem,
  type BatchOptions,
  type PlainRecord,
} from './chunked-batch';
import type { RecordCodec } from './codec';
import { plainCodec } from './codec';
import type { StoredRow, VpDatabase } from './db';
import type { TableName } from './schema';

export type Change =
  { table: TableName; put: { id: string } } | { table: TableName; delete: string };

/** The revision a row must still have when the write commits (optimistic concurrency). */
export interface Expectation {
  table: TableName;
  id: string;
  /** `null` = the row must not exist yet. */
  rev: number | null;
}

/**
 * What a committed write changed, with the records as the writer knew them in plaintext, so
 * in-memory read models can patch themselves without decrypting anything again. Bulk writes
 * report per committed chunk; a whole-database replace reports a `delete` for every row that
 * was there before, then a `put` per restored record (no extra variant to handle).
 */
export type CommittedChange =
  | { table: TableName; put: { id: string } & Record<string, unknown> }
  | { table: TableName; delete: string };

export type CommitListener = (changes: readonly CommittedChange[]) => void;

export class ConflictError extends CodedError {
  constructor(table: string, id: string) {
    super('conflict', `Der Datensatz ${table}/${id} wurde zwischenzeitlich geändert.`);
  }
}

/** A stored row without a seal after the seal marker exists: forged or tampered with (F1). */
export class UnsealedRowError extends IntegrityError {
  constructor(table: string, id: string) {
    super(
      `Ein unverschlüsselter Datensatz (${table}/${id}) wurde abgewiesen: ` +
        'Die Daten wurden außerhalb der App verändert.',
    );
  }
}

export class LockedError extends CodedError {
  constructor() {
    super('forbidden', 'Der Datenspeicher ist gesperrt.');
  }
}

/**
 * WebCrypto promises are not Dexie promises; wrapping them keeps liveQuery's observation context
 * (documented Dexie rule for calling other async APIs from a querier).
 */
const keepZone = <T>(p: Promise<T>): Promise<T> => Promise.resolve(p);

export class RecordStore {
  private codec: RecordCodec | null;
  private readonly listeners = new Set<CommitListener>();
  /** Set once the seal marker is verified: from then on every row must carry a seal. */
  private sealedOnly = false;

  constructor(
    readonly db: VpDatabase,
    codec: RecordCodec | null = plainCodec,
  ) {
    this.codec = codec;
  }

  /** Replaces the codec (unlock) or removes it (lock: reads and writes then fail). */
  setCodec(codec: RecordCodec | null): void {
    this.codec = codec;
    if (codec?.kind !== 'sealed') this.sealedOnly = false;
  }

  /**
   * After the plaintext migration (seal marker present) a row without a seal can only have been
   * written behind the app's back: every read refuses it instead of accepting it as legacy.
   */
  requireSealedRows(): void {
    if (this.codec?.kind === 'sealed') this.sealedOnly = true;
  }

  get requiresSealedRows(): boolean {
    return this.sealedOnly;
  }

  /**
   * Called after every successful commit of this store (in this window), in commit order.
   * Returns the unsubscribe function. Listeners must not throw; an error is reported, not
   * propagated, because the write itself has already landed.
   */
  subscribe(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected emit(changes: readonly CommittedChange[]): void {
    if (changes.length === 0) return;
    for (const l of this.listeners) {
      try {
        l(changes);
      } catch (e) {
        console.error('Read-model listener failed', e);
      }
    }
  }

  get isOpen(): boolean {
    return this.codec !== null;
  }

  get codecKind(): RecordCodec['kind'] | null {
    return this.codec?.kind ?? null;
  }

  private requireCodec(): RecordCodec {
    if (!this.codec) throw new LockedError();
    return this.codec;
  }

  private async decodeAll<T>(
    table: TableName,
    rows: readonly (StoredRow | undefined)[],
  ): Promise<T[]> {
    const codec = this.requireCodec();
    const present = rows.filter((r): r is StoredRow => r !== undefined);
    if (this.sealedOnly) {
      const forged = present.find((r) => !isSealedRow(r));
      if (forged) throw new UnsealedRowError(table, String(forged.id));
    }
    return keepZone(Promise.all(present.map((r) => codec.decode(table, r)))) as Promise<T[]>;
  }

  async get<T>(table: TableName, id: string): Promise<T | undefined> {
    this.requireCodec();
    const row = await this.db.rows(table).get(id);
    if (!row) return undefined;
    const [value] = await this.decodeAll<T>(table, [row]);
    return value;
  }

  async getMany<T>(table: TableName, ids: readonly string[]): Promise<T[]> {
    this.requireCodec();
    const rows = await this.db.rows(table).bulkGet([...ids]);
    return this.decodeAll<T>(table, rows);
  }

  /** Like getMany, but aligned with `ids`: `undefined` where a record does not exist. */
  async bulkGet<T>(table: TableName, ids: readonly string[]): Promise<(T | undefined)[]> {
    this.requireCodec();
    const rows = await this.db.rows(table).bulkGet([...ids]);
    const decoded = await this.decodeAll<T>(table, rows);
    let n = 0;
    return rows.map((r) => (r === undefined ? undefined : decoded[n++]));
  }

  async all<T>(table: TableName): Promise<T[]> {
    this.requireCodec();
    return this.decodeAll<T>(table, await this.db.rows(table).toArray());
  }

  async where<T>(table: TableName, index: string, value: string | number): Promise<T[]> {
    this.requireCodec();
    const rows = await this.db.rows(table).where(index).equals(value).toArray();
    return this.decodeAll<T>(table, rows);
  }

  async whereAnyOf<T>(table: TableName, index: string, values: readonly string[]): Promise<T[]> {
    this.requireCodec();
    if (values.length === 0) return [];
    const rows = await this.db
      .rows(table)
      .where(index)
      .anyOf([...values])
      .toArray();
    return this.decodeAll<T>(table, rows);
  }

  async between<T>(table: TableName, index: string, lower: string, upper: string): Promise<T[]> {
    this.requireCodec();
    const rows = await this.db.rows(table).where(index).between(lower, upper, true, true).toArray();
    return this.decodeAll<T>(table, rows);
  }

  async count(table: TableName): Promise<number> {
    return this.db.rows(table).count();
  }

  /**
   * Writes all changes in one transaction, after checking every expectation inside it. Either
   * everything lands (records and their audit entries) or nothing does.
   */
  async commit(
    changes: readonly Change[],
    expectations: readonly Expectation[] = [],
  ): Promise<void> {
    const codec = this.requireCodec();
    const encoded = await Promise.all(
      changes.map(async (c) =>
        'put' in c ? { table: c.table, row: await codec.encode(c.table, c.put) } : c,
      ),
    );
    const tables = [
      ...new Set([...changes.map((c) => c.table), ...expectations.map((e) => e.table)]),
    ];
    // Consecutive puts to one table go as one bulkPut; the order across tables is kept.
    const steps: (
      { table: TableName; rows: StoredRow[] } | { table: TableName; delete: string }
    )[] = [];
    for (const c of encoded) {
      const last = steps.at(-1);
      if (!('row' in c)) steps.push(c);
      else if (last && 'rows' in last && last.table === c.table) last.rows.push(c.row);
      else steps.push({ table: c.table, rows: [c.row] });
    }
    await this.db.transaction('rw', tables, async () => {
      // One bulkGet per table instead of one get per row (an import checks thousands).
      for (const table of new Set(expectations.map((e) => e.table))) {
        const mine = expectations.filter((e) => e.table === table);
        const current = await this.db.rows(table).bulkGet(mine.map((e) => e.id));
        mine.forEach((e, n) => {
          const row = current[n];
          const rev = row ? Number(row.rev ?? 0) : null;
          if (rev !== e.rev) throw new ConflictError(e.table, e.id);
        });
      }
      for (const step of steps) {
        if ('rows' in step) await this.db.rows(step.table).bulkPut(step.rows);
        else await this.db.rows(step.table).delete(step.delete);
      }
    });
    this.emit(
      changes.map((c) =>
        'put' in c ? { table: c.table, put: c.put as { id: string } & Record<string, unknown> } : c,
      ),
    );
  }

  /**
   * The bulk write path (see chunked-batch.ts): chunks sealed before their transactions, one
   * audit entry for the batch, progress, and a visible, resumable journal if it stops halfway.
   */
  async runBatch(items: readonly BatchItem[], options: BatchOptions): Promise<void> {
    const codec = this.requireCodec();
    try {
      await runChunkedBatch(this.db, codec, items, options, (changes) => this.emit(changes));
    } catch (e) {
      if (e instanceof BatchConflictError) throw new ConflictError(e.table, e.id);
      throw e;
    }
  }

  /** Puts many records of one table (upsert) through the bulk write path. */
  bulkPut(table: TableName, records: readonly PlainRecord[], options: BatchOptions): Promise<void> {
    return this.runBatch(
      records.map((put) => ({ table, put })),
      options,
    );
  }

  /** Deletes many records of one table through the bulk write path. */
  bulkDelete(table: TableName, ids: readonly string[], options: BatchOptions): Promise<void> {
    return this.runBatch(
      ids.map((id) => ({ table, delete: id })),
      options,
    );
  }
}
