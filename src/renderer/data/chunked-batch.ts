// The bulk write path: many records written in chunks, each chunk encoded (sealed) in parallel
// BEFORE its transaction opens — IndexedDB commits a transaction on its own while a WebCrypto
// promise is pending — then written in one transaction together with the batch's journal row.
// Between chunks the UI thread gets control back, so no task blocks the page for long.
//
// Why chunks on the UI thread and not a worker: the codec, the store's change notifications
// (which the read model patches itself from) and Dexie's live queries all live in this window;
// a worker would need its own key import, its own Dexie and a message protocol back for every
// change, for the same IndexedDB throughput. A batch larger than one chunk therefore spans
// several transactions, and a failure halfway must not leave a silent half: the journal row in
// `meta` (`batch:<key>`) says how far the batch got. It is visible (`unfinishedBatches`) and
// resumable: running the same batch again (same key, same items) continues after the last
// committed chunk. The audit entry and any final marker are written with the LAST chunk, so
// the history shows one entry for the whole batch once it is complete.
import Dexie from 'dexie';
import type { AuditEntry } from '@shared/domain';
import type { RecordCodec } from './codec';
import type { StoredRow, VpDatabase } from './db';
import { sealMarkerRow } from './seal/seal-marker';
import type { TableName } from './schema';

export type PlainRecord = { id: string } & Record<string, unknown>;

/** One step of a batch: a record to put (plaintext) or an id to delete. */
export type BatchItem =
  | {
      table: TableName;
      /** Any record with an id: domain records are plain objects (stored by structured clone). */
      put: { id: string };
      /**
       * Checked inside the chunk's transaction against the stored row; false = conflict.
       * `'absent'` (an insert) is checked by IndexedDB itself: the row is added, not put, and an
       * existing key fails the add — no read of the chunk's rows first.
       */
      expect?: ((current: StoredRow | undefined) => boolean) | 'absent';
    }
  | { table: TableName; delete: string; expect?: (current: StoredRow | undefined) => boolean };

export interface BatchProgress {
  done: number;
  total: number;
}

/** What the journal of an unfinished batch records (meta row `batch:<key>`). */
export interface BatchJournal {
  key: string;
  /** German, shown to the user for an unfinished batch. */
  label: string;
  done: number;
  total: number;
  startedAt: string;
  status: 'running' | 'failed';
  error?: string;
}

export interface BatchOptions {
  /** Identifies the batch: an unfinished batch with the same key and size is resumed. */
  key: string;
  label: string;
  now: string;
  /** false: always start from the first item (the caller recomputes what is left). */
  resume?: boolean;
  /** The one audit entry of the batch, written with the last chunk. */
  audit?: AuditEntry;
  /** Tables emptied in the first chunk's transaction (whole-database replace). */
  clear?: readonly TableName[];
  /** Writes the seal marker with the last chunk (sealing codec only): every row is sealed now. */
  writeSealMarker?: boolean;
  chunkSize?: number;
  onProgress?: (p: BatchProgress) => void;
  /** Checked between chunks; an abort leaves a visible, resumable batch. */
  signal?: AbortSignal;
}

/** Committed changes of one chunk, plaintext, for the store's listeners. */
export type ChunkChange =
  { table: TableName; put: PlainRecord } | { table: TableName; delete: string };

/**
 * Records per synchronous slice of work (encoding before the seal, validation): about 20-40 µs
 * each on a loaded two-core machine, so 200 stay well under the 50 ms a task may block the
 * page. Between slices the UI thread gets control back.
 */
export const WORK_SLICE = 200;

/**
 * Records per transaction (and per journal step). Larger than a work slice because every
 * transaction costs a commit and a round trip (250 per transaction meant 200 of them for a
 * 50 000-row import). The transaction's own main-thread work is issuing the put requests (a
 * structured clone of each sealed row).
 */
export const DEFAULT_CHUNK_SIZE = 1000;

export const batchJournalKey = (key: string): string => `batch:${key}`;

export class BatchConflictError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table}/${id}`);
  }
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Gives the event loop a turn (rendering, input) between slices. `scheduler.yield` where the
 * browser has it: a chain of `setTimeout(0)` is clamped to 4 ms per step after five levels of
 * nesting, up to 0.8 s of waiting over the 200 slices of a 50 000-row import.
 */
export function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type Encoded = { item: BatchItem; row: StoredRow | null };

/**
 * Seals a chunk slice by slice: each slice's synchronous part (encoding) is one short task,
 * its encryption runs in WebCrypto while the next slice is encoded.
 */
async function encodeChunk(codec: RecordCodec, items: readonly BatchItem[]): Promise<Encoded[]> {
  const pending: Promise<Encoded>[] = [];
  for (let i = 0; i < items.length; i += WORK_SLICE) {
    if (i > 0) await yieldToUi();
    for (const item of items.slice(i, i + WORK_SLICE)) {
      pending.push(
        'put' in item
          ? codec.encode(item.table, item.put).then((row) => ({ item, row }))
          : Promise.resolve({ item, row: null }),
      );
    }
  }
  return Promise.all(pending);
}

type Check = { table: TableName; id: string; expect: (current: StoredRow | undefined) => boolean };

/** The expectations given as functions: one bulkGet per table, inside the transaction. */
async function checkExpectations(db: VpDatabase, items: readonly BatchItem[]): Promise<void> {
  const byTable = new Map<TableName, Check[]>();
  for (const i of items) {
    if (typeof i.expect !== 'function') continue;
    const id = 'put' in i ? i.put.id : i.delete;
    append(byTable, i.table, { table: i.table, id, expect: i.expect });
  }
  for (const [table, list] of byTable) {
    const current = await db.rows(table).bulkGet(list.map((c) => c.id));
    list.forEach((c, n) => {
      if (!c.expect(current[n])) throw new BatchConflictError(table, c.id);
    });
  }
}

/**
 * Writes rows in slices of WORK_SLICE, each issued from the completion of the previous one:
 * every slice is its own task (the structured clone of each row happens when its request is
 * issued), so a 1 000-row chunk does not block the page in one piece, and the transaction stays
 * active because a request is always pending. `add` refuses an existing key (a conflict).
 */
async function writeSliced(
  db: VpDatabase,
  table: TableName,
  rows: readonly StoredRow[],
  mode: 'put' | 'add',
): Promise<void> {
  for (let i = 0; i < rows.length; i += WORK_SLICE) {
    const slice = rows.slice(i, i + WORK_SLICE);
    if (mode === 'put') {
      await db.rows(table).bulkPut(slice);
      continue;
    }
    try {
      await db.rows(table).bulkAdd(slice);
    } catch (e) {
      if (!(e instanceof Dexie.BulkError)) throw e;
      const [pos] = Object.keys(e.failuresByPos).map(Number);
      throw new BatchConflictError(table, slice[pos ?? 0]?.id ?? '');
    }
  }
}

/**
 * Runs the batch; `emit` receives each chunk's committed changes. Throws on the first failure;
 * chunks committed before it stay, described by the journal row (status `failed`).
 */
export async function runChunkedBatch(
  db: VpDatabase,
  codec: RecordCodec,
  items: readonly BatchItem[],
  options: BatchOptions,
  emit: (changes: readonly ChunkChange[]) => void,
): Promise<void> {
  const size = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const total = items.length;
  const journalKey = batchJournalKey(options.key);
  const prior = (await db.meta.get(journalKey))?.value as BatchJournal | undefined;
  const start = options.resume !== false && prior?.total === total ? prior.done : 0;
  const auditRow = options.audit ? await codec.encode('audit', options.audit) : null;
  const marker =
    options.writeSealMarker && codec.kind === 'sealed'
      ? await sealMarkerRow(codec, options.now)
      : null;
  // The audit entry of a large batch names every id (50 000 for a big import): its encoding is
  // one task of its own, not the start of the first chunk's.
  if (auditRow) await yieldToUi();
  const journal: BatchJournal = {
    key: options.key,
    label: options.label,
    done: start,
    total,
    startedAt: prior && start > 0 ? prior.startedAt : options.now,
    status: 'running',
  };
  const slice = (from: number) => items.slice(from, from + size);
  let next = encodeChunk(codec, slice(start));
  let from = start;
  try {
    do {
      const encoded = await next;
      const to = from + encoded.length;
      const isLast = to >= total;
      // Sealing of the next chunk overlaps this chunk's transaction.
      if (!isLast) {
        next = encodeChunk(codec, slice(to));
        next.catch(() => {}); // a failure surfaces when it is awaited
      }
      const clear = from === 0 ? (options.clear ?? []) : [];
      const tables = new Set<string>(['meta', ...clear, ...encoded.map((e) => e.item.table)]);
      if (isLast && auditRow) tables.add('audit');
      const cleared: ChunkChange[] = [];
      await db.transaction('rw', [...tables], async () => {
        for (const t of clear) {
          for (const id of await db.rows(t).toCollection().primaryKeys()) {
            cleared.push({ table: t, delete: id });
          }
          await db.rows(t).clear();
        }
        await checkExpectations(
          db,
          encoded.map((e) => e.item),
        );
        const puts = new Map<TableName, StoredRow[]>();
        const adds = new Map<TableName, StoredRow[]>();
        const deletes = new Map<TableName, string[]>();
        for (const { item, row } of encoded) {
          if (row) append(item.expect === 'absent' ? adds : puts, item.table, row);
          else if ('delete' in item) append(deletes, item.table, item.delete);
        }
        for (const [t, ids] of deletes) await db.rows(t).bulkDelete(ids);
        for (const [t, rows] of puts) await writeSliced(db, t, rows, 'put');
        for (const [t, rows] of adds) await writeSliced(db, t, rows, 'add');
        if (isLast) {
          if (auditRow) await db.rows('audit').put(auditRow);
          if (marker) await db.meta.put(marker);
          await db.meta.delete(journalKey);
        } else {
          await db.meta.put({ key: journalKey, value: { ...journal, done: to } });
        }
      });
      journal.done = to;
      emit([
        ...cleared,
        ...encoded.map(({ item }) =>
          'put' in item
            ? { table: item.table, put: item.put as PlainRecord }
            : { table: item.table, delete: item.delete },
        ),
      ]);
      options.onProgress?.({ done: to, total });
      from = to;
      if (!isLast) {
        await yieldToUi();
        options.signal?.throwIfAborted();
      }
    } while (from < total);
  } catch (e) {
    // Nothing was committed when the first chunk failed; otherwise say how far it got.
    if (journal.done > start || start > 0) {
      const failed: BatchJournal = { ...journal, status: 'failed', error: String(e) };
      await db.meta.put({ key: journalKey, value: failed }).catch(() => {});
    }
    throw e;
  }
}

/** Batches that stopped halfway (a crash, an error, an abort), oldest first. */
export async function unfinishedBatches(db: VpDatabase): Promise<BatchJournal[]> {
  const rows = await db.meta.where('key').startsWith('batch:').toArray();
  return rows
    .map((r) => r.value as BatchJournal)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
