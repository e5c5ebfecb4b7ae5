// The decrypted read model: what lists, map, calendar and readiness read, decrypted once after
// unlock and then patched per changed record. Sealed records cannot be queried by content, so
// without it every screen would decrypt whole tables again; with it a screen reads memory.
//
// - Build: in the read-model worker where there is one (`worker/`: it reads IndexedDB, decrypts
//   and posts finished records chunk by chunk, so the page's main thread does neither the reads
//   nor AES-GCM nor their garbage); otherwise on the page, each table read in primary-key chunks,
//   each chunk decrypted in parallel, with a yield to the UI between chunks.
// - Own writes: `RecordStore.subscribe` hands over the committed plaintext records; they are
//   put into the maps as they are, nothing is decrypted again.
// - Other windows (and writes that bypass the store, such as a restore): Dexie's
//   `storagemutated` names the changed primary keys; only those rows are read again, and only
//   those whose revision differs from the one in memory are decrypted. A change Dexie reports as
//   a range (clear, deleteRange) re-reads that table in chunks.
// - Races: every read and every notification takes a ticket (a sequence number) when it is
//   issued, and a key keeps the ticket of the data it holds. Data only replaces data of an
//   older ticket, so a slow re-read that was issued earlier never overwrites what a later read
//   or commit put there, whatever order their decrypts finish in.
// - Lock: the session calls `dispose()`; the maps are cleared and the listeners removed.
import Dexie from 'dexie';
import { isSealedRow } from '@shared/crypto';
import type { StoredRow, VpDatabase } from '../db';
import type { TableName } from '../schema';
import { UnsealedRowError, type CommittedChange, type RecordStore } from '../store';
import { ReaderUnavailableError, type TableLoader } from '../worker/table-loader';
import { changedKeys } from './changed-keys';
import {
  CHUNK,
  READ_MODEL_TABLES,
  type DecodeRow,
  type ReadModelRecords,
  type ReadModelSnapshot,
  type ReadModelTable,
  type TableView,
} from './read-model-types';

export {
  CHUNK,
  READ_MODEL_TABLES,
  type DecodeRow,
  type ReadModelRecords,
  type ReadModelSnapshot,
  type ReadModelTable,
  type TableView,
} from './read-model-types';

/** Decrypts issued per task (see `decodeSliced`). */
const DECRYPT_SLICE = 125;

interface TableState {
  rows: Map<string, unknown>;
  ready: boolean;
  /** Per key, the ticket of the data held (see the module comment). */
  stamps: Map<string, number>;
  /**
   * Every key's data is at least as new as this ticket: the start of the last full build. A
   * re-read issued before it (say, of a row that a clear then removed) is older than the build.
   */
  floor: number;
  /** Bumped when a (re)build starts, so an older build stops. */
  generation: number;
}

const models = new WeakMap<RecordStore, ReadModel>();

/** The read model of an open session's store, if one is running (repositories use it). */
export function readModelOf(store: RecordStore): ReadModel | undefined {
  return models.get(store);
}

/** Lets the UI paint between chunks; `scheduler.yield` keeps this task's priority where present. */
function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const revOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? (value as { rev?: unknown }).rev : undefined;

export class ReadModel {
  private readonly state = new Map<ReadModelTable, TableState>();
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Set<Promise<void>>();
  private snapshot: ReadModelSnapshot;
  private seq = 0;
  private disposed = false;
  private unsubscribeStore: (() => void) | null = null;

  constructor(
    private readonly db: VpDatabase,
    private readonly store: RecordStore,
    private decode: DecodeRow | null,
    private readonly tables: readonly ReadModelTable[] = READ_MODEL_TABLES,
    /** Full builds in the worker; `null` builds on the page (no Worker, or it failed). */
    private loader: TableLoader | null = null,
    /** Which tables the worker builds (default: every table, when there is a loader). */
    private readonly workerTables: ReadonlySet<ReadModelTable> | null = null,
  ) {
    for (const t of tables) {
      this.state.set(t, {
        rows: new Map(),
        ready: false,
        stamps: new Map(),
        floor: 0,
        generation: 0,
      });
    }
    this.snapshot = { tables: this.views(), error: undefined };
  }

  /** Tables whose first build has not started yet, in the order they will be built. */
  private firstBuild: ReadModelTable[] = [];

  /** Subscribes to changes and starts the first build (tables one after another). */
  start(): void {
    models.set(this.store, this);
    this.unsubscribeStore = this.store.subscribe(this.onCommit);
    Dexie.on.storagemutated.subscribe(this.onMutated);
    this.firstBuild = [...this.tables];
    this.track(
      (async () => {
        for (let t = this.firstBuild.shift(); t; t = this.firstBuild.shift()) await this.load(t);
      })(),
    );
  }

  /**
   * Moves tables a page is waiting for to the front of the first build: Auswertung opened
   * right after unlock should not wait for 100 000 premises it never reads.
   */
  prioritise(tables: readonly ReadModelTable[]): void {
    const wanted = tables.filter((t) => this.firstBuild.includes(t));
    if (wanted.length === 0) return;
    this.firstBuild = [...wanted, ...this.firstBuild.filter((t) => !wanted.includes(t))];
  }

  /** Drops every decrypted record and stops listening (lock). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.decode = null;
    this.loader?.dispose();
    this.loader = null;
    if (models.get(this.store) === this) models.delete(this.store);
    this.unsubscribeStore?.();
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    for (const s of this.state.values()) {
      s.rows.clear();
      s.stamps.clear();
      s.ready = false;
      s.generation++;
    }
    this.snapshot = { tables: this.views(), error: this.snapshot.error };
    this.notify();
    this.listeners.clear();
  }

  getSnapshot = (): ReadModelSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The table's records once its first build has finished. */
  table<K extends ReadModelTable>(name: K): Promise<ReadonlyMap<string, ReadModelRecords[K]>> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const { error, tables } = this.snapshot;
        if (this.disposed) reject(new Error('Die Lesesicht ist geschlossen (gesperrt).'));
        else if (error !== undefined) reject(error);
        else if (tables[name].ready) resolve(tables[name].rows);
        else return false;
        return true;
      };
      if (check()) return;
      const off = this.subscribe(() => {
        if (check()) off();
      });
    });
  }

  /** Resolves when no build or re-read is running (tests, benchmarks). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private track(work: Promise<void>): void {
    const p = work.catch((error: unknown) => {
      if (this.disposed) return;
      if (this.snapshot.error === undefined) this.snapshot = { ...this.snapshot, error };
      this.notify();
    });
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  private views(): ReadModelSnapshot['tables'] {
    const views: Partial<Record<ReadModelTable, TableView<unknown>>> = {};
    for (const [t, s] of this.state) views[t] = { ready: s.ready, rows: s.rows };
    return views as ReadModelSnapshot['tables'];
  }

  /** New view objects for the changed tables, one notification for all of them. */
  private publish(changed: ReadonlySet<ReadModelTable>): void {
    if (changed.size === 0 || this.disposed) return;
    const tables = { ...this.snapshot.tables } as Record<ReadModelTable, TableView<unknown>>;
    for (const t of changed) {
      const s = this.state.get(t);
      if (s) tables[t] = { ready: s.ready, rows: s.rows };
    }
    this.snapshot = { ...this.snapshot, tables: tables as ReadModelSnapshot['tables'] };
    this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** A ticket for a read or notification, taken when it is issued. */
  private ticket(): number {
    return ++this.seq;
  }

  /** Puts (or, for `undefined`, deletes) the data of `ticket` unless newer data is there. */
  private apply(table: ReadModelTable, id: string, value: unknown, ticket: number): void {
    const s = this.state.get(table);
    if (!s || Math.max(s.stamps.get(id) ?? 0, s.floor) >= ticket) return;
    s.stamps.set(id, ticket);
    if (value === undefined) s.rows.delete(id);
    else s.rows.set(id, value);
  }

  private isModelled(table: TableName): table is ReadModelTable {
    return this.state.has(table as ReadModelTable);
  }

  private readonly onCommit = (changes: readonly CommittedChange[]): void => {
    const changed = new Set<ReadModelTable>();
    const ticket = this.ticket();
    // One commit may touch a record twice (a restore clears a table, then puts the same ids
    // back): the last change in commit order is the record's state, and all share one ticket.
    const last = new Map<string, { table: ReadModelTable; id: string; value: unknown }>();
    for (const c of changes) {
      if (!this.isModelled(c.table)) continue;
      changed.add(c.table);
      const id = 'put' in c ? c.put.id : c.delete;
      last.set(`${c.table}\u0000${id}`, {
        table: c.table,
        id,
        value: 'put' in c ? c.put : undefined,
      });
    }
    for (const { table, id, value } of last.values()) this.apply(table, id, value, ticket);
    this.publish(changed);
  };

  private readonly onMutated = (parts: Record<string, unknown>): void => {
    for (const [table, change] of changedKeys(parts, this.db.name, this.tables)) {
      const t = table as ReadModelTable;
      this.track('all' in change ? this.load(t) : this.reread(t, change.keys));
    }
  };

  /**
   * The session's decoder, with the store's rule for unsealed rows: once the seal marker
   * exists, a row without a seal was written behind the app's back and is refused here too.
   */
  private requireDecode(): DecodeRow {
    const decode = this.decode;
    if (!decode) throw new Error('Die Lesesicht ist geschlossen (gesperrt).');
    return (table, row) => {
      if (this.store.requiresSealedRows && !isSealedRow(row)) {
        return Promise.reject(new UnsealedRowError(table, row.id));
      }
      return decode(table, row);
    };
  }

  /**
   * Decrypts a chunk with every decrypt in flight, but issued in slices with a yield between:
   * Chromium does the AES-GCM work of `crypto.subtle.decrypt` in the calling task (traces show
   * `DoDecrypt` on the page's main thread), so 500 issued at once were one long task.
   */
  private async decodeSliced(table: ReadModelTable, chunk: readonly StoredRow[]) {
    const decode = this.requireDecode();
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < chunk.length; i += DECRYPT_SLICE) {
      if (i > 0) await yieldToUi();
      for (const row of chunk.slice(i, i + DECRYPT_SLICE)) {
        const p = decode(table, row);
        p.catch(() => {}); // handled by Promise.all below; not "unhandled" across the yield
        pending.push(p);
      }
    }
    return Promise.all(pending);
  }

  /** Reads and decrypts a whole table in chunks into a fresh map, then swaps it in. */
  private async load(table: ReadModelTable): Promise<void> {
    const s = this.state.get(table);
    if (!s || this.disposed) return;
    const generation = ++s.generation;
    if (this.loader && (this.workerTables?.has(table) ?? true)) {
      try {
        await this.loadInWorker(table, s, generation, this.loader);
        return;
      } catch (e) {
        if (!(e instanceof ReaderUnavailableError)) throw e;
        // The worker would not start (or died): this and later builds run on the page.
        console.warn(e.message);
        this.loader = null;
        if (s.generation !== generation || this.disposed) return;
      }
    }
    await this.loadOnPage(table, s, generation);
  }

  /**
   * The worker reads and decrypts; the page only files the finished records. All of them take
   * the build's one ticket, issued before the worker's first read: anything a commit or a
   * re-read puts there after it is at least as new as what the worker read, and wins.
   */
  private async loadInWorker(
    table: ReadModelTable,
    s: TableState,
    generation: number,
    loader: TableLoader,
  ): Promise<void> {
    // The worker opens the database by name: it must exist (Dexie creates it on open).
    if (!this.db.isOpen()) await this.db.open();
    if (s.generation !== generation || this.disposed) return;
    const start = this.ticket();
    const values = new Map<string, unknown>();
    const tickets = new Map<string, number>();
    const job = loader.load(table, this.store.requiresSealedRows, (records) => {
      if (s.generation !== generation || this.disposed) {
        job.cancel();
        return;
      }
      for (const r of records) {
        values.set(r.id, r);
        tickets.set(r.id, start);
      }
    });
    await job.done;
    if (s.generation !== generation || this.disposed) return;
    this.finishBuild(table, s, values, tickets, start);
  }

  private async loadOnPage(table: ReadModelTable, s: TableState, generation: number) {
    const start = this.ticket();
    // The new map and its stamps, filled chunk by chunk and swapped in at the end: no per-row
    // wrapper object, and no copy of 100 000 entries in one task when the build finishes.
    const values = new Map<string, unknown>();
    const tickets = new Map<string, number>();
    const rows = this.db.rows(table);
    // Each read takes its ticket when it is issued. The next chunk is read while this one is
    // decrypted, so IndexedDB and WebCrypto work at the same time instead of taking turns.
    const read = (after: string | undefined) => {
      const ticket = this.ticket();
      const request = (after === undefined ? rows.orderBy(':id') : rows.where(':id').above(after))
        .limit(CHUNK)
        .toArray();
      request.catch(() => {}); // awaited below; a build that stops early must not leave it unheard
      return { ticket, request };
    };
    let pending = read(undefined);
    for (;;) {
      const { ticket } = pending;
      const chunk = await pending.request;
      if (chunk.length === 0) break;
      const more = chunk.length === CHUNK;
      if (more) pending = read(chunk[chunk.length - 1]?.id);
      const decoded = await this.decodeSliced(table, chunk);
      if (s.generation !== generation || this.disposed) return;
      chunk.forEach((r, i) => {
        values.set(r.id, decoded[i]);
        tickets.set(r.id, ticket);
      });
      if (!more) break;
      await yieldToUi();
    }
    if (s.generation !== generation || this.disposed) return;
    this.finishBuild(table, s, values, tickets, start);
  }

  /** Swaps a finished build in, keeping what newer commits and re-reads put there meanwhile. */
  private finishBuild(
    table: ReadModelTable,
    s: TableState,
    values: Map<string, unknown>,
    tickets: Map<string, number>,
    start: number,
  ): void {
    // Only keys that got data outside this build (a commit, a re-read) need a look; on the
    // first build after unlock that is next to none.
    for (const [id, stamp] of s.stamps) {
      const built = tickets.get(id);
      if (built !== undefined && stamp > built) {
        // Newer data arrived while the build ran: the build's copy of this key goes.
        values.delete(id);
        tickets.delete(id);
      }
      if (stamp <= start || (tickets.get(id) ?? 0) >= stamp) continue;
      tickets.set(id, stamp);
      const current = s.rows.get(id);
      if (current !== undefined) values.set(id, current);
    }
    s.rows = values;
    s.stamps = tickets;
    s.floor = start;
    s.ready = true;
    this.publish(new Set([table]));
  }

  /** Reads the given keys again; decrypts only rows whose revision differs from memory. */
  private async reread(table: ReadModelTable, keys: readonly string[]): Promise<void> {
    const s = this.state.get(table);
    if (!s || this.disposed) return;
    const ticket = this.ticket();
    const rows = await this.db.rows(table).bulkGet([...keys]);
    if (this.disposed) return;
    const changed: { id: string; row: StoredRow | undefined }[] = [];
    keys.forEach((id, i) => {
      const row = rows[i];
      const current = s.rows.get(id);
      const rev = row ? row.rev : undefined;
      if (row && current !== undefined && typeof rev === 'number' && rev === revOf(current)) {
        // Memory already holds this data: record that it is at least as new as this read.
        if ((s.stamps.get(id) ?? 0) < ticket) s.stamps.set(id, ticket);
        return;
      }
      // A missing row is applied even when memory lacks it too: a build running now may have
      // read it before the delete, and the stamp tells the build to drop it.
      changed.push({ id, row });
    });
    if (changed.length === 0) return;
    const decode = this.requireDecode();
    const decoded = await Promise.all(
      changed.map(({ row }) => (row ? decode(table, row) : Promise.resolve(undefined))),
    );
    if (this.disposed) return;
    changed.forEach(({ id }, i) => this.apply(table, id, decoded[i], ticket));
    this.publish(new Set([table]));
  }
}
