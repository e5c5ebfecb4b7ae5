// The Kalender's data from the session's read model: operations, who takes part, agency names.
// Nothing is decrypted here; each value is memoised on the table view it came from.
import { useMemo } from 'react';
import type { Agency, Operation, Participation } from '@shared/domain';
import type { ReadModelSnapshot, TableView } from '../../data/read-model/read-model';
import { useReadModel, useReadModelPriority } from '../../data/read-model/useReadModel';

const selectOperations = ({ tables }: ReadModelSnapshot): TableView<Operation> | undefined =>
  tables.operations.ready ? tables.operations : undefined;
const selectParticipations = ({ tables }: ReadModelSnapshot) =>
  tables.participations.ready ? tables.participations : undefined;
const selectAgencies = ({ tables }: ReadModelSnapshot) =>
  tables.agencies.ready ? tables.agencies : undefined;

/**
 * What the Kalender reads, in the order it needs it after unlock: the operations draw the
 * calendar, agencies and participations fill the filters, teams and targets complete the
 * conflicts. The read model builds these before the rest (premises above all, which the Kalender
 * never reads).
 */
const CALENDAR_TABLES = ['operations', 'agencies', 'participations', 'teams', 'targets'] as const;

export interface CalendarData {
  operations?: TableView<Operation>;
  agenciesByOperation: Map<string, Set<string>>;
  agencies: Agency[];
}

function agenciesByOperation(view: TableView<Participation> | undefined) {
  const out = new Map<string, Set<string>>();
  for (const p of view?.rows.values() ?? []) {
    let set = out.get(p.operationId);
    if (!set) out.set(p.operationId, (set = new Set()));
    set.add(p.agencyId);
  }
  return out;
}

export function useCalendarData(): CalendarData {
  useReadModelPriority(CALENDAR_TABLES);
  const operations = useReadModel(selectOperations);
  const participations = useReadModel(selectParticipations);
  const agencyView = useReadModel(selectAgencies);
  const byOperation = useMemo(() => agenciesByOperation(participations), [participations]);
  const agencies = useMemo(
    () =>
      [...(agencyView?.rows.values() ?? [])]
        .filter((a) => a.mergedInto === null)
        .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    [agencyView],
  );
  return { operations, agenciesByOperation: byOperation, agencies };
}
