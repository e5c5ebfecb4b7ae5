// Reads and bulk steps for the operations list. The list's data comes from the session's
// decrypted read model (decrypted once after unlock, patched per change), so these are pure
// passes over memory, remembered per table snapshot; without a read model (a store opened on
// its own, as in some tests) they fall back to decrypting the tables.
import type { Operation, OperationTarget, Participation } from '@shared/domain';
import { readModelOf, type TableView } from '../read-model/read-model';
import type { RepoContext } from './base';
import { operationLifecycle } from './operation-lifecycle';

export interface OperationsOverview {
  /** Plans that are neither in the trash nor templates. */
  active: Operation[];
  /** Plans in the trash, most recently deleted first. */
  trash: Operation[];
  /** Templates (Muster), by name. */
  templates: Operation[];
}

export interface RosterCount {
  total: number;
  confirmed: number;
  targets: number;
}

const CONFIRMED = new Set(['confirmed', 'partially_confirmed']);

/** All operations, sorted into active plans, trash and templates. */
export function overviewOf(operations: Iterable<Operation>): OperationsOverview {
  const result: OperationsOverview = { active: [], trash: [], templates: [] };
  for (const o of operations) {
    if (o.deletedAt !== null) result.trash.push(o);
    else if (o.template) result.templates.push(o);
    else result.active.push(o);
  }
  result.trash.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  result.templates.sort((a, b) => a.codeName.localeCompare(b.codeName, 'de'));
  return result;
}

/** Agencies (total and confirmed) and premises per operation. */
export function rosterCountsOf(
  participations: Iterable<Participation>,
  targets: Iterable<OperationTarget>,
): Map<string, RosterCount> {
  const counts = new Map<string, RosterCount>();
  const bucket = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { total: 0, confirmed: 0, targets: 0 }));
    return c;
  };
  for (const p of participations) {
    const c = bucket(p.operationId);
    c.total++;
    if (CONFIRMED.has(p.confirmation.status)) c.confirmed++;
  }
  for (const t of targets) bucket(t.operationId).targets++;
  return counts;
}

// Remembered per table view: the read model publishes a new view object on every change of
// its table, so the same data gives the same result object and everything derived from it
// further down (rows, search documents) is reused too, e.g. when the list is opened again.
const overviews = new WeakMap<TableView<Operation>, OperationsOverview>();
const counts = new WeakMap<
  TableView<Participation>,
  { targets: TableView<OperationTarget>; counts: Map<string, RosterCount> }
>();

export function overviewOfView(view: TableView<Operation>): OperationsOverview {
  let result = overviews.get(view);
  if (!result) overviews.set(view, (result = overviewOf(view.rows.values())));
  return result;
}

export function rosterCountsOfViews(
  participations: TableView<Participation>,
  targets: TableView<OperationTarget>,
): Map<string, RosterCount> {
  const cached = counts.get(participations);
  if (cached?.targets === targets) return cached.counts;
  const result = rosterCountsOf(participations.rows.values(), targets.rows.values());
  counts.set(participations, { targets, counts: result });
  return result;
}

export function operationQueries(ctx: RepoContext) {
  /** All operations, sorted into active plans, trash and templates. */
  const overview = async (): Promise<OperationsOverview> => {
    const model = readModelOf(ctx.store);
    if (!model) return overviewOf(await ctx.store.all<Operation>('operations'));
    await model.table('operations');
    return overviewOfView(model.getSnapshot().tables.operations);
  };
  return {
    overview,

    /**
     * Agencies (total and confirmed) and premises per operation. Separate from overview() so
     * the list can show its rows before the roster tables are ready.
     */
    async rosterCounts(): Promise<Map<string, RosterCount>> {
      const model = readModelOf(ctx.store);
      if (!model) {
        const [participations, targets] = await Promise.all([
          ctx.store.all<Participation>('participations'),
          ctx.store.all<OperationTarget>('targets'),
        ]);
        return rosterCountsOf(participations, targets);
      }
      await Promise.all([model.table('participations'), model.table('targets')]);
      const { tables } = model.getSnapshot();
      return rosterCountsOfViews(tables.participations, tables.targets);
    },

    /**
     * Deletes everything in the trash for good, one operation per transaction (each with its
     * own audit record, as a single purge does). Returns how many were deleted.
     */
    async emptyTrash(): Promise<number> {
      const { purge } = operationLifecycle(ctx);
      const trashed = [...(await overview()).trash];
      for (const o of trashed) await purge(o.id);
      return trashed.length;
    },
  };
}
