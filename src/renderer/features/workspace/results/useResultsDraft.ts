// The results part's draft: the stored record (live) with pending edits applied, saved through
// ResultsQueue — when typing stops, when the page is hidden, when the part closes and, through
// the pending-saves registry, before the vault locks.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyResults, type OperationResults } from '@shared/results';
import { registerPendingSaver } from '../../../data/pending-saves';
import { useRepos } from '../../../data/session';
import { errorMessage } from '../../../ui/errors';
import { ResultsQueue, type ResultsMutation, type ResultsSaveState } from './results-queue';

export interface ResultsDraft {
  /** Undefined while the stored record loads. */
  results: OperationResults | undefined;
  saveState: ResultsSaveState;
  /** Sharing rights forbid changes here: the fields show the results, `edit` does nothing. */
  readOnly: boolean;
  edit(key: string, mutate: ResultsMutation): void;
  flush(): Promise<void>;
}

export function useResultsDraft(operationId: string, readOnly = false): ResultsDraft {
  const { t } = useTranslation('results');
  const repos = useRepos();
  // null: loaded, no record yet (distinct from undefined: still loading).
  const stored = useLiveQuery(
    async () => (await repos.results.get(operationId)) ?? null,
    [repos, operationId],
  );
  const queue = useMemo(
    () =>
      new ResultsQueue({
        write: (mutate) => repos.results.update(operationId, mutate),
        errorMessage: (e) => errorMessage(e),
      }),
    [repos, operationId],
  );
  const version = useSyncExternalStore(
    (l) => queue.subscribe(l),
    () => queue.version,
  );

  useEffect(() => {
    const unregister = registerPendingSaver({
      label: () => t('saver'),
      pendingCount: () => queue.pendingCount(),
      flush: () => queue.flush(),
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    const onPageHide = () => void queue.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void queue.flush();
    };
  }, [queue, t]);

  const results = useMemo(() => {
    if (stored === undefined) return undefined;
    // `version` re-runs this when the queue changes.
    void version;
    return queue.apply(stored ?? emptyResults(operationId, operationId, new Date(0).toISOString()));
  }, [stored, queue, version, operationId]);

  return {
    results,
    saveState: queue.state,
    readOnly,
    // A change the sync engine would refuse to send is not taken in at all (the fields are
    // read-only too; this also holds for a key or click that slipped past them).
    edit: (key, mutate) => {
      if (!readOnly) queue.edit(key, mutate);
    },
    flush: () => queue.flush(),
  };
}
