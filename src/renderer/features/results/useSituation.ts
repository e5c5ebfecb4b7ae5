// Auswertung's numbers from the session's decrypted read model (nothing decrypted here): the
// operations are prepared once per change of their tables, a filter change only re-aggregates.
import { useMemo } from 'react';
import {
  aggregate,
  aggregationInputs,
  prepareOperations,
  type PreparedOperation,
  type ResultsAggregate,
  type ResultsFilter,
} from '@shared/results';
import type { ReadModelSnapshot } from '../../data/read-model/read-model';
import { useReadModel, useReadModelPriority } from '../../data/read-model/useReadModel';
import { knownFilter } from './results-url';

const selectOperations = ({ tables }: ReadModelSnapshot) => tables.operations;
const selectParticipations = ({ tables }: ReadModelSnapshot) => tables.participations;
const selectTargets = ({ tables }: ReadModelSnapshot) => tables.targets;
const selectResults = ({ tables }: ReadModelSnapshot) => tables.results;
const selectAgencies = ({ tables }: ReadModelSnapshot) => tables.agencies;
const selectPremises = ({ tables }: ReadModelSnapshot) => tables.premises;

/** What the counting needs: built before the premises when Auswertung is opened first. */
const COUNTED_TABLES = ['operations', 'participations', 'targets', 'results'] as const;

export function usePreparedOperations(): PreparedOperation[] | null {
  useReadModelPriority(COUNTED_TABLES);
  const operations = useReadModel(selectOperations);
  const participations = useReadModel(selectParticipations);
  const targets = useReadModel(selectTargets);
  const results = useReadModel(selectResults);
  const ready = operations.ready && participations.ready && targets.ready && results.ready;
  return useMemo(
    () =>
      ready
        ? prepareOperations(
            aggregationInputs(
              operations.rows.values(),
              participations.rows.values(),
              targets.rows.values(),
              results.rows,
            ),
          )
        : null,
    [ready, operations, participations, targets, results],
  );
}

/** The numbers under `filter`, and the filter they were counted under (unknown values dropped). */
export function useSituation(filter: ResultsFilter): {
  prepared: PreparedOperation[] | null;
  aggregate: ResultsAggregate | null;
  filter: ResultsFilter;
} {
  const prepared = usePreparedOperations();
  const effective = useMemo(
    () => (prepared ? knownFilter(filter, prepared) : filter),
    [prepared, filter],
  );
  const result = useMemo(
    () => (prepared ? aggregate(prepared, effective) : null),
    [prepared, effective],
  );
  return { prepared, aggregate: result, filter: effective };
}

/** Names for agencies and premises, from the same read model. */
export function useNames() {
  const agencies = useReadModel(selectAgencies);
  const premises = useReadModel(selectPremises);
  return useMemo(
    () => ({
      agency: (id: string) => agencies.rows.get(id)?.name ?? id,
      premises: (id: string) => premises.rows.get(id)?.name ?? id,
      agencyList: [...agencies.rows.values()],
    }),
    [agencies, premises],
  );
}
