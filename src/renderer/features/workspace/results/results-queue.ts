// The save model for the one results record, the same pattern as the workspace's SaveQueue
// (which is typed to the plan's own records): edits are kept as pending mutations keyed by
// cell or field, shown at once, and written shortly after typing stops or when flushed (page
// hidden, tab left, lock). Each write applies the pending mutations onto the latest stored
// record, so a liaison's slice merged meanwhile is not overwritten.
import type { OperationResults } from '@shared/results';

export type ResultsMutation = (current: OperationResults) => OperationResults;

export type ResultsSaveState =
  { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface ResultsQueueOptions {
  write(mutate: ResultsMutation): Promise<OperationResults>;
  errorMessage(e: unknown): string;
  debounceMs?: number;
}

export const RESULTS_DEBOUNCE_MS = 500;

export class ResultsQueue {
  private pending = new Map<string, ResultsMutation>();
  /** Written mutations kept until the live query shows a record at least this revision. */
  private settling: { rev: number; mutations: ResultsMutation[] } | null = null;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private current: ResultsSaveState = { kind: 'saved' };
  version = 0;

  constructor(private readonly options: ResultsQueueOptions) {}

  get state(): ResultsSaveState {
    return this.current;
  }

  pendingCount(): number {
    return this.pending.size;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a change; a newer edit under the same key replaces the older pending one. */
  edit(key: string, mutate: ResultsMutation): void {
    this.pending.delete(key);
    this.pending.set(key, mutate);
    if (this.current.kind !== 'saving') this.current = { kind: 'pending' };
    this.changed();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => void this.flush(),
      this.options.debounceMs ?? RESULTS_DEBOUNCE_MS,
    );
  }

  /** The stored record (or an empty one) with written-but-not-yet-shown and pending edits. */
  apply(stored: OperationResults): OperationResults {
    let value = stored;
    if (this.settling && stored.rev < this.settling.rev)
      for (const m of this.settling.mutations) value = m(value);
    for (const m of this.pending.values()) value = m(value);
    return value;
  }

  /** Writes everything pending now; resolves once written (or failed, left pending). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.entries()];
    this.pending = new Map();
    this.current = { kind: 'saving' };
    this.changed();
    const mutations = batch.map(([, m]) => m);
    const run = (async () => {
      try {
        const written = await this.options.write((r) => mutations.reduce((v, m) => m(v), r));
        this.settling = { rev: written.rev, mutations };
        this.current = this.pending.size > 0 ? { kind: 'pending' } : { kind: 'saved' };
      } catch (e) {
        // Put the failed edits back under newer ones typed meanwhile.
        const newer = this.pending;
        this.pending = new Map(batch);
        for (const [k, m] of newer) {
          this.pending.delete(k);
          this.pending.set(k, m);
        }
        this.current = { kind: 'error', message: this.options.errorMessage(e) };
      }
      this.changed();
    })();
    this.inFlight = run;
    await run;
    this.inFlight = null;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
