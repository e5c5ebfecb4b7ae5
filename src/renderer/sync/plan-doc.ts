// The shape of a shared operation's plan Y.Doc (see README.md): one top-level Y.Map per plan
// table, records keyed by id, each record a Y.Map of its fields by dotted path. Free text is a
// Y.Text (concurrent typing merges character by character); every other field is a FieldEntry,
// an atomic value carrying its own time so "later wins" can be decided by us, not by client id.
import type * as Y from 'yjs';
import type { RemoteApplyOrigin, SyncAuthor } from '@shared/sync/types';
import { TABLES, type TableName } from '../data/schema';

/**
 * The plan tables mirrored into the doc: the operation itself and every audited table whose
 * records belong to one operation, taken from the one table registry. The results record (one
 * per operation, every agency's numbers) is split into entries by agency and target
 * (results-doc.ts).
 */
export const PLAN_TABLES: readonly TableName[] = [
  'operations',
  ...(Object.keys(TABLES) as TableName[]).filter((t) => {
    const spec: { plain: readonly string[]; audit?: unknown } = TABLES[t];
    return spec.audit !== undefined && spec.plain.includes('operationId');
  }),
];

/** Local bookkeeping of the store (optimistic concurrency), never shared. */
export const LOCAL_FIELDS: ReadonlySet<string> = new Set(['rev', 'updatedAt']);

/** A single value with the stamp "later wins" and conflict detection need. */
export interface FieldEntry {
  v: unknown;
  /** When it was written (ISO, the writer's clock). */
  at: string;
  /** This write's own id. */
  sid: string;
  /** The write it replaced (its `sid`), null for the first: a write that did not see the
   *  current value was made concurrently with it. */
  seen: string | null;
  /** Set when a writer put its value back after a concurrent change that came earlier. */
  contested?: true;
}

export function isFieldEntry(x: unknown): x is FieldEntry {
  return (
    typeof x === 'object' &&
    x !== null &&
    'v' in x &&
    'at' in x &&
    typeof (x as { at: unknown }).at === 'string' &&
    'sid' in x
  );
}

/** The transaction origin of local edits mirrored into the doc. */
export const LOCAL_ORIGIN = Symbol('vp-sync-local');

export type { SyncAuthor };

/** Whether a transaction came from the engine (a verified remote update). */
export function isRemoteOrigin(x: unknown): x is RemoteApplyOrigin {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'remote';
}

export type RecordMap = Y.Map<Y.Text | FieldEntry>;

export function tableMap(doc: Y.Doc, table: TableName): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(table);
}

/** "1A2B 3C4D": the start of a fingerprint, as read out on the phone. */
export function shortFingerprint(fp: string): string {
  const hex = fp.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return `${hex.slice(0, 4)} ${hex.slice(4, 8)}`.trim();
}

/** The audit actor of a remote change: "von <Name>, <Behörde> (Schlüssel …)". */
export function authorLabel(a: SyncAuthor): string {
  if (a.keyFingerprint === '')
    return 'von einem Mitglied (beim Start übernommen, Absender unbekannt)';
  return `von ${a.name}, ${a.agency} (Schlüssel ${shortFingerprint(a.keyFingerprint)})`.slice(
    0,
    200,
  );
}
