// Deconfliction across plans for the Kalender, its "Konflikte" list and Bereitschaft: every rule
// over the read model (nothing decrypted here) with the premises window from the settings, run
// in a worker (conflict-client.ts) so the page never waits for it. Until the first answer the
// result says it is not ready; after a change the previous answer stays until the next arrives.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { DEFAULT_PREMISES_DAYS, type Conflict } from '@shared/calendar';
import type { ReadModelSnapshot } from '../../data/read-model/read-model';
import { useReadModel } from '../../data/read-model/useReadModel';
import { useDataSession } from '../../data/session';
import { conflictClientOf, type ConflictViews } from './conflict-client';

const ready =
  <K extends keyof ReadModelSnapshot['tables']>(name: K) =>
  ({ tables }: ReadModelSnapshot) =>
    tables[name].ready ? tables[name] : undefined;
const selectOperations = ready('operations');
const selectTargets = ready('targets');
const selectParticipations = ready('participations');
const selectAgencies = ready('agencies');
const selectTeams = ready('teams');

export interface Conflicts {
  /** False until the first answer for every table the rules read has arrived. */
  ready: boolean;
  all: Conflict[];
  byOperation: Map<string, Conflict[]>;
  withinDays: number;
}

/** The premises window: the setting, or 14 days until it is read or when never set. */
export function useConflictWindowDays(): number {
  const session = useDataSession();
  const settings = useLiveQuery(() => session.repos.settings.get(), [session]);
  return settings?.conflictWindowDays ?? DEFAULT_PREMISES_DAYS;
}

const NONE: Conflict[] = [];
const NO_MAP = new Map<string, Conflict[]>();

export function useConflicts(): Conflicts {
  const { readModel } = useDataSession();
  const client = conflictClientOf(readModel);
  const operations = useReadModel(selectOperations);
  const targets = useReadModel(selectTargets);
  const participations = useReadModel(selectParticipations);
  const agencies = useReadModel(selectAgencies);
  const teams = useReadModel(selectTeams);
  const withinDays = useConflictWindowDays();
  const views = useMemo((): ConflictViews | null => {
    if (!operations || !targets || !participations || !agencies || !teams) return null;
    return { operations, targets, participations, agencies, teams };
  }, [operations, targets, participations, agencies, teams]);
  const result = useSyncExternalStore(client.subscribe, client.getResult);
  useEffect(() => {
    if (views) client.request(views, withinDays);
  }, [client, views, withinDays]);
  return useMemo(
    () =>
      result
        ? { ready: true, all: result.all, byOperation: result.byOperation, withinDays }
        : { ready: false, all: NONE, byOperation: NO_MAP, withinDays },
    [result, withinDays],
  );
}
