// Results repository: an operation's results as one audited record (id = the operation's id).
// The plan guard is the domain's list of facts after approval: results may be recorded only
// once the operation is "Durchgeführt" (or "Nachbereitet"), never on a plan still in work.
import {
  LATE_FACT_AUDIT_PREFIX,
  mayRecordFact,
  type Operation,
  type OperationTarget,
  type Premises,
} from '@shared/domain';
import {
  emptyResults,
  mergeSlice,
  withSums,
  type AgencyResultsSlice,
  type OperationResults,
} from '@shared/results';
import { CodedError } from '@shared/result';
import { getOrThrow, retryOnConflict, WriteBatch, type RepoContext } from './base';
import { premisesSpec, resultsSpec } from './specs';

export class ResultsClosedError extends CodedError {
  constructor() {
    super(
      'not_allowed',
      'Ergebnisse können erst erfasst werden, wenn der Einsatz als durchgeführt markiert ist.',
    );
  }
}

export interface WrittenResults {
  updatedAt: string;
  rev: number;
}

/**
 * Adds the operation's empty results record to `batch` unless one is stored: the status move to
 * "Durchgeführt" starts it, so that in a shared operation the record (which only the lead may
 * create, shared/sync/rights.ts) reaches the agency members with the status and they can type
 * their rows at once. An existing record is never replaced; a second call adds nothing.
 */
export async function startResults(
  ctx: RepoContext,
  batch: WriteBatch,
  operationId: string,
): Promise<void> {
  if (await ctx.store.get<OperationResults>('results', operationId)) return;
  // The insert expects no record at commit: one written meanwhile fails the move, not itself.
  batch.insert(
    resultsSpec,
    withSums(emptyResults(operationId, operationId, batch.now)),
    `${LATE_FACT_AUDIT_PREFIX}Ergebnisse angelegt`,
  );
}

export function resultsRepository(ctx: RepoContext) {
  /**
   * Applies `mutate` to the stored record (or an empty one) and writes it with its audit
   * entry. The operation is read inside the retry and expected unchanged at commit, so a
   * status move back to planning in between cannot let a result slip in.
   */
  async function update(
    operationId: string,
    mutate: (current: OperationResults) => OperationResults,
  ): Promise<OperationResults> {
    return retryOnConflict(async () => {
      const op = await getOrThrow<Operation>(ctx, 'operations', operationId);
      if (!mayRecordFact(op.status, 'result')) throw new ResultsClosedError();
      const stored = await ctx.store.get<OperationResults>('results', operationId);
      const batch = new WriteBatch(ctx);
      batch.expectUnchanged('operations', op);
      const summary = `${LATE_FACT_AUDIT_PREFIX}Ergebnisse`;
      let written: OperationResults;
      // The sums Auswertung reads are recomputed from the rows on every write.
      if (stored) {
        written = batch.update(resultsSpec, stored, withSums(mutate(stored)), 'update', summary);
      } else {
        const fresh = emptyResults(operationId, operationId, batch.now);
        const next = withSums({ ...mutate(fresh), id: operationId });
        written = batch.insert(resultsSpec, next, summary);
      }
      await batch.commit();
      return written;
    });
  }

  /**
   * Records when a target's premises should be inspected next: in the results record and,
   * in the same transaction, on the premises itself (the registry shows it across operations).
   */
  async function setNextInspection(
    operationId: string,
    targetId: string,
    at: string | null,
  ): Promise<void> {
    await retryOnConflict(async () => {
      const op = await getOrThrow<Operation>(ctx, 'operations', operationId);
      if (!mayRecordFact(op.status, 'result')) throw new ResultsClosedError();
      const target = await getOrThrow<OperationTarget>(ctx, 'targets', targetId);
      if (target.operationId !== operationId)
        throw new CodedError('invalid_input', 'Fremdes Objekt');
      const premises = await getOrThrow<Premises>(ctx, 'premises', target.premisesId);
      const stored = await ctx.store.get<OperationResults>('results', operationId);
      const batch = new WriteBatch(ctx);
      batch.expectUnchanged('operations', op);
      const current = stored ?? emptyResults(operationId, operationId, batch.now);
      const others = current.nextInspections.filter((n) => n.targetId !== targetId);
      const next = {
        ...current,
        nextInspections: at === null ? others : [...others, { targetId, at }],
      };
      const summary = `${LATE_FACT_AUDIT_PREFIX}Nächste Kontrolle`;
      if (stored) batch.update(resultsSpec, stored, next, 'update', summary);
      else batch.insert(resultsSpec, next, summary);
      batch.update(premisesSpec, premises, { ...premises, nextInspectionAt: at });
      await batch.commit();
    });
  }

  return {
    setNextInspection,
    get: (operationId: string) => ctx.store.get<OperationResults>('results', operationId),
    all: () => ctx.store.all<OperationResults>('results'),
    update,
    /** Takes one agency's numbers in (its liaison's "Ergebnisse" envelope, later). */
    async applySlice(slice: AgencyResultsSlice): Promise<OperationResults> {
      return update(slice.operationId, (current) => {
        const merged = mergeSlice(current, slice);
        if (!merged) throw new CodedError('invalid_input', 'Ergebnisse eines anderen Einsatzes');
        return merged;
      });
    },
  };
}
