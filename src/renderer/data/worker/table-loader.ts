// The page's side of the read-model worker: starts it with the session's keys, asks it for
// whole tables and hands each decrypted chunk to the read model as it arrives. Without a Worker
// (Node tests) there is no loader and the read model decrypts on the page as before.
import { IntegrityError } from '@shared/crypto';
import { UnsealedRowError } from '../store';
import type { ReaderFailure, ReaderKeys, ReaderRequest, ReaderResponse } from './protocol';

export type LoadedRecord = { id: string } & Record<string, unknown>;

/** One table load in the worker: `done` settles after the last chunk, `cancel` stops it. */
export interface TableLoad {
  readonly done: Promise<void>;
  cancel(): void;
}

export interface TableLoader {
  /** Reads and decrypts `table`; `onChunk` gets its records chunk by chunk, in key order. */
  load(table: string, sealedOnly: boolean, onChunk: (records: LoadedRecord[]) => void): TableLoad;
  /** Ends the worker and with it the keys it held (lock). */
  dispose(): void;
}

/** What the loader needs of a Worker (a test passes an in-process reader behind a clone). */
export interface ReaderPort {
  postMessage(message: ReaderRequest): void;
  onmessage: ((event: MessageEvent<ReaderResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The worker could not start or died: the read model then decrypts on the page instead. */
export class ReaderUnavailableError extends Error {
  constructor(detail: string) {
    super(`Der Lese-Worker ist nicht verfügbar: ${detail}`);
  }
}

function errorOf(failure: ReaderFailure): Error {
  if (failure.kind === 'unsealed') return new UnsealedRowError(failure.table, failure.rowId);
  if (failure.kind === 'integrity') return new IntegrityError(failure.message);
  return new Error(failure.message);
}

interface Pending {
  onChunk(records: LoadedRecord[]): void;
  resolve(): void;
  reject(error: Error): void;
}

export class WorkerTableLoader implements TableLoader {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private broken: Error | null = null;

  constructor(
    private readonly port: ReaderPort,
    dbName: string,
    keys: ReaderKeys,
  ) {
    port.onmessage = (e) => this.receive(e.data);
    port.onerror = (e) => {
      // A worker that fails to load (or crashes) reports here; nothing more will answer.
      e.preventDefault();
      this.fail(new ReaderUnavailableError(e.message || 'Fehler beim Laden'));
    };
    port.postMessage({ type: 'open', dbName, keys });
  }

  load(table: string, sealedOnly: boolean, onChunk: (records: LoadedRecord[]) => void): TableLoad {
    const id = ++this.seq;
    const done = new Promise<void>((resolve, reject) => {
      if (this.broken) reject(this.broken);
      else this.pending.set(id, { onChunk, resolve, reject });
    });
    if (!this.broken) this.port.postMessage({ type: 'load', id, table, sealedOnly });
    return {
      done,
      cancel: () => {
        const p = this.pending.get(id);
        if (!p) return;
        this.pending.delete(id);
        this.port.postMessage({ type: 'cancel', id });
        p.resolve();
      },
    };
  }

  dispose(): void {
    this.fail(new Error('Die Lesesicht ist geschlossen (gesperrt).'));
    this.port.onmessage = null;
    this.port.terminate();
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private receive(message: ReaderResponse): void {
    const p = this.pending.get(message.id);
    if (!p) return; // cancelled
    if (message.type === 'chunk') p.onChunk(message.records);
    else {
      this.pending.delete(message.id);
      if (message.type === 'done') p.resolve();
      else p.reject(errorOf(message.failure));
    }
  }
}

/** A loader backed by a dedicated worker, or `null` where workers do not exist. */
export function workerTableLoader(dbName: string, keys: ReaderKeys): TableLoader | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./read-model.worker.ts', import.meta.url), {
      type: 'module',
      name: 'read-model',
    });
    return new WorkerTableLoader(worker, dbName, keys);
  } catch {
    return null;
  }
}
