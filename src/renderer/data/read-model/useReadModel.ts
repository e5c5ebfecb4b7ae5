// React access to the session's read model: `useReadModel(selector)` re-renders when the
// selected value changes. A selector must return something that keeps its identity while its
// tables are unchanged (a table view, or a value memoised on one), else React re-renders forever.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useDataSession } from '../session';
import type { ReadModelSnapshot, ReadModelTable } from './read-model';

export function useReadModel<T>(selector: (snapshot: ReadModelSnapshot) => T): T {
  const { readModel } = useDataSession();
  const getSnapshot = useCallback(() => selector(readModel.getSnapshot()), [readModel, selector]);
  return useSyncExternalStore(readModel.subscribe, getSnapshot);
}

/**
 * Asks the read model to build these tables next if their first build is still to come (a
 * page that needs them should not wait for the large tables it never reads). Pass a constant.
 */
export function useReadModelPriority(tables: readonly ReadModelTable[]): void {
  const { readModel } = useDataSession();
  useEffect(() => readModel.prioritise(tables), [readModel, tables]);
}
