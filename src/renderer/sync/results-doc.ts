// The results record of a shared operation in the plan doc. It is one record per operation
// holding every agency's numbers, so field by field would make each agency's row list one value
// and a concurrent entry of two agencies would lose one. Instead each row (agency and target),
// follow-up, next inspection and lessons part is its own entry: entries of different agencies or
// targets both stand, one entry changed on both sides goes by "later wins" (its FieldEntry
// stamp), like every single value. The sums are derived from the rows and not shared.
import type { OperationResults } from '@shared/results';
import { resultsRowEntry } from '@shared/sync/rights';

const ROW = 'rows/';
const FOLLOW_UP = 'followUps/';
const NEXT = 'nextInspections/';
const LESSONS = 'lessons/';
/** Recomputed from the rows by whoever stores the record (`withSums`). */
const DERIVED = 'sums';

type Row = OperationResults['rows'][number];
type Keyed = Record<string, unknown>;

/** Ids are `[A-Za-z0-9_-]`: a slash cannot occur in them, so it separates the key's parts. The
 *  key is the rights rule's own (an agency member may change the rows under its agency's key). */
const rowKey = (r: Pick<Row, 'agencyId' | 'targetId'>) => resultsRowEntry(r);

/** The results record as entries by key (without the fields `skip` names). */
export function resultsFields(record: Keyed, skip: ReadonlySet<string>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(record)) {
    if (skip.has(k) || k === DERIVED || v === undefined) continue;
    if (k === 'rows' && Array.isArray(v)) for (const r of v as Row[]) out.set(rowKey(r), r);
    else if (k === 'followUps' && Array.isArray(v))
      for (const f of v as { id: string }[]) out.set(`${FOLLOW_UP}${f.id}`, f);
    else if (k === 'nextInspections' && Array.isArray(v))
      for (const n of v as { targetId: string }[]) out.set(`${NEXT}${n.targetId}`, n);
    else if (k === 'lessons' && typeof v === 'object' && v !== null)
      for (const [part, t] of Object.entries(v)) out.set(`${LESSONS}${part}`, t);
    else out.set(k, v);
  }
  return out;
}

/** Whether a key belongs to the entries above (the rest is the record's plain fields). */
export const isResultsEntry = (path: string): boolean =>
  [ROW, FOLLOW_UP, NEXT, LESSONS].some((p) => path.startsWith(p));

/** The entries back as one record's lists (sorted by key: the same on every member). */
export function resultsRecord(
  fields: ReadonlyMap<string, unknown>,
  rest: Keyed,
): Keyed & Pick<OperationResults, 'rows' | 'followUps' | 'nextInspections' | 'lessons'> {
  const sorted = [...fields]
    .filter(([k]) => isResultsEntry(k))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const of = <T>(prefix: string) =>
    sorted.filter(([k]) => k.startsWith(prefix)).map(([, v]) => v as T);
  return {
    ...rest,
    rows: of<Row>(ROW),
    followUps: of<OperationResults['followUps'][number]>(FOLLOW_UP),
    nextInspections: of<OperationResults['nextInspections'][number]>(NEXT),
    lessons: Object.fromEntries(
      sorted.filter(([k]) => k.startsWith(LESSONS)).map(([k, v]) => [k.slice(LESSONS.length), v]),
    ),
  };
}

/**
 * `next`'s lists in the order this store had them (new items after, in the doc's order), so a
 * remote change does not reorder the follow-ups a planner sees; the content is the doc's.
 */
export function keepResultsOrder(before: Keyed, next: Keyed): Keyed {
  const reorder = (field: string, key: (x: Keyed) => string) => {
    const was = Array.isArray(before[field]) ? (before[field] as Keyed[]).map(key) : [];
    const items = Array.isArray(next[field]) ? [...(next[field] as Keyed[])] : [];
    const rank = (x: Keyed) => {
      const i = was.indexOf(key(x));
      return i === -1 ? was.length : i;
    };
    return items.map((x, i) => ({ x, i })).sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i);
  };
  return {
    ...next,
    rows: reorder('rows', (r) => rowKey(r as Row)).map((e) => e.x),
    followUps: reorder('followUps', (f) => String(f.id)).map((e) => e.x),
    nextInspections: reorder('nextInspections', (n) => String(n.targetId)).map((e) => e.x),
  };
}
