// The results part's draft: the stored record (live) with pending edits applied, saved through
// ResultsQueue — when typing stops, when the page is hidden, when the part closes and, through
// the pending-saves registry, before the vault locks. In a shared operation it takes in only
// what the member's rights let the sync engine send: the lead's parts (`edit`) and the rows
// `mayEditRow` allows (`editRow`).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyResults, type OperationResults } from '@shared/results';
import type { MemberRights } from '@shared/sync/rights';
import { registerPendingSaver } from '../../../data/pending-saves';
import { useRepos } from '../../../data/session';
import { errorMessage } from '../../../ui/errors';
import { mayChangeResults, mayChangeResultsRow, useResultsShared } from '../core/share-rights';
import { ResultsQueue, type ResultsMutation, type ResultsSaveState } from './results-queue';

/** One agency's row at one target (targetId null: not tied to one). */
export interface RowRef {
  agencyId: string;
  targetId: string | null;
}

export interface ResultsDraft {
  /** Undefined while the stored record loads. */
  results: OperationResults | undefined;
  saveState: ResultsSaveState;
  /**
   * Sharing rights forbid changes of the lead's parts (follow-ups, next inspections, lessons,
   * press): the fields show them, `edit` does nothing.
   */
  readOnly: boolean;
  /**
   * Whether the record is there to write rows into: in the shared plan as the others have it
   * when the operation is shared here, else in this store (shown empty until then).
   */
  stored: boolean;
  /** Whether this row's numbers and goods may be changed (`editRow`). */
  mayEditRow(row: RowRef): boolean;
  /** A change of the lead's parts (anything but one row). */
  edit(key: string, mutate: ResultsMutation): void;
  /** A change of one row only: `mutate` must touch no other part of the record. */
  editRow(row: RowRef, key: string, mutate: ResultsMutation): void;
  flush(): Promise<void>;
}

/** `member`: the sharing rights in a shared operation, null when it is not shared here. */
export function useResultsDraft(
  operationId: string,
  member: MemberRights | null = null,
): ResultsDraft {
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

  const readOnly = !mayChangeResults(member);
  // The record itself (its creation) is the lead's, started when the operation is marked
  // "Durchgeführt": until it has arrived, a member who may only write rows has nothing to write
  // them into that the others would take. In a shared operation the engine's view decides, not
  // this store: a record only this machine holds would be refused with the first row.
  const inSharedPlan = useResultsShared(operationId);
  const isStored = inSharedPlan ?? (stored !== undefined && stored !== null);
  const mayEditRow = (row: RowRef) => mayChangeResultsRow(member, row) && (!readOnly || isStored);

  return {
    results,
    saveState: queue.state,
    readOnly,
    stored: isStored,
    mayEditRow,
    // A change the sync engine would refuse to send is not taken in at all (the fields are
    // read-only too; this also holds for a key or click that slipped past them).
    edit: (key, mutate) => {
      if (!readOnly) queue.edit(key, mutate);
    },
    editRow: (row, key, mutate) => {
      if (mayEditRow(row)) queue.edit(key, mutate);
    },
    flush: () => queue.flush(),
  };
}
