// Rights checked by every receiving client (the server cannot read what it stores): which plan
// records a Yjs update touches, and whether its author may touch them. The update is applied to a
// scratch copy of the plan doc; the records it changed are compared before and after.
import * as Y from 'yjs';
import type { SyncMember } from './types';

/** Any shared type, as yjs names them in a transaction's change set. */
type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/** One record of the plan doc: a key of a top-level map. `id` null: the top level itself. */
export interface TouchedRecord {
  table: string;
  id: string | null;
}

/** The agency a record belongs to; 'missing' when the record does not exist. */
export type Owner = string | null | 'missing';

export interface PartPolicy {
  /** Tables in which members with `agency` rights may write at all. */
  agencyTables: ReadonlySet<string>;
  /** The agency a record belongs to (null: none, e.g. the operation itself). */
  ownerOf(record: unknown): string | null;
}

/**
 * Reads `agencyId` from a record map: a plain string, or the `v` of a stamped field entry (the
 * app stores single values as `{ v, at, … }`, see renderer/sync/plan-doc.ts).
 */
export function agencyIdOf(record: unknown): string | null {
  if (!(record instanceof Y.Map)) return null;
  const value: unknown = record.get('agencyId');
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'v' in value) {
    const v: unknown = (value as { v: unknown }).v;
    return typeof v === 'string' ? v : null;
  }
  return null;
}

/** Agencies own their participation and their findings; everything else is the lead's. */
export const DEFAULT_PART_POLICY: PartPolicy = {
  agencyTables: new Set(['participations', 'findings']),
  ownerOf: agencyIdOf,
};

const rootName = (doc: Y.Doc, type: SharedType): string | null => {
  for (const [name, root] of doc.share) if (root === type) return name;
  return null;
};

/** The top-level record a changed type (or one of its keys) belongs to. */
function locate(doc: Y.Doc, type: SharedType, key: string | null): TouchedRecord {
  let item = type._item;
  if (item === null) return { table: rootName(doc, type) ?? '', id: key };
  for (;;) {
    const parent: unknown = item.parent;
    if (!(parent instanceof Y.AbstractType)) return { table: '', id: null };
    if (parent._item === null) return { table: rootName(doc, parent) ?? '', id: item.parentSub };
    item = parent._item;
  }
}

/** Applies `update` to a copy of `doc` and lists the records it changed there. */
export function touchedBy(
  doc: Y.Doc,
  update: Uint8Array,
): { scratch: Y.Doc; touched: TouchedRecord[] } {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const seen = new Map<string, TouchedRecord>();
  const collect = (tr: Y.Transaction): void => {
    for (const [type, keys] of tr.changed) {
      for (const key of keys) {
        const at = locate(scratch, type, key);
        seen.set(JSON.stringify([at.table, at.id]), at);
      }
    }
  };
  scratch.on('afterTransaction', collect);
  Y.applyUpdate(scratch, update);
  scratch.off('afterTransaction', collect);
  return { scratch, touched: [...seen.values()] };
}

function ownerIn(doc: Y.Doc, policy: PartPolicy, at: TouchedRecord): Owner {
  if (at.id === null || !doc.share.has(at.table)) return 'missing';
  const record: unknown = doc.getMap(at.table).get(at.id);
  return record === undefined ? 'missing' : policy.ownerOf(record);
}

/** The part of a member that decides what they may change. */
export type MemberRights = Pick<SyncMember, 'rights' | 'agencyId'>;

/**
 * The one rule of what a member may change, for the engine (each record an update touches) and
 * the workspace (which fields it offers): `edit` anything, `read` nothing, `agency` only records
 * of their agency in the agency tables — owned by it before and after the change, so a record
 * can be neither taken over nor given away. `table` is the plan doc's table name
 * (`operations`, `participations`, …); 'missing' is a record that does not exist (yet / any more).
 */
export function mayChangeRecord(
  member: MemberRights,
  table: string,
  before: Owner,
  after: Owner = before,
  policy: PartPolicy = DEFAULT_PART_POLICY,
): boolean {
  if (member.rights === 'edit') return true;
  if (member.rights === 'read' || member.agencyId === null) return false;
  if (!policy.agencyTables.has(table)) return false;
  return [before, after].every((o) => o === 'missing' || o === member.agencyId);
}

/**
 * Whether `author` may make `update` on `doc`: every record it touches passes
 * `mayChangeRecord` with its owner before and after the change.
 */
export function mayApply(
  author: SyncMember,
  doc: Y.Doc,
  update: Uint8Array,
  policy: PartPolicy = DEFAULT_PART_POLICY,
  /**
   * Also refuse an update that builds on something `doc` lacks (it would wait in Yjs, its
   * effect unseen): the sender's own check, where `doc` is what the others have.
   */
  complete = false,
): boolean {
  if (author.rights === 'edit') return true;
  if (author.rights === 'read' || author.agencyId === null) return false;
  const { scratch, touched } = touchedBy(doc, update);
  try {
    if (complete && (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null)) {
      return false;
    }
    return touched.every(
      (at) =>
        at.id !== null &&
        mayChangeRecord(
          author,
          at.table,
          ownerIn(doc, policy, at),
          ownerIn(scratch, policy, at),
          policy,
        ),
    );
  } finally {
    scratch.destroy();
  }
}
