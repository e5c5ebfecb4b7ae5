// Autosave for the workspace: edits show at once, are kept as pending changes and written
// shortly after typing stops (and immediately on blur, tab change, navigation or reload), each
// applied onto the latest stored version so parallel edits of other fields are not lost.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isPlanEditable, type Operation } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { errorMessage } from '../../../ui/errors';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

export type Mutation = (o: Operation) => Operation;

export interface OperationDraft {
  /** The stored operation with pending edits applied (undefined while loading). */
  operation: Operation | undefined;
  /** False once loaded and the id does not exist. */
  exists: boolean;
  readOnly: boolean;
  saveState: SaveState;
  /** Queues a change; `key` names the field so a newer edit of it replaces an older one. */
  edit(key: string, mutate: Mutation): void;
  flush(): Promise<void>;
}

const DEBOUNCE_MS = 500;

export function useOperationDraft(operationId: string): OperationDraft {
  const repos = useRepos();
  const stored = useLiveQuery(
    () => repos.operations.get(operationId).catch(() => null),
    [repos, operationId],
  );
  // The ref is what saving works with; the state copy is what rendering shows.
  const pending = useRef(new Map<string, Mutation>());
  const [pendingView, setPendingView] = useState<ReadonlyMap<string, Mutation>>(new Map());
  const sync = useCallback(() => setPendingView(new Map(pending.current)), []);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    if (pending.current.size === 0) return;
    const batch = new Map(pending.current);
    setSaveState({ kind: 'saving' });
    inFlight.current = repos.operations
      .update(operationId, (o) => [...batch.values()].reduce((acc, m) => m(acc), o))
      .then((saved) => {
        // Edits made while this write was running stay pending.
        for (const [k, m] of batch) if (pending.current.get(k) === m) pending.current.delete(k);
        sync();
        setSaveState(
          pending.current.size > 0 ? { kind: 'pending' } : { kind: 'saved', at: saved.updatedAt },
        );
      })
      .catch((e: unknown) => {
        setSaveState({ kind: 'error', message: errorMessage(e) });
      })
      .finally(() => {
        inFlight.current = null;
      });
    await inFlight.current;
  }, [repos, operationId, sync]);

  const edit = useCallback(
    (key: string, mutate: Mutation) => {
      pending.current.set(key, mutate);
      sync();
      setSaveState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, sync],
  );

  // Write what is pending when leaving the workspace or the page.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onUnload = (e: BeforeUnloadEvent) => {
      if (pending.current.size === 0) return;
      void flush();
      e.preventDefault();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      void flush();
    };
  }, [flush]);

  const operation = useMemo(
    () => (stored ? [...pendingView.values()].reduce((acc, m) => m(acc), stored) : undefined),
    [stored, pendingView],
  );

  return {
    operation,
    exists: stored !== null,
    readOnly: stored ? !isPlanEditable(stored.status) : true,
    saveState,
    edit,
    flush,
  };
}
