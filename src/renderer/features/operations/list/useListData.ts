// The list's data, read from the session's decrypted read model: nothing is decrypted here. The
// model patches itself per changed record (also for writes from other windows), and each part
// below keeps its identity while its tables are unchanged, so returning to Einsätze reuses the
// derived rows, and a write to one plan re-derives only what depends on the changed table.
// Rows appear as soon as operations and agencies are decrypted; the roster counts follow.
import type { Agency } from '@shared/domain';
import type { ReadModelSnapshot, TableView } from '../../../data/read-model/read-model';
import { useReadModel } from '../../../data/read-model/useReadModel';
import {
  overviewOfView,
  rosterCountsOfViews,
  type OperationsOverview,
  type RosterCount,
} from '../../../data/repositories/operation-queries';

export interface ListData {
  overview?: OperationsOverview;
  counts?: Map<string, RosterCount>;
  agencies?: Agency[];
  error?: unknown;
}

const agencyLists = new WeakMap<TableView<Agency>, Agency[]>();

/** Agencies that still exist on their own (a merged one is named by the one it went into). */
function agenciesOf(view: TableView<Agency>): Agency[] {
  let list = agencyLists.get(view);
  if (!list) {
    list = [...view.rows.values()]
      .filter((a) => a.mergedInto === null)
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
    agencyLists.set(view, list);
  }
  return list;
}

const selectOverview = ({ tables }: ReadModelSnapshot) =>
  tables.operations.ready ? overviewOfView(tables.operations) : undefined;
const selectAgencies = ({ tables }: ReadModelSnapshot) =>
  tables.agencies.ready ? agenciesOf(tables.agencies) : undefined;
const selectCounts = ({ tables }: ReadModelSnapshot) =>
  tables.participations.ready && tables.targets.ready
    ? rosterCountsOfViews(tables.participations, tables.targets)
    : undefined;
const selectError = ({ error }: ReadModelSnapshot) => error;

export function useListData(): ListData {
  const overview = useReadModel(selectOverview);
  const agencies = useReadModel(selectAgencies);
  const counts = useReadModel(selectCounts);
  const error = useReadModel(selectError);
  return { overview, agencies, counts, error };
}
