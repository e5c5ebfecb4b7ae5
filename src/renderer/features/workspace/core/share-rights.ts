// Whose sharing rights this installation edits a plan under. A member of a shared operation
// with `agency` or `read` rights must not be offered edits the sync engine would refuse to send
// (the engine's check, `mayChangeRecord` in shared/sync/rights.ts, is the same function), so
// the workspace asks here which records it may change.
import {
  mayChangeRecord,
  resultsEntryOwner,
  resultsRowEntry,
  type MemberRights,
} from '@shared/sync/rights';
import { useCallback, useSyncExternalStore } from 'react';
import type { PlanSnapshot } from '@shared/domain';
import { useShare } from '../../../sync/open-shares';
import type { RecordTable } from './save-queue';

/** The rights, and the agency's name as the member's key card gives it (for the note). */
export interface OwnRights extends MemberRights {
  agency: string;
}

/** A member of a share whose own entry is not (or no longer) in the key epoch: sends nothing. */
const OUTSIDER: OwnRights = { rights: 'read', agencyId: null, agency: '' };

/**
 * The rights of this installation in the operation's open share; null when the plan is not
 * shared here (or the share was closed by a lock): then only the plan's status decides.
 */
export function useOwnRights(operationId: string): OwnRights | null {
  const open = useShare(operationId);
  if (!open || open.status.phase === 'closed') return null;
  const me = open.status.members.find((m) => m.fingerprint === open.share.ownFingerprint);
  return me ? { rights: me.rights, agencyId: me.agencyId, agency: me.agency } : OUTSIDER;
}

/** The plan doc's table for a workspace table (the operation is one record of `operations`). */
const docTable = (table: RecordTable): string => (table === 'operation' ? 'operations' : table);

/** Whether `member` (null: not shared) may change a record of `table` owned by `owner`. */
export function rightsAllow(
  member: MemberRights | null,
  table: RecordTable,
  owner: string | null,
): boolean {
  return member === null || mayChangeRecord(member, docTable(table), owner);
}

/**
 * Whether `member` (null: not shared) may change the lead's parts of the operation's results:
 * follow-ups, next inspections, lessons, press. The engine judges the results record entry by
 * entry; these entries (and the record's plain fields) belong to no agency, so only `edit`.
 */
export function mayChangeResults(member: MemberRights | null): boolean {
  return member === null || mayChangeRecord(member, 'results', null);
}

/**
 * Whether `member` (null: not shared) may change one agency's results row at one target (its
 * numbers and goods): `edit` any, `agency` the rows of their own agency — the entry
 * `rows/<agency>/<target>` the engine judges (resultsEntryOwner).
 */
export function mayChangeResultsRow(
  member: MemberRights | null,
  row: { agencyId: string; targetId: string | null },
): boolean {
  if (member === null) return true;
  const owner = resultsEntryOwner(resultsRowEntry(row), row);
  return mayChangeRecord(member, 'results', owner);
}

/**
 * Whether the operation's results record is in the plan as the other members have it (the
 * engine's view, what it judges a member's row against); null when the plan is not shared here.
 * A record only this store holds (made before joining, or under an app that did not start it at
 * "Durchgeführt") would be created by a member's first row, and creating it is the lead's.
 */
export function useResultsShared(operationId: string): boolean | null {
  const open = useShare(operationId);
  const engine = open && open.status.phase !== 'closed' ? open.share.engine : null;
  const subscribe = useCallback(
    (changed: () => void) => (engine ? engine.on(changed) : () => {}),
    [engine],
  );
  return useSyncExternalStore(subscribe, () =>
    engine ? engine.sharedHas('results', operationId) : null,
  );
}

/** The agency a plan part's record belongs to (its `agencyId`), as the sync engine reads it. */
export function ownerIn(
  plan: PlanSnapshot,
  table: Exclude<RecordTable, 'operation'>,
  id: string,
): string | null {
  const records: readonly object[] = plan[table];
  const record = records.find((r) => 'id' in r && r.id === id);
  const owner: unknown = record && 'agencyId' in record ? record.agencyId : null;
  return typeof owner === 'string' ? owner : null;
}
