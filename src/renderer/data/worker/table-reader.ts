// The read-model worker's work, kept free of the worker global so Node tests run it as is
// (fake-indexeddb is the spec's IndexedDB): read a table with plain IndexedDB in primary-key
// chunks, decrypt each chunk in parallel while the next one is read, and post the records.
// Everything here runs off the page's main thread: the IndexedDB reads and their structured
// clones, AES-GCM (Chromium runs `DoDecrypt` on the calling thread), the JSON of each record and
// the garbage of all of it. The page only receives finished records.
import { IntegrityError } from '@shared/crypto/errors';
import { isSealedRow, unsealRecord, type RecordRow } from '@shared/crypto/record-seal';
import type { ReaderFailure, ReaderKeys, ReaderRequest, ReaderResponse } from './protocol';

/** Rows per read and per posted message, as in the page's build (read-model.ts CHUNK). */
export const READER_CHUNK = 500;

class UnsealedRow extends Error {
  constructor(
    readonly table: string,
    readonly rowId: string,
  ) {
    super(`${table}/${rowId} ohne Siegel`);
  }
}

function failureOf(error: unknown): ReaderFailure {
  if (error instanceof UnsealedRow) {
    return { kind: 'unsealed', table: error.table, rowId: error.rowId };
  }
  if (error instanceof IntegrityError) return { kind: 'integrity', message: error.message };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB-Anfrage fehlgeschlagen'));
  });
}

/**
 * Opens the page's database at its current version; never creates or upgrades it. `onClosed`
 * is told when the connection is given up, so the next load opens a new one.
 */
function openDatabase(
  factory: IDBFactory,
  name: string,
  onClosed: () => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    open.onupgradeneeded = () => {
      // Only a database that does not exist gets here: refuse to create one behind the app.
      open.transaction?.abort();
      reject(new Error(`Die Datenbank ${name} gibt es nicht.`));
    };
    open.onsuccess = () => {
      const db = open.result;
      // A version change (an upgrade in another window, a delete) must not wait for us.
      db.onversionchange = () => {
        db.close();
        onClosed();
      };
      db.onclose = onClosed;
      resolve(db);
    };
    open.onerror = () => reject(open.error ?? new Error('IndexedDB öffnet nicht'));
  });
}

/** The record of a stored row, under the current key or, during a rotation, the previous one. */
async function openRow(keys: ReaderKeys, table: string, row: RecordRow): Promise<RecordRow> {
  try {
    return await unsealRecord(keys.current, table, row);
  } catch (e) {
    if (!keys.previous || !(e instanceof IntegrityError)) throw e;
    return unsealRecord(keys.previous, table, row);
  }
}

/** Handles the page's requests; `post` sends a response (the worker's postMessage, or a test's). */
export class TableReader {
  private dbName: string | null = null;
  private db: Promise<IDBDatabase> | null = null;
  private keys: ReaderKeys | null = null;
  private readonly cancelled = new Set<number>();

  constructor(
    private readonly factory: IDBFactory,
    private readonly post: (message: ReaderResponse) => void,
  ) {}

  handle(message: ReaderRequest): void {
    if (message.type === 'open') {
      this.keys = message.keys;
      this.dbName = message.dbName;
    } else if (message.type === 'cancel') {
      this.cancelled.add(message.id);
    } else {
      void this.load(message.id, message.table, message.sealedOnly)
        .then(() => this.post({ type: 'done', id: message.id }))
        .catch((e: unknown) => this.post({ type: 'error', id: message.id, failure: failureOf(e) }))
        .finally(() => this.cancelled.delete(message.id));
    }
  }

  /** Closes the database and forgets the keys (the page locked). */
  close(): void {
    void this.db?.then((db) => db.close()).catch(() => {});
    this.db = null;
    this.dbName = null;
    this.keys = null;
  }

  private async load(id: number, table: string, sealedOnly: boolean): Promise<void> {
    const keys = this.keys;
    const name = this.dbName;
    if (!keys || name === null) throw new Error('Die Lesesicht ist geschlossen (gesperrt).');
    // Opened at the first load, when the page has its database open (and so created); after a
    // failure or a closed connection the next load opens it again.
    let opening = this.db;
    if (!opening) {
      const forget = () => {
        if (this.db === fresh) this.db = null;
      };
      const fresh = openDatabase(this.factory, name, forget);
      fresh.catch(forget);
      this.db = opening = fresh;
    }
    const db = await opening;
    // Each read its own short transaction: a transaction cannot stay open across the decrypts.
    const read = (after: string | undefined): Promise<RecordRow[]> => {
      const store = db.transaction(table, 'readonly').objectStore(table);
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const rows = request(store.getAll(range, READER_CHUNK) as IDBRequest<RecordRow[]>);
      rows.catch(() => {}); // awaited below; a load that stops early must not leave it unheard
      return rows;
    };
    let next = read(undefined);
    for (;;) {
      const chunk = await next;
      if (this.cancelled.has(id) || chunk.length === 0) return;
      const more = chunk.length === READER_CHUNK;
      // The next chunk is read while this one decrypts: IndexedDB and AES-GCM overlap.
      if (more) next = read(chunk[chunk.length - 1]?.id);
      const records = await Promise.all(
        chunk.map((row) => {
          if (sealedOnly && !isSealedRow(row)) {
            return Promise.reject(new UnsealedRow(table, String(row.id)));
          }
          return openRow(keys, table, row);
        }),
      );
      if (this.cancelled.has(id)) return;
      this.post({ type: 'chunk', id, records });
      if (!more) return;
    }
  }
}
