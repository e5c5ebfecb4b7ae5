// The distribution register's storage: one sealed record per numbered copy in the `distribution`
// table, each issue and each return or destruction audited as an entry of the operation (its
// Verlauf shows "Ausfertigung 2 an … ausgegeben"), in the same transaction as the record.
import {
  copyOf,
  distributionCopySchema,
  recordDisposal,
  recordIssue,
  type CopyIssue,
  type DistributionCopy,
} from '@shared/documents/briefing';
import { DISPOSAL_LABELS } from '@shared/documents/briefing';
import { newId } from '@shared/domain';
import { retryOnConflict, WriteBatch, type RepoContext } from '../../../data/repositories/base';

export interface CopyRecipient {
  name: string;
  agencyId: string | null;
}

export function distributionStore(ctx: RepoContext) {
  const list = async (operationId: string): Promise<DistributionCopy[]> =>
    (await ctx.store.where<unknown>('distribution', 'operationId', operationId))
      .flatMap((r) => {
        const parsed = distributionCopySchema.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => a.number - b.number);

  return {
    list,

    /** Records that `recipient` received a copy of `revision`; a reprint keeps its number. */
    issue(
      operationId: string,
      recipient: CopyRecipient,
      revision: number,
      scope: CopyIssue['scope'],
    ): Promise<DistributionCopy> {
      return retryOnConflict(async () => {
        const copies = await list(operationId);
        const batch = new WriteBatch(ctx);
        const before = copyOf(copies, recipient);
        const copy = distributionCopySchema.parse(
          recordIssue(
            copies,
            recipient,
            { revision, at: batch.now, by: ctx.actor(), scope },
            { id: newId(), operationId },
          ),
        );
        // Two exports at once must not hand out one number twice.
        for (const c of copies) batch.expectUnchanged('distribution', c);
        batch.putRaw('distribution', copy);
        batch.audit({
          entity: 'operation',
          entityId: operationId,
          operationId,
          action: 'export',
          summary:
            `Ausfertigung ${copy.number} an ${copy.recipient} ${before ? 'erneut ' : ''}ausgegeben (Revision ${revision})`.slice(
              0,
              200,
            ),
          changes: [],
        });
        await batch.commit();
        return copy;
      });
    },

    /** After the operation: the copy came back or was destroyed. */
    dispose(copy: DistributionCopy, kind: 'returned' | 'destroyed'): Promise<DistributionCopy> {
      return retryOnConflict(async () => {
        const batch = new WriteBatch(ctx);
        const next = recordDisposal(copy, { kind, at: batch.now, by: ctx.actor() });
        batch.expectUnchanged('distribution', copy);
        batch.putRaw('distribution', next);
        batch.audit({
          entity: 'operation',
          entityId: copy.operationId,
          operationId: copy.operationId,
          action: 'update',
          summary: `Ausfertigung ${copy.number} (${copy.recipient}) ${DISPOSAL_LABELS[kind]}`.slice(
            0,
            200,
          ),
          changes: [],
        });
        await batch.commit();
        return next;
      });
    },
  };
}
