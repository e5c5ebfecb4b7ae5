// The sums kept inside an operation's results record: per agency the total of each metric, and
// per target and agency the measures found there. Derived from the rows and recomputed on every
// write (`withSums` in record.ts), so Auswertung reads about 15 sums per operation instead of
// walking 50 rows, and the write's validation refuses a record whose sums disagree with its rows.
import { z } from 'zod';
import { idSchema, list } from '../domain';
import { isMeasure } from './metrics';

export type Totals = Record<string, number>;

/** What the sums read of a row (record.ts's ResultRow has more; kept apart so record imports this). */
export interface SummedRow {
  agencyId: string;
  targetId: string | null;
  values: Partial<Record<string, number>>;
}

export const resultSumsSchema = z.strictObject({
  /** Per agency with rows: the sum of each metric over its rows (an agency may sum to {}). */
  byAgency: z.record(idSchema, z.record(z.string(), z.number().int().min(0))),
  /** Per target and agency with measures > 0: `[targetId, agencyId, measures]`. */
  measures: list(z.tuple([idSchema, idSchema, z.number().int().min(1)]), 2_000),
});
export type ResultSums = z.infer<typeof resultSumsSchema>;

export function addInto(into: Totals, values: Partial<Record<string, number>>): void {
  for (const code in values) {
    const v = values[code];
    if (v) into[code] = (into[code] ?? 0) + v;
  }
}

export function computeSums(rows: readonly SummedRow[]): ResultSums {
  const byAgency: Record<string, Totals> = {};
  const measures: [string, string, number][] = [];
  const at = new Map<string, number>();
  for (const row of rows) {
    addInto((byAgency[row.agencyId] ??= {}), row.values);
    if (row.targetId === null) continue;
    let n = 0;
    for (const code in row.values) if (isMeasure(code)) n += row.values[code] ?? 0;
    if (n === 0) continue;
    // Rows are unique per agency and target (`rowKey`); adding up keeps a duplicate honest.
    const key = `${row.targetId}\u0000${row.agencyId}`;
    const i = at.get(key);
    const entry = i === undefined ? undefined : measures[i];
    if (entry) entry[2] += n;
    else {
      at.set(key, measures.length);
      measures.push([row.targetId, row.agencyId, n]);
    }
  }
  return { byAgency, measures };
}

function sameTotals(a: Totals, b: Totals): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== 0);
  const kb = Object.keys(b).filter((k) => b[k] !== 0);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

/** Whether stored sums equal the sums of the rows (order of entries aside). */
export function sumsMatch(sums: ResultSums, rows: readonly SummedRow[]): boolean {
  const fresh = computeSums(rows);
  const agencies = Object.keys(fresh.byAgency);
  if (agencies.length !== Object.keys(sums.byAgency).length) return false;
  for (const a of agencies) {
    const stored = sums.byAgency[a];
    const own = fresh.byAgency[a];
    if (!stored || !own || !sameTotals(stored, own)) return false;
  }
  if (fresh.measures.length !== sums.measures.length) return false;
  const key = ([t, a, n]: readonly [string, string, number]) => `${t}\u0000${a}\u0000${n}`;
  const stored = new Set(sums.measures.map(key));
  return fresh.measures.every((m) => stored.has(key(m)));
}
