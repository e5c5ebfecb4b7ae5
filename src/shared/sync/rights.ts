// Rights checked by every receiving client (the server cannot read what it stores): which plan
// records a Yjs update touches, and whether its author may touch them. The update is applied to a
// scratch copy of the plan doc; the records it changed are compared before and after.
import * as Y from 'yjs';
import type { SyncMember } from './types';

/** Any shared type, as yjs names them in a transaction's change set. */
type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/**
 * What an update touched: one record of the plan doc (a key of a top-level map; `id` null: the
 * top level itself) or, in a table judged per entry, one entry of a record (`entry`: the key
 * directly under the record's map; null: the record itself was created, replaced or deleted).
 */
export interface TouchedRecord {
  table: string;
  id: string | null;
  entry: string | null;
}

/** The agency a record belongs to; 'missing' when the record does not exist. */
export type Owner = string | null | 'missing';

/** The agency an entry of a per-entry record belongs to (null: the lead's), by key and value. */
export type EntryOwner = (key: string, entry: unknown) => string | null;

export interface PartPolicy {
  /** Tables in which members with `agency` rights may write whole records of their agency. */
  agencyTables: ReadonlySet<string>;
  /** The agency a record belongs to (null: none, e.g. the operation itself). */
  ownerOf(record: unknown): string | null;
  /**
   * Tables whose records are judged entry by entry: one record holds several agencies' parts
   * (the results: every agency's rows). Each entry has its owner; the record itself (creating,
   * replacing or deleting it) is the lead's.
   */
  entryTables: ReadonlyMap<string, EntryOwner>;
}

/** The value of a stamped field entry `{ v, at, … }` (renderer/sync/plan-doc.ts), else as is. */
function plainValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'v' in value
    ? (value as { v: unknown }).v
    : value;
}

/**
 * Reads `agencyId` from a record map: a plain string, or the `v` of a stamped field entry (the
 * app stores single values as `{ v, at, … }`, see renderer/sync/plan-doc.ts).
 */
export function agencyIdOf(record: unknown): string | null {
  if (!(record instanceof Y.Map)) return null;
  const value = plainValue(record.get('agencyId'));
  return typeof value === 'string' ? value : null;
}

/** A results row entry's key: `rows/<agencyId>/<targetId, or '' for a row of no target>`. */
const RESULTS_ROW = /^rows\/([^/]+)\/([^/]*)$/;

/** The plan doc's entry key of one agency's results row at one target (results-doc.ts). */
export const resultsRowEntry = (row: { agencyId: string; targetId: string | null }): string =>
  `rows/${row.agencyId}/${row.targetId ?? ''}`;

/**
 * Who a results entry belongs to: a row entry to the agency its key names — only while its value
 * says the same agency and target, so a row cannot be handed to another agency under its own
 * key. Follow-ups, next inspections, lessons, press and the plain fields are the lead's.
 */
export const resultsEntryOwner: EntryOwner = (key, entry) => {
  const [, keyAgency, keyTarget] = RESULTS_ROW.exec(key) ?? [];
  const row = plainValue(entry);
  if (keyAgency === undefined || typeof row !== 'object' || row === null) return null;
  const { agencyId, targetId } = row as { agencyId?: unknown; targetId?: unknown };
  return agencyId === keyAgency && (targetId ?? '') === keyTarget ? keyAgency : null;
};

/**
 * Agencies own their participation, their findings and their rows of the results; everything
 * else is the lead's.
 */
export const DEFAULT_PART_POLICY: PartPolicy = {
  agencyTables: new Set(['participations', 'findings']),
  ownerOf: agencyIdOf,
  entryTables: new Map([['results', resultsEntryOwner]]),
};

const rootName = (doc: Y.Doc, type: SharedType): string | null => {
  for (const [name, root] of doc.share) if (root === type) return name;
  return null;
};

/**
 * The top-level record a changed type (or one of its keys) belongs to, and the key directly
 * under that record's map the change lies in (`key` itself when the record's map changed).
 */
function locate(doc: Y.Doc, type: SharedType, key: string | null): TouchedRecord {
  let item = type._item;
  if (item === null) return { table: rootName(doc, type) ?? '', id: key, entry: null };
  let entry = key;
  for (;;) {
    const parent: unknown = item.parent;
    if (!(parent instanceof Y.AbstractType)) return { table: '', id: null, entry: null };
    if (parent._item === null) {
      return { table: rootName(doc, parent) ?? '', id: item.parentSub, entry };
    }
    entry = item.parentSub;
    item = parent._item;
  }
}

/**
 * Applies `update` to a copy of `doc` and lists the records it changed there — in the tables of
 * `policy.entryTables`, each entry of a record apart. (Entries of a record created in the same
 * update are not listed: Yjs reports the new record, which is the lead's.)
 */
export function touchedBy(
  doc: Y.Doc,
  update: Uint8Array,
  policy: PartPolicy = DEFAULT_PART_POLICY,
): { scratch: Y.Doc; touched: TouchedRecord[] } {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const seen = new Map<string, TouchedRecord>();
  const collect = (tr: Y.Transaction): void => {
    for (const [type, keys] of tr.changed) {
      for (const key of keys) {
        const found = locate(scratch, type, key);
        const at = policy.entryTables.has(found.table) ? found : { ...found, entry: null };
        seen.set(JSON.stringify([at.table, at.id, at.entry]), at);
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
  if (record === undefined) return 'missing';
  const entryOwner = policy.entryTables.get(at.table);
  if (!entryOwner) return policy.ownerOf(record);
  if (at.entry === null || !(record instanceof Y.Map)) return null;
  const entry: unknown = record.get(at.entry);
  return entry === undefined ? 'missing' : entryOwner(at.entry, entry);
}

/** The part of a member that decides what they may change. */
export type MemberRights = Pick<SyncMember, 'rights' | 'agencyId'>;

/**
 * The one rule of what a member may change, for the engine (each record an update touches) and
 * the workspace (which fields it offers): `edit` anything, `read` nothing, `agency` only records
 * of their agency in the agency tables — owned by it before and after the change, so a record
 * can be neither taken over nor given away. In a table judged per entry (`entryTables`, the
 * results) the unit is one entry of the record and `before`/`after` are that entry's owners
 * (`resultsEntryOwner`); the record itself has owner null. `table` is the plan doc's table name
 * (`operations`, `participations`, …); 'missing' is a record or entry that does not exist (yet /
 * any more).
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
  if (!policy.agencyTables.has(table) && !policy.entryTables.has(table)) return false;
  return [before, after].every((o) => o === 'missing' || o === member.agencyId);
}

/**
 * Whether `author` may make `update` on `doc`: every record (or, per entry, every entry) it
 * touches passes `mayChangeRecord` with its owner before and after the change.
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
  const { scratch, touched } = touchedBy(doc, update, policy);
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
