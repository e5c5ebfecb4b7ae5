// Lifecycle of an operation: status moves with approval and revisions, archive, trash and
// permanent deletion (which also removes the personal data in its history).
import {
  applyTransition,
  newId,
  type AuditEntry,
  type Operation,
  type OperationRevision,
  type OperationStatus,
} from '@shared/domain';
import { CodedError } from '@shared/result';
import { getOrThrow, updateEntity, WriteBatch, type RepoContext } from './base';
import { loadPlan } from './plan-io';
import { operationSpec } from './specs';

const CHILD_TABLES = [
  'targets',
  'participations',
  'teams',
  'timeline',
  'comms',
  'findings',
  'revisions',
] as const;

export function operationLifecycle(ctx: RepoContext) {
  const setFlag = (id: string, patch: Partial<Operation>, action: 'trash' | 'restore' | 'update') =>
    updateEntity(ctx, operationSpec, id, (o) => ({ ...o, ...patch }), action);

  return {
    /**
     * Moves the status on. Leaving `approved` for `planning` keeps the approved plan as a
     * readable snapshot (revision N) in the same transaction that starts revision N+1.
     */
    async transition(id: string, to: OperationStatus): Promise<Operation> {
      const current = await getOrThrow<Operation>(ctx, 'operations', id);
      const r = applyTransition(current, to, { actor: ctx.actor(), now: ctx.now() });
      if (!r.ok)
        throw new CodedError(
          'not_allowed',
          r.error === 'approver_missing'
            ? 'Für die Freigabe wird Ihr Name benötigt (Einstellungen).'
            : 'Dieser Statuswechsel ist nicht möglich.',
        );
      const batch = new WriteBatch(ctx);
      if (r.startsRevision) {
        const snapshot: OperationRevision = {
          id: newId(),
          operationId: id,
          revision: current.revision,
          approval: current.approval,
          createdAt: batch.now,
          snapshot: await loadPlan(ctx, id),
        };
        batch.putRaw('revisions', snapshot);
      }
      const action = to === 'approved' ? 'approve' : r.startsRevision ? 'revise' : 'status';
      const stored = batch.update(operationSpec, current, r.operation, action);
      await batch.commit();
      return stored;
    },

    async revisions(operationId: string): Promise<OperationRevision[]> {
      const list = await ctx.store.where<OperationRevision>(
        'revisions',
        'operationId',
        operationId,
      );
      return list.sort((a, b) => a.revision - b.revision);
    },

    archive: (id: string) => setFlag(id, { archivedAt: ctx.now() }, 'update'),
    unarchive: (id: string) => setFlag(id, { archivedAt: null }, 'update'),
    trash: (id: string) => setFlag(id, { deletedAt: ctx.now() }, 'trash'),
    restore: (id: string) => setFlag(id, { deletedAt: null }, 'restore'),

    /**
     * Deletes an operation from the trash for good: the plan, its parts, results, revisions and
     * the history entries that hold their values. One entry without values records the deletion.
     */
    async purge(id: string): Promise<void> {
      const op = await getOrThrow<Operation>(ctx, 'operations', id);
      if (op.deletedAt === null)
        throw new CodedError(
          'not_allowed',
          'Nur Einsätze im Papierkorb können endgültig gelöscht werden.',
        );
      const batch = new WriteBatch(ctx);
      for (const table of CHILD_TABLES) {
        for (const row of await ctx.store.where<{ id: string }>(table, 'operationId', id))
          batch.deleteRaw(table, row.id);
      }
      for (const entry of await ctx.store.where<AuditEntry>('audit', 'operationId', id))
        batch.deleteRaw('audit', entry.id);
      batch.deleteRaw('operations', id);
      batch.audit({
        entity: 'operation',
        entityId: id,
        operationId: null,
        action: 'delete',
        summary: `${op.codeName} endgültig gelöscht`,
        changes: [],
      });
      await batch.commit();
    },
  };
}
