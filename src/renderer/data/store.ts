// The record store: every read and write of domain records goes through here. Rows are encoded
// (sealed) before a write transaction opens and decoded after the read returns, because
// IndexedDB transactions commit on their own while a WebCrypto promise is pending.
import { CodedError } from '@shared/result';
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
 * in-memory read models can patch themselves without decrypting anything again.
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

  constructor(
    readonly db: VpDatabase,
    codec: RecordCodec | null = plainCodec,
  ) {
    this.codec = codec;
  }

  /** Replaces the codec (unlock) or removes it (lock: reads and writes then fail). */
  setCodec(codec: RecordCodec | null): void {
    this.codec = codec;
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
    await this.db.transaction('rw', tables, async () => {
      for (const e of expectations) {
        const current = await this.db.rows(e.table).get(e.id);
        const rev = current ? Number(current.rev ?? 0) : null;
        if (rev !== e.rev) throw new ConflictError(e.table, e.id);
      }
      for (const c of encoded) {
        if ('row' in c) await this.db.rows(c.table).put(c.row);
        else await this.db.rows(c.table).delete(c.delete);
      }
    });
    this.emit(
      changes.map((c) =>
        'put' in c ? { table: c.table, put: c.put as { id: string } & Record<string, unknown> } : c,
      ),
    );
  }
}
