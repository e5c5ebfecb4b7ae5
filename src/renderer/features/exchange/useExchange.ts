// The exchange state of this installation, reloaded after each write, and the store to write with.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDataSession } from '../../data/session';
import { exchangeStore, type ExchangeState, type ExchangeStore } from './exchange-store';

export interface ExchangeHandle {
  store: ExchangeStore;
  state: ExchangeState | null;
  userName: string;
  reload(): Promise<void>;
}

export function useExchange(): ExchangeHandle {
  const session = useDataSession();
  const settings = useLiveQuery(() => session.repos.settings.get(), [session]);
  const userName = settings?.userName ?? '';
  const store = useMemo(
    () =>
      exchangeStore({
        store: session.store,
        actor: () => userName,
        now: () => new Date().toISOString(),
      }),
    [session, userName],
  );
  const [state, setState] = useState<ExchangeState | null>(null);
  const reload = useCallback(async () => setState(await store.load()), [store]);
  useEffect(() => {
    let live = true;
    void store.load().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [store]);
  return { store, state, userName, reload };
}

/** Reads picked files with a size cap per file (the package core caps again before parsing). */
export async function readFiles(
  files: readonly File[],
  maxBytes: number,
): Promise<{ name: string; data: Uint8Array }[]> {
  return Promise.all(
    files.map(async (f) => ({
      name: f.name.slice(0, 200),
      // Over the cap: an empty-but-too-large marker the core refuses as "too large".
      data:
        f.size > maxBytes ? new Uint8Array(maxBytes + 1) : new Uint8Array(await f.arrayBuffer()),
    })),
  );
}
