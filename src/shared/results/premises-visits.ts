// Premises inspected repeatedly, counted from an index built once per set of prepared
// operations: per premises its visits in time order. A filter change then only walks the index
// and keeps the visits of matching operations — before, each change collected every visit of
// every matching operation into per-premises lists (a map lookup and an object per visit,
// 100 000 for a year) and sorted each list again.
import type { PreparedOperation, RepeatedTarget, Trend } from './prepared';

interface PremisesVisits {
  premisesId: string;
  /** Indexes into the prepared operations, in visit order (day, then the operations' order). */
  ops: number[];
  /** Measures all agencies found at each of those visits. */
  measures: number[];
  /** The premises' place in each operation's premises (ties in the table keep that order). */
  places: number[];
}

// Per prepared array: the page keeps one array per read-model change, so this is built once
// per data change and dropped with the array.
const indexes = new WeakMap<readonly PreparedOperation[], PremisesVisits[]>();

function visitIndex(prepared: readonly PreparedOperation[]): PremisesVisits[] {
  let index = indexes.get(prepared);
  if (index) return index;
  const byPremises = new Map<string, PremisesVisits>();
  prepared.forEach((op, i) => {
    let place = 0;
    for (const [premisesId, measures] of op.byPremises) {
      let v = byPremises.get(premisesId);
      if (!v) byPremises.set(premisesId, (v = { premisesId, ops: [], measures: [], places: [] }));
      v.ops.push(i);
      v.measures.push(measures);
      v.places.push(place++);
    }
  });
  index = [...byPremises.values()];
  for (const v of index) {
    // ISO days compare as plain strings; the sort is stable, so ties keep the operations' order.
    const order = v.ops.map((i, k) => ({ day: prepared[i]?.day ?? '', k }));
    order.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    v.ops = order.map(({ k }) => v.ops[k] ?? -1);
    v.measures = order.map(({ k }) => v.measures[k] ?? 0);
    v.places = order.map(({ k }) => v.places[k] ?? 0);
  }
  indexes.set(prepared, index);
  return index;
}

/** The trend of the last visit against the one before. */
function trendOf(visits: RepeatedTarget['visits']): Trend {
  const last = visits.at(-1);
  const before = visits.at(-2);
  if (!last || !before || last.measures === before.measures) return 'flat';
  return last.measures > before.measures ? 'up' : 'down';
}

/**
 * Premises with two or more visits among the matching operations (`matched[i]` for
 * `prepared[i]`), most visits first; ties in the order their first matching operation comes
 * in `prepared` (then their place in it). With `agencyId`, a visit's measures are only that agency's.
 */
export function repeatedTargets(
  prepared: readonly PreparedOperation[],
  matched: Uint8Array,
  agencyId: string,
): RepeatedTarget[] {
  const out: { target: RepeatedTarget; first: number; place: number }[] = [];
  // Under an agency filter: per operation, that agency's measures per premises (once each).
  const own = new Map<number, Map<string, number>>();
  const ownMeasures = (i: number, op: PreparedOperation, premisesId: string) => {
    let m = own.get(i);
    if (!m) {
      own.set(i, (m = new Map()));
      for (const t of op.targets)
        if (t.agencyId === agencyId) m.set(t.premisesId, (m.get(t.premisesId) ?? 0) + t.measures);
    }
    return m.get(premisesId) ?? 0;
  };
  for (const v of visitIndex(prepared)) {
    let count = 0;
    for (const i of v.ops) count += matched[i] ?? 0;
    if (count < 2) continue;
    const visits: RepeatedTarget['visits'] = [];
    let first = Infinity;
    let place = 0;
    v.ops.forEach((i, k) => {
      const op = prepared[i];
      if (!matched[i] || !op) return;
      if (i < first) {
        first = i;
        place = v.places[k] ?? 0;
      }
      // Every premises inspected stays a visit; under an agency filter only its measures count.
      const measures = agencyId ? ownMeasures(i, op, v.premisesId) : (v.measures[k] ?? 0);
      visits.push({ day: op.day, operationId: op.id, measures });
    });
    out.push({
      target: { premisesId: v.premisesId, visits, trend: trendOf(visits) },
      first,
      place,
    });
  }
  out.sort(
    (a, b) =>
      b.target.visits.length - a.target.visits.length || a.first - b.first || a.place - b.place,
  );
  return out.map((x) => x.target);
}
