// Assembles the aggregation inputs from the decrypted records (read model tables): one pass
// over participations and targets, indexed by operation, so 10 000 operations stay linear.
import type { Operation, OperationTarget, Participation } from '../domain';
import type { AggregationInput } from './aggregate';
import type { OperationResults } from './record';

export function aggregationInputs(
  operations: Iterable<Operation>,
  participations: Iterable<Participation>,
  targets: Iterable<OperationTarget>,
  results: ReadonlyMap<string, OperationResults>,
): AggregationInput[] {
  const agencies = new Map<string, string[]>();
  for (const p of participations) {
    const list = agencies.get(p.operationId);
    if (list) list.push(p.agencyId);
    else agencies.set(p.operationId, [p.agencyId]);
  }
  const premises = new Map<string, Map<string, string>>();
  for (const t of targets) {
    let map = premises.get(t.operationId);
    if (!map) premises.set(t.operationId, (map = new Map()));
    map.set(t.id, t.premisesId);
  }
  const out: AggregationInput[] = [];
  for (const operation of operations)
    out.push({
      operation,
      // Results are stored with the operation's id as their own id.
      results: results.get(operation.id),
      agencyIds: agencies.get(operation.id) ?? [],
      premisesOf: premises.get(operation.id) ?? new Map(),
    });
  return out;
}
