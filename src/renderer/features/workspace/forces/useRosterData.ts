// Roster data the views share: the agencies as a list, the deconfliction across all operations,
// and the current time for overdue checks.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { deconflictionsFor, findDeconflictions, type Deconfliction } from '@shared/roster';
import { useRepos } from '../../../data/session';
import { useWorkspace } from '../core/context';

export function useDeconflictions(): { conflicts: Deconfliction[]; codeName(id: string): string } {
  const repos = useRepos();
  const { plan } = useWorkspace();
  const data = useLiveQuery(async () => {
    const [overview, participations] = await Promise.all([
      repos.operationQueries.overview(),
      repos.plan.participations.listAll(),
    ]);
    return { operations: overview.active, participations };
  }, [repos]);
  return useMemo(() => {
    if (!data) return { conflicts: [], codeName: () => '' };
    const names = new Map(data.operations.map((o) => [o.id, o.codeName]));
    const all = findDeconflictions(data.operations, data.participations);
    return {
      conflicts: deconflictionsFor(plan.operation.id, all),
      codeName: (id) => names.get(id) ?? '',
    };
  }, [data, plan.operation.id]);
}
