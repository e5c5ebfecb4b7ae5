// The workspace's one save model: every edit of the plan (the operation and its parts) is kept
// as a pending mutation keyed by record and field, shown at once, and written shortly after
// typing stops or when flushed (blur, tab change, page hide, lock). Each write applies the
// mutations onto the latest stored version, so parallel edits of other fields are not lost, and
// an edit made while its record is being written stays pending for the next write.
import type {
  CommsEntry,
  Operation,
  OperationTarget,
  Participation,
  PlanSnapshot,
  Team,
  TimelineEntry,
} from '@shared/domain';

/** The records a workspace edits, by table. */
export interface PlanRecords {
  operation: Operation;
  targets: OperationTarget;
  participations: Participation;
  teams: Team;
  timeline: TimelineEntry;
  comms: CommsEntry;
}
export type RecordTable = keyof PlanRecords;
export type ItemTable = Exclude<RecordTable, 'operation'>;
export type Mutation<T> = (current: T) => T;

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

/** What a write stored: its time, and the record revision that holds it. */
export interface Written {
  updatedAt: string;
  rev: number;
}

/** Writes one record: applies `mutate` to its latest stored version. */
export type RecordWriter = <K extends RecordTable>(
  table: K,
  id: string,
  mutate: Mutation<PlanRecords[K]>,
) => Promise<Written>;

// Mutations of different tables share one map. Their record type is erased here and restored
// at `edit`/`apply`, which are typed by table, so a mutation only ever meets its own kind.
type Erased = (x: unknown) => unknown;
interface Pending {
  table: RecordTable;
  id: string;
  fields: Map<string, Erased>;
}
/** Written edits kept until the view's stored copy is at least as new as the write. */
interface Settling {
  fields: Map<string, Erased>;
  rev: number;
}

export interface SaveQueueOptions {
  write: RecordWriter;
  errorMessage(e: unknown): string;
  debounceMs?: number;
}

export const SAVE_DEBOUNCE_MS = 500;

export class SaveQueue {
  private readonly pending = new Map<string, Pending>();
  // A written edit stays applied until the live query delivers the stored record it produced:
  // otherwise the view shows the old stored value for a frame or more after the save (a chosen
  // municipality flips back, suggestions for the old place appear).
  private readonly settling = new Map<string, Settling>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private current: SaveState = { kind: 'saved', at: null };
  /** Bumped on every change, so a view can memoise on it. */
  version = 0;

  constructor(private readonly options: SaveQueueOptions) {}

  get state(): SaveState {
    return this.current;
  }

  /** Number of fields typed but not yet stored. */
  pendingCount(): number {
    let n = 0;
    for (const p of this.pending.values()) n += p.fields.size;
    return n;
  }

  /** Whether an edit of this record field waits to be stored (fields mark it `data-unsaved`). */
  isPending(table: RecordTable, id: string, field: string): boolean {
    return this.pending.get(`${table}:${id}`)?.fields.has(field) ?? false;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a change; a newer edit of the same record field replaces the pending older one. */
  edit<K extends RecordTable>(
    table: K,
    id: string,
    field: string,
    mutate: Mutation<PlanRecords[K]>,
  ): void {
    const key = `${table}:${id}`;
    const entry = this.pending.get(key) ?? { table, id, fields: new Map<string, Erased>() };
    entry.fields.set(field, mutate as Erased);
    this.pending.set(key, entry);
    if (this.current.kind !== 'saving') this.current = { kind: 'pending' };
    this.changed();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? SAVE_DEBOUNCE_MS);
  }

  /** The stored record with its pending edits applied (what the form shows). */
  apply<K extends RecordTable>(table: K, record: PlanRecords[K]): PlanRecords[K] {
    const key = `${table}:${record.id}`;
    const entry = this.pending.get(key);
    const written = this.settling.get(key);
    // A stored copy at the written revision (or later) already holds the edit.
    const stale = written !== undefined && record.rev < written.rev;
    if (written && !stale) this.settling.delete(key);
    if (!entry && !stale) return record;
    const fields = [...(stale ? written.fields.values() : []), ...(entry?.fields.values() ?? [])];
    return fields.reduce<unknown>((acc, m) => m(acc), record) as PlanRecords[K];
  }

  /** A plan with every pending edit applied. */
  applyPlan(plan: PlanSnapshot, operation: Operation): PlanSnapshot {
    if (this.pending.size === 0 && this.settling.size === 0) return { ...plan, operation };
    return {
      operation,
      targets: plan.targets.map((x) => this.apply('targets', x)),
      participations: plan.participations.map((x) => this.apply('participations', x)),
      teams: plan.teams.map((x) => this.apply('teams', x)),
      timeline: plan.timeline.map((x) => this.apply('timeline', x)),
      comms: plan.comms.map((x) => this.apply('comms', x)),
    };
  }

  /** Writes everything pending now; resolves when stored (or failed: see `state`). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Another flush may start while this one waits: wait until no write runs at all.
    while (this.inFlight) await this.inFlight;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()].map((p) => ({ ...p, fields: new Map(p.fields) }));
    this.current = { kind: 'saving' };
    this.changed();
    this.inFlight = this.writeBatch(batch).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    const results = await Promise.allSettled(
      batch.map((p) =>
        this.options.write(
          p.table,
          p.id,
          (x) => [...p.fields.values()].reduce<unknown>((acc, m) => m(acc), x) as typeof x,
        ),
      ),
    );
    let failure: { reason: unknown } | null = null;
    let at: string | null = null;
    for (const [i, r] of results.entries()) {
      const p = batch[i];
      if (!p) continue;
      if (r.status === 'rejected') {
        // What could not be written stays pending and visible, to be tried again.
        failure ??= { reason: r.reason };
        continue;
      }
      at = r.value.updatedAt;
      const key = `${p.table}:${p.id}`;
      const before = this.settling.get(key);
      this.settling.set(key, {
        fields: new Map([...(before?.fields ?? []), ...p.fields]),
        rev: r.value.rev,
      });
      const live = this.pending.get(key);
      if (!live) continue;
      // Only what was written goes: an edit made meanwhile replaced the function and stays.
      for (const [field, m] of p.fields)
        if (live.fields.get(field) === m) live.fields.delete(field);
      if (live.fields.size === 0) this.pending.delete(key);
    }
    if (failure !== null)
      this.current = { kind: 'error', message: this.options.errorMessage(failure.reason) };
    else if (this.pending.size > 0) this.current = { kind: 'pending' };
    else this.current = { kind: 'saved', at };
    this.changed();
  }

  /** Stops the timer (the workspace is closing; a final flush is the caller's). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
