// The page's side of deconfliction: one client per read model feeds the conflicts worker with
// what changed (conflict-feed.ts) and keeps the last answer per read-model version — the five
// table views (a new view object per change) and the premises window. The Kalender and
// Bereitschaft share it, so opening one after the other reuses the answer instead of computing
// again. Without a Worker (Node tests) the rules run in-thread, as before.
import { conflictsByOperation, findAllConflicts, type Conflict } from '@shared/calendar';
import type { ReadModel, ReadModelSnapshot } from '../../data/read-model/read-model';
import { CONFLICT_TABLES, ConflictFeed, type ConflictTable } from './conflict-feed';
import type { ConflictJob, ConflictJobResult } from './conflicts.worker';

export type ConflictViews = { [K in ConflictTable]: ReadModelSnapshot['tables'][K] };

export interface ConflictResult {
  all: Conflict[];
  byOperation: Map<string, Conflict[]>;
  /** The version it answers: the views and window it was computed from. */
  views: ConflictViews;
  withinDays: number;
}

/** After the last screen that shows conflicts closes, the worker stays this long for the next. */
const IDLE_MS = 60_000;

interface Version {
  views: ConflictViews;
  withinDays: number;
}

const sameVersion = (r: Version | null | undefined, views: ConflictViews, withinDays: number) =>
  r !== null &&
  r !== undefined &&
  r.withinDays === withinDays &&
  CONFLICT_TABLES.every((table) => r.views[table] === views[table]);

export class ConflictClient {
  private result: ConflictResult | null = null;
  private worker: Worker | null = null;
  private readonly feed = new ConflictFeed();
  private readonly listeners = new Set<() => void>();
  private nextId = 0;
  private readonly outbox: ConflictJob[] = [];
  private pumping = false;
  /** Requests sent and not answered, by id; the newest is the last. */
  private readonly pending = new Map<number, Version>();
  private idle: ReturnType<typeof setTimeout> | null = null;

  getResult = (): ConflictResult | null => this.result;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.idle !== null) clearTimeout(this.idle);
    this.idle = null;
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.idle = setTimeout(() => this.stop(), IDLE_MS);
    };
  };

  /** Asks for the conflicts of `views`; answered at once when this version is known. */
  request(views: ConflictViews, withinDays: number): void {
    if (sameVersion(this.result, views, withinDays)) return;
    // Already asked for this version: its answer is on the way.
    if (sameVersion([...this.pending.values()].at(-1), views, withinDays)) return;
    if (typeof Worker === 'undefined') {
      this.settle(views, withinDays, findAllConflictsOf(views, withinDays));
      return;
    }
    this.start();
    const id = ++this.nextId;
    this.pending.set(id, { views, withinDays });
    for (const table of CONFLICT_TABLES) {
      for (const patch of this.feed.patches(table, views[table].rows))
        this.outbox.push({ type: 'patch', ...patch });
    }
    this.outbox.push({ type: 'compute', id, withinDays });
    this.pump();
  }

  /**
   * Posts the queued messages one task at a time: each `postMessage` copies its records on the
   * page, and the first feed of 110 000 records in one task would freeze it.
   */
  private pump(): void {
    if (this.pumping) return;
    const next = () => {
      const job = this.outbox.shift();
      if (!job || !this.worker) {
        this.pumping = false;
        return;
      }
      this.worker.postMessage(job);
      setTimeout(next, 0);
    };
    this.pumping = true;
    next();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./conflicts.worker.ts', import.meta.url), { type: 'module' });
    // Answers come in order; an older one is still shown while the newest is being computed
    // (edits arriving faster than the rules run would otherwise show nothing at all).
    w.onmessage = (e: MessageEvent<ConflictJobResult>) => {
      const asked = this.pending.get(e.data.id);
      if (!asked) return;
      for (const id of this.pending.keys()) if (id <= e.data.id) this.pending.delete(id);
      if (e.data.ok) this.settle(asked.views, asked.withinDays, e.data.conflicts);
      else console.error('Konfliktprüfung fehlgeschlagen', e.data.error);
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      // A worker that failed to load answers nobody: start afresh on the next request.
      console.error('Konfliktprüfung fehlgeschlagen', e.message);
      this.stop();
    };
    this.worker = w;
    return w;
  }

  private settle(views: ConflictViews, withinDays: number, all: Conflict[]) {
    this.result = { all, byOperation: conflictsByOperation(all), views, withinDays };
    for (const l of this.listeners) l();
  }

  /** Lock: ends the worker and forgets the answer (it names people). */
  dispose(): void {
    this.stop();
    if (this.result === null) return;
    this.result = null;
    for (const l of this.listeners) l();
  }

  /** Ends the worker; the last answer stays for its version. */
  stop(): void {
    if (this.idle !== null) clearTimeout(this.idle);
    this.idle = null;
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
    this.outbox.length = 0;
    this.feed.reset();
  }
}

function findAllConflictsOf(views: ConflictViews, withinDays: number): Conflict[] {
  return findAllConflicts({
    operations: views.operations.rows.values(),
    targets: views.targets.rows.values(),
    participations: views.participations.rows.values(),
    agencies: views.agencies.rows.values(),
    teams: views.teams.rows.values(),
    withinDays,
  });
}

const clients = new WeakMap<ReadModel, ConflictClient>();

/**
 * The one client of a read model (a new session after unlock has a new one). When the read
 * model drops its records (lock: its tables are no longer ready) the worker's copy goes too.
 */
export function conflictClientOf(readModel: ReadModel): ConflictClient {
  let client = clients.get(readModel);
  if (!client) {
    const c = new ConflictClient();
    readModel.subscribe(() => {
      if (!readModel.getSnapshot().tables.operations.ready) c.dispose();
    });
    clients.set(readModel, (client = c));
  }
  return client;
}
