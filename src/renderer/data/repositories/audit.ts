// Audit repository: read-only access to the change history.
import type { AuditEntry } from '@shared/domain';
import type { RepoContext } from './base';

const newestFirst = (a: AuditEntry, b: AuditEntry) => b.at.localeCompare(a.at);

export function auditRepository(ctx: RepoContext) {
  return {
    async forOperation(operationId: string): Promise<AuditEntry[]> {
      return (await ctx.store.where<AuditEntry>('audit', 'operationId', operationId)).sort(
        newestFirst,
      );
    },
    async forEntity(entityId: string): Promise<AuditEntry[]> {
      return (await ctx.store.where<AuditEntry>('audit', 'entityId', entityId)).sort(newestFirst);
    },
    count: () => ctx.store.count('audit'),
  };
}
