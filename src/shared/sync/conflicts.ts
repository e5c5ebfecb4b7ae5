// Concurrent writes of one single value: Yjs keeps one by client id, not by time, and drops the
// other silently. Around a remote apply we look at each map key the transaction wrote: when the
// new value was made without seeing the value held before, both were written concurrently, and
// the one Yjs did not keep is reported ("gleichzeitig geändert von …").
import * as Y from 'yjs';
import type { ConcurrentChange, RemoteApplyOrigin, SyncAuthor } from './types';

/** Any shared type, as yjs names them in a transaction's change set. */
type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

type Item = Y.Item;

const isNew = (tr: Y.Transaction, item: Item): boolean =>
  item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);

const valueOf = (item: Item): unknown => {
  const content: unknown[] = item.content.getContent();
  const last = content[content.length - 1];
  return last instanceof Y.AbstractType ? (last.toJSON() as unknown) : last;
};

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Table, record and field of a key in a record map (or of a record in a table map). */
function placeOf(
  doc: Y.Doc,
  map: SharedType,
  key: string,
): Pick<ConcurrentChange, 'table' | 'recordId' | 'field'> | null {
  const nameOf = (t: SharedType): string | null => {
    for (const [name, root] of doc.share) if (root === t) return name;
    return null;
  };
  const item = map._item;
  if (item === null) {
    const table = nameOf(map);
    return table === null ? null : { table, recordId: key, field: '' };
  }
  const parent = item.parent;
  if (!(parent instanceof Y.AbstractType) || parent._item !== null || item.parentSub === null) {
    return null;
  }
  const table = nameOf(parent);
  return table === null ? null : { table, recordId: item.parentSub, field: key };
}

function concurrentAt(
  tr: Y.Transaction,
  map: SharedType,
  key: string,
  authorOf: (client: number) => SyncAuthor | null,
): Omit<ConcurrentChange, 'table' | 'recordId' | 'field'> | null {
  const winner = map._map.get(key);
  if (!winner) return null;
  // The key's items from left (oldest) to right (the one Yjs keeps).
  const items: Item[] = [];
  for (let it: Item | null = winner; it !== null; it = it.left) items.unshift(it);
  const fresh = items.filter((it) => isNew(tr, it));
  // The value held before: existed, and was live until this transaction.
  const held = items.find(
    (it) => !isNew(tr, it) && (!it.deleted || Y.isDeleted(tr.deleteSet, it.id)),
  );
  const first = fresh.find(
    (it) => it.origin === null || it.origin.clock < (tr.beforeState.get(it.origin.client) ?? 0),
  );
  if (!held || !first) return null;
  const sawHeld =
    first.origin !== null &&
    first.origin.client === held.id.client &&
    first.origin.clock === held.id.clock + held.length - 1;
  if (sawHeld) return null;
  const lastFresh = fresh[fresh.length - 1];
  if (!lastFresh) return null;
  const [kept, lost] = isNew(tr, winner) ? [winner, held] : [held, lastFresh];
  // A value that arrives already overwritten (in a snapshot, its content collected) was
  // reported where it was dropped; here nothing of it is left to show.
  if (lost.content.getContent().length === 0) return null;
  const keptValue = valueOf(kept);
  const lostValue = valueOf(lost);
  if (sameValue(keptValue, lostValue)) return null;
  return {
    kept: keptValue,
    lost: lostValue,
    keptBy: authorOf(kept.id.client),
    lostBy: authorOf(lost.id.client),
  };
}

/**
 * Runs `apply` (which applies one remote update to `doc`) and returns the single values that the
 * update and this doc had changed concurrently, with the value Yjs kept and the one it dropped.
 */
export function applyNoticingConflicts(
  doc: Y.Doc,
  apply: () => void,
  authorOf: (client: number) => SyncAuthor | null,
): ConcurrentChange[] {
  const found: ConcurrentChange[] = [];
  const inspect = (tr: Y.Transaction): void => {
    // Any type with keyed children: a root the update created before the app asked for it as
    // a map is a plain AbstractType, not yet a Y.Map.
    for (const [type, keys] of tr.changed) {
      for (const key of keys) {
        if (key === null) continue;
        const place = placeOf(doc, type, key);
        const change = place && concurrentAt(tr, type, key, authorOf);
        if (place && change) found.push({ ...place, ...change });
      }
    }
  };
  doc.on('afterTransaction', inspect);
  try {
    apply();
  } finally {
    doc.off('afterTransaction', inspect);
  }
  return found;
}

/**
 * Applies a verified remote update with its origin and returns the concurrent changes. `writers`
 * learns which Yjs client ids the update's author wrote with (a snapshot names no writer: it
 * restates everybody's), to name both sides of a later conflict.
 */
export function applyRemote(
  doc: Y.Doc,
  update: Uint8Array,
  origin: RemoteApplyOrigin,
  writers: Map<number, SyncAuthor>,
): ConcurrentChange[] {
  if (origin.envelope === 'update') {
    for (const client of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).keys()) {
      if (client !== doc.clientID) writers.set(client, origin.author);
    }
  }
  return applyNoticingConflicts(
    doc,
    () => Y.applyUpdate(doc, update, origin),
    (client) => writers.get(client) ?? null,
  );
}
