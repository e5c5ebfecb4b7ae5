// The list's data: decrypted once per session and kept until the tables it comes from change
// (Dexie reports every write, also from other windows), so returning to Einsätze shows the list
// at once instead of decrypting every record again. The roster counts load after the rows.
// The cache hangs off the session's repositories (WeakMap): when the vault locks, the session
// and with it the decrypted data become unreachable, like every unmounted screen's state.
import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import type { Agency } from '@shared/domain';
import type { Repositories } from '../../../data/repositories';
import type { OperationsOverview, RosterCount } from '../../../data/repositories/operation-queries';

type Source = 'overview' | 'counts' | 'agencies';

export interface ListData {
  overview?: OperationsOverview;
  counts?: Map<string, RosterCount>;
  agencies?: Agency[];
  error?: unknown;
}

const TABLES: Record<Source, readonly string[]> = {
  overview: ['operations'],
  counts: ['participations', 'targets'],
  agencies: ['agencies'],
};

/** Bumped on every write to a source's tables; a cached value is fresh while it is unchanged. */
const generation: Record<Source, number> = { overview: 0, counts: 0, agencies: 0 };
let listening = false;

/** Parts are keyed `idb://<database>/<table>/<index>`. Bumping twice for one write is harmless. */
function noteMutation(parts: Record<string, unknown>): void {
  const tables = new Set(Object.keys(parts).map((key) => key.split('/')[3]));
  for (const source of Object.keys(TABLES) as Source[]) {
    if (TABLES[source].some((t) => tables.has(t))) generation[source]++;
  }
}

/** Keeps counting while no list is mounted, so a list mounted later knows its cache is stale. */
function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on.storagemutated.subscribe(noteMutation);
}

type Entry<T> = { value: T; generation: number };
interface Cached {
  overview?: Entry<OperationsOverview>;
  counts?: Entry<Map<string, RosterCount>>;
  agencies?: Entry<Agency[]>;
}
const cache = new WeakMap<Repositories, Cached>();

function fresh<S extends Source>(repos: Repositories, source: S): Cached[S] | undefined {
  const entry = cache.get(repos)?.[source];
  return entry && entry.generation === generation[source] ? entry : undefined;
}

function cachedData(repos: Repositories): ListData {
  return {
    overview: fresh(repos, 'overview')?.value,
    counts: fresh(repos, 'counts')?.value,
    agencies: fresh(repos, 'agencies')?.value,
  };
}

export function useListData(repos: Repositories): ListData {
  const [state, setState] = useState(() => ({ repos, data: cachedData(repos) }));
  if (state.repos !== repos) setState({ repos, data: cachedData(repos) });

  useEffect(() => {
    listen();
    let cancelled = false;
    let running = false;
    let again = false;
    const store = <S extends Source>(
      source: S,
      value: NonNullable<Cached[S]>['value'],
      g: number,
    ) => {
      const entry = cache.get(repos) ?? {};
      (entry as Record<Source, Entry<unknown>>)[source] = { value, generation: g };
      cache.set(repos, entry);
      if (!cancelled) setState((s) => ({ ...s, data: { ...s.data, [source]: value } }));
    };
    const refresh = async <S extends Source>(
      source: S,
      read: () => Promise<NonNullable<Cached[S]>['value']>,
    ) => {
      if (fresh(repos, source)) return;
      const g = generation[source];
      store(source, await read(), g);
    };
    const load = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          // Rows first (what the list needs to appear), then the counts for its column.
          await Promise.all([
            refresh('overview', () => repos.operationQueries.overview()),
            refresh('agencies', () => repos.agencies.list({ includeRetired: true })),
          ]);
          await refresh('counts', () => repos.operationQueries.rosterCounts());
        } while (again && !cancelled);
      } catch (error) {
        // After a lock the store refuses reads; an unmounted list has nobody to tell.
        if (!cancelled) setState((s) => ({ ...s, data: { ...s.data, error } }));
      } finally {
        running = false;
      }
    };
    // Dexie does not promise an order among subscribers: note the change here too, first.
    const onMutated = (parts: Record<string, unknown>) => {
      noteMutation(parts);
      void load();
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    void load();
    return () => {
      cancelled = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [repos]);

  return state.data;
}
