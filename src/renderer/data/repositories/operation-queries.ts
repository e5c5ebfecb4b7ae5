// Reads and bulk steps for the operations list: one pass over all operations for the whole
// screen (every record is decrypted, so reading them once instead of three times matters at 10k),
// the roster counts as a second step, and emptying the trash.
import type { Operation, OperationTarget, Participation } from '@shared/domain';
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

export function operationQueries(ctx: RepoContext) {
  return {
    /** All operations, sorted into active plans, trash and templates. */
    async overview(): Promise<OperationsOverview> {
      const result: OperationsOverview = { active: [], trash: [], templates: [] };
      for (const o of await ctx.store.all<Operation>('operations')) {
        if (o.deletedAt !== null) result.trash.push(o);
        else if (o.template) result.templates.push(o);
        else result.active.push(o);
      }
      result.trash.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
      result.templates.sort((a, b) => a.codeName.localeCompare(b.codeName, 'de'));
      return result;
    },

    /**
     * Agencies (total and confirmed) and premises per operation. Separate from overview() so
     * the list can show its rows before these thousands of records are decrypted too.
     */
    async rosterCounts(): Promise<Map<string, RosterCount>> {
      const [participations, targets] = await Promise.all([
        ctx.store.all<Participation>('participations'),
        ctx.store.all<OperationTarget>('targets'),
      ]);
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
    },

    /**
     * Deletes everything in the trash for good, one operation per transaction (each with its
     * own audit record, as a single purge does). Returns how many were deleted.
     */
    async emptyTrash(): Promise<number> {
      const { purge } = operationLifecycle(ctx);
      const trashed = (await ctx.store.all<Operation>('operations')).filter(
        (o) => o.deletedAt !== null,
      );
      for (const o of trashed) await purge(o.id);
      return trashed.length;
    },
  };
}
