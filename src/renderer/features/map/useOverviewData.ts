// Karte's records from the session's decrypted read model (nothing is decrypted here), and the
// search documents over names and addresses, each kept while its table is unchanged.
import { useMemo } from 'react';
import type { Operation, OperationTarget, Premises } from '@shared/domain';
import type { ReadModelSnapshot, TableView } from '../../data/read-model/read-model';
import { useReadModel, useReadModelPriority } from '../../data/read-model/useReadModel';
import type { SearchDoc } from '../../search/config';

export interface OverviewData {
  premises: TableView<Premises>;
  targets: TableView<OperationTarget>;
  operations: TableView<Operation>;
}

const selectPremises = ({ tables }: ReadModelSnapshot) => tables.premises;
const selectTargets = ({ tables }: ReadModelSnapshot) => tables.targets;
const selectOperations = ({ tables }: ReadModelSnapshot) => tables.operations;
const selectError = ({ error }: ReadModelSnapshot) => error;

/**
 * What Karte reads, built first when Karte is opened before the read model is complete: the
 * premises are the largest table, and without this they come after the operations list's tables
 * and the participations.
 */
const MAP_TABLES = ['premises', 'targets', 'operations'] as const;

/** The three tables once all are built; `error` when the build failed. */
export function useOverviewData(): { data: OverviewData | null; error: unknown } {
  useReadModelPriority(MAP_TABLES);
  const premises = useReadModel(selectPremises);
  const targets = useReadModel(selectTargets);
  const operations = useReadModel(selectOperations);
  const error = useReadModel(selectError);
  const ready = premises.ready && targets.ready && operations.ready;
  const data = useMemo(
    () => (ready ? { premises, targets, operations } : null),
    [ready, premises, targets, operations],
  );
  return { data, error };
}

/** Name and address of every located premises: what the map's search box looks in. */
export function useMapSearchDocs(
  premises: TableView<Premises> | undefined,
): SearchDoc[] | undefined {
  return useMemo(() => {
    if (!premises) return undefined;
    const docs: SearchDoc[] = [];
    for (const p of premises.rows.values()) {
      if (!p.location || p.retired) continue;
      const a = p.address;
      docs.push({
        id: p.id,
        rev: p.rev,
        text: {
          primary: p.name,
          place: [a.street, a.houseNumber, a.postalCode, a.city, a.district].join(' '),
        },
      });
    }
    return docs;
  }, [premises]);
}
