// The workspace's save hook: one SaveQueue per open plan, for the operation and every plan part,
// so the header's save state covers all edits. It writes what is pending when the page is hidden
// or left, when the workspace closes, and — through the pending-saves registry — before a lock.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlanEditable, type Operation, type PlanSnapshot } from '@shared/domain';
import { registerPendingSaver } from '../../../data/pending-saves';
import { useRepos } from '../../../data/session';
import { errorMessage } from '../../../ui/errors';
import { rightsAllow, useOwnRights, type OwnRights } from './share-rights';
import {
  SaveQueue,
  type ItemTable,
  type Mutation,
  type PlanRecords,
  type RecordTable,
  type SaveState,
  type Written,
} from './save-queue';

export type { Mutation, SaveState } from './save-queue';

export interface OperationDraft {
  /** The stored operation with pending edits applied (undefined while loading). */
  operation: Operation | undefined;
  /** False once loaded and the id does not exist. */
  exists: boolean;
  /** The plan's own fields cannot be edited: its status fixes it, or sharing rights forbid. */
  readOnly: boolean;
  /** The status fixes the plan (approved or later): only late facts may still be recorded. */
  locked: boolean;
  /** This installation's rights in the operation's open share; null when it is not shared. */
  member: OwnRights | null;
  /** Sharing rights only, status aside (late facts ask this beside `mayRecordFact`). */
  mayChange(table: RecordTable, owner: string | null): boolean;
  /** A record of a plan part owned by `owner` cannot be edited: status or sharing rights. */
  itemReadOnly(table: ItemTable, owner: string | null): boolean;
  saveState: SaveState;
  /** Queues a change; `key` names the field so a newer edit of it replaces an older one. */
  edit(key: string, mutate: Mutation<Operation>): void;
  /** Queues a change of one plan part (a team, a target, …), keyed like `edit`. */
  editItem<K extends ItemTable>(
    table: K,
    id: string,
    key: string,
    mutate: Mutation<PlanRecords[K]>,
  ): void;
  /** Whether an edit of this record field waits to be stored. */
  isPending(table: RecordTable, id: string, key: string): boolean;
  /** The stored plan with every pending edit applied. */
  applyPlan(plan: PlanSnapshot): PlanSnapshot;
  flush(): Promise<void>;
}

type Writers = {
  [K in RecordTable]: (id: string, m: Mutation<PlanRecords[K]>) => Promise<Written>;
};

export interface DraftOptions {
  /** Rights to edit under instead of those of the operation's open share (a test's member). */
  member?: OwnRights | null;
}

export function useOperationDraft(operationId: string, options: DraftOptions = {}): OperationDraft {
  const { t } = useTranslation('workspace');
  const repos = useRepos();
  const shared = useOwnRights(operationId);
  const member = options.member !== undefined ? options.member : shared;
  const stored = useLiveQuery(
    () => repos.operations.get(operationId).catch(() => null),
    [repos, operationId],
  );
  const queue = useMemo(() => {
    const writers: Writers = {
      operation: (id, m) => repos.operations.update(id, m),
      targets: (id, m) => repos.plan.targets.update(id, m),
      participations: (id, m) => repos.plan.participations.update(id, m),
      teams: (id, m) => repos.plan.teams.update(id, m),
      timeline: (id, m) => repos.plan.timeline.update(id, m),
      comms: (id, m) => repos.plan.comms.update(id, m),
    };
    return new SaveQueue({
      write: (table, id, m) => writers[table](id, m),
      errorMessage,
    });
    // One queue per open plan: switching plans starts a fresh one (the old one flushes).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repos, operationId]);
  const version = useSyncExternalStore(
    (l) => queue.subscribe(l),
    () => queue.version,
  );

  const codeName = stored?.codeName ?? '';
  useEffect(() => {
    const unregister = registerPendingSaver({
      label: () => t('save.unsavedLabel', { codeName }),
      pendingCount: () => queue.pendingCount(),
      flush: () => queue.flush(),
    });
    return unregister;
  }, [queue, t, codeName]);

  // Write what is pending when the page is hidden or left, and when the workspace closes.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    const onPageHide = () => void queue.flush();
    const onUnload = (e: BeforeUnloadEvent) => {
      if (queue.pendingCount() === 0) return;
      void queue.flush();
      e.preventDefault();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onUnload);
      void queue.flush().finally(() => queue.dispose());
    };
  }, [queue]);

  return useMemo((): OperationDraft => {
    const operation = stored ? queue.apply('operation', stored) : undefined;
    const locked = stored ? !isPlanEditable(stored.status) : true;
    const mayChange = (table: RecordTable, owner: string | null) =>
      rightsAllow(member, table, owner);
    return {
      operation,
      exists: stored !== null,
      readOnly: locked || !mayChange('operation', null),
      locked,
      member,
      mayChange,
      itemReadOnly: (table, owner) => locked || !mayChange(table, owner),
      saveState: queue.state,
      edit: (key, mutate) => queue.edit('operation', operationId, key, mutate),
      editItem: (table, id, key, mutate) => queue.edit(table, id, key, mutate),
      isPending: (table, id, key) => queue.isPending(table, id, key),
      applyPlan: (plan) => (operation ? queue.applyPlan(plan, operation) : plan),
      flush: () => queue.flush(),
    };
    // `version` changes whenever the queue does: the draft shows its pending edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored, queue, operationId, version, member?.rights, member?.agencyId]);
}
