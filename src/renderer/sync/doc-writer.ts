// Writes records of the local store into the plan doc (and reads them back out). Only what
// differs is written: a record that already matches the doc produces no Yjs operation at all,
// which is what keeps a remote change, once applied to the store, from echoing back.
import * as Y from 'yjs';
import { newId } from '@shared/domain';
import type { TableName } from '../data/schema';
import { isFieldEntry, LOCAL_FIELDS, tableMap, type FieldEntry, type RecordMap } from './plan-doc';
import { fieldsOf, recordFromFields, textPaths } from './record-fields';

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Turns `text` into `next` by one delete and one insert between the common prefix and suffix,
 *  so a concurrent edit elsewhere in the text survives the merge. */
function applyTextDiff(text: Y.Text, next: string): void {
  const cur = text.toString();
  if (cur === next) return;
  let start = 0;
  const max = Math.min(cur.length, next.length);
  while (start < max && cur[start] === next[start]) start++;
  let end = 0;
  while (end < max - start && cur[cur.length - 1 - end] === next[next.length - 1 - end]) end++;
  const removed = cur.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted.length > 0) text.insert(start, inserted);
}

/** A new single value that replaces `current` (and says so, for conflict detection). */
export function nextEntry(
  v: unknown,
  current: FieldEntry | undefined,
  at: string,
  contested = false,
): FieldEntry {
  return {
    v,
    at,
    sid: newId(),
    seen: current?.sid ?? null,
    ...(contested ? { contested: true as const } : {}),
  };
}

/** What the store and the doc last agreed on for one record: each field's value and the id of
 *  the write it came from (null for text). Local changes are the fields that differ from it. */
export type FieldSnap = { v: unknown; sid: string | null };
export type RecordSnap = ReadonlyMap<string, FieldSnap>;

/** Replays the local edit base → next on a text that may have changed remotely meanwhile. */
function editText(text: Y.Text, base: string, next: string): void {
  const cur = text.toString();
  if (cur === base) return applyTextDiff(text, next);
  let start = 0;
  const max = Math.min(base.length, next.length);
  while (start < max && base[start] === next[start]) start++;
  let end = 0;
  while (end < max - start && base[base.length - 1 - end] === next[next.length - 1 - end]) end++;
  const removed = base.length - start - end;
  // The remote change lies after the local edit: the edit still applies at the same place.
  if (cur.slice(0, start + removed) === base.slice(0, start + removed)) {
    if (removed > 0) text.delete(start, removed);
    const inserted = next.slice(start, next.length - end);
    if (inserted.length > 0) text.insert(start, inserted);
  } else applyTextDiff(text, next);
}

/**
 * Mirrors a local change of one record into the doc: only the fields that differ from `base`
 * (what store and doc last agreed on), so a remote change not yet applied to the store is not
 * overwritten by the store's older value, and not those the doc already holds. Call inside a transaction with the local origin.
 * Returns the record's new snapshot.
 */
export function writeLocalChange(
  doc: Y.Doc,
  table: TableName,
  record: { id: string } & Record<string, unknown>,
  base: RecordSnap | undefined,
  at: string,
): RecordSnap {
  const records = tableMap(doc, table);
  let rec = records.get(record.id);
  if (!rec) {
    rec = new Y.Map() as RecordMap;
    records.set(record.id, rec);
  }
  const known = base ?? snapshotOf(rec);
  const texts = textPaths(table);
  const fields = fieldsOf(table, record, LOCAL_FIELDS);
  for (const [path, value] of fields) {
    const was = known.get(path);
    const current = rec.get(path);
    // Unchanged here (the doc may hold a remote change not yet applied), or already in the doc
    // (a remote change just applied to the store): nothing to write.
    if (was && sameJson(was.v, value)) continue;
    if (
      current instanceof Y.Text
        ? current.toString() === value
        : isFieldEntry(current) && sameJson(current.v, value)
    )
      continue;
    if (texts.has(path) && typeof value === 'string') {
      let text = current instanceof Y.Text ? current : undefined;
      if (!text) {
        text = new Y.Text();
        rec.set(path, text);
      }
      editText(text, typeof was?.v === 'string' ? was.v : text.toString(), value);
    } else {
      const entry = isFieldEntry(current) ? current : undefined;
      const seen = was?.sid ?? entry?.sid ?? null;
      rec.set(path, { ...nextEntry(value, entry, at), seen });
    }
  }
  for (const path of known.keys()) if (!fields.has(path) && rec.has(path)) rec.delete(path);
  return snapshotOf(rec);
}

function snapshotOf(rec: RecordMap): RecordSnap {
  const out = new Map<string, FieldSnap>();
  for (const [path, value] of rec.entries()) {
    if (value instanceof Y.Text) out.set(path, { v: value.toString(), sid: null });
    else if (isFieldEntry(value)) out.set(path, { v: value.v, sid: value.sid });
  }
  return out;
}

/** The doc's current version of a record, or undefined when the doc does not hold it. */
export function readSnapshot(doc: Y.Doc, table: TableName, id: string): RecordSnap | undefined {
  const rec = tableMap(doc, table).get(id);
  return rec ? snapshotOf(rec) : undefined;
}

/** The record of a snapshot (without the store's own rev/updatedAt). */
export function recordOf(table: TableName, snap: RecordSnap): Record<string, unknown> {
  return recordFromFields(table, new Map([...snap].map(([path, f]) => [path, f.v])));
}

export function deleteRecord(doc: Y.Doc, table: TableName, id: string): void {
  const records = tableMap(doc, table);
  if (records.has(id)) records.delete(id);
}
