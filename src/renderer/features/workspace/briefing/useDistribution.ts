// The operation's distribution register, live from the store, with the two writes the part needs.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { DistributionCopy } from '@shared/documents/briefing';
import { useDataSession } from '../../../data/session';
import { useWorkspace } from '../core/context';
import { distributionStore } from './distribution-store';
import type { Recipient } from './recipients';
import type { BriefingRegister } from './useBriefingExport';

const NONE: readonly DistributionCopy[] = [];

export function useDistribution(): BriefingRegister & {
  loaded: boolean;
  dispose(copy: DistributionCopy, kind: 'returned' | 'destroyed'): Promise<void>;
} {
  const session = useDataSession();
  const { plan } = useWorkspace();
  const operationId = plan.operation.id;
  const settings = useLiveQuery(() => session.repos.settings.get(), [session]);
  const userName = settings?.userName ?? '';
  const store = useMemo(
    () =>
      distributionStore({
        store: session.store,
        actor: () => userName,
        now: () => new Date().toISOString(),
      }),
    [session, userName],
  );
  const copies = useLiveQuery(() => store.list(operationId), [store, operationId]);
  const recordIssue = useCallback(
    async (r: Recipient, scope: 'full' | 'agency') => {
      await store.issue(
        operationId,
        { name: r.name, agencyId: r.agencyId },
        plan.operation.revision,
        scope,
      );
    },
    [store, operationId, plan.operation.revision],
  );
  const dispose = useCallback(
    async (copy: DistributionCopy, kind: 'returned' | 'destroyed') => {
      await store.dispose(copy, kind);
    },
    [store],
  );
  return { copies: copies ?? NONE, loaded: copies !== undefined, recordIssue, dispose };
}
