// Deconfliction across plans for the Kalender, its "Konflikte" list and Bereitschaft: every rule
// over the read model (nothing decrypted here) with the premises window from the settings.
// Recomputed only when one of the tables or the window changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  conflictsByOperation,
  DEFAULT_PREMISES_DAYS,
  findAllConflicts,
  type Conflict,
} from '@shared/calendar';
import type { ReadModelSnapshot } from '../../data/read-model/read-model';
import { useReadModel } from '../../data/read-model/useReadModel';
import { useDataSession } from '../../data/session';

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
  /** False until every table the rules read is loaded. */
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

export function useConflicts(): Conflicts {
  const operations = useReadModel(selectOperations);
  const targets = useReadModel(selectTargets);
  const participations = useReadModel(selectParticipations);
  const agencies = useReadModel(selectAgencies);
  const teams = useReadModel(selectTeams);
  const withinDays = useConflictWindowDays();
  return useMemo(() => {
    if (!operations || !targets || !participations || !agencies || !teams)
      return { ready: false, all: [], byOperation: new Map(), withinDays };
    const all = findAllConflicts({
      operations: operations.rows.values(),
      targets: targets.rows.values(),
      participations: participations.rows.values(),
      agencies: agencies.rows.values(),
      teams: teams.rows.values(),
      withinDays,
    });
    return { ready: true, all, byOperation: conflictsByOperation(all), withinDays };
  }, [operations, targets, participations, agencies, teams, withinDays]);
}
