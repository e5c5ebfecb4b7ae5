// An operation's results as ONE sealed record: per agency and target the counts by legal
// category, goods seized, follow-up tasks, press figures and lessons learned. One record per
// operation keeps statistics at thousands of decrypts, not hundreds of thousands of rows.
import { z } from 'zod';
import {
  entityBase,
  frameworkPartSchema,
  idSchema,
  instantSchema,
  list,
  shortText,
  text,
} from '../domain';
import { METRIC_CAPS, RESULT_METRICS, type ResultMetric } from './metrics';
import { computeSums, resultSumsSchema, sumsMatch } from './sums';

const metricValue = (metric: ResultMetric) =>
  z
    .number()
    .int('Bitte eine ganze Zahl eingeben')
    .min(0, 'Der Wert kann nicht negativ sein')
    .max(METRIC_CAPS[metric.unit]);

/** Non-zero cells only; an absent metric is 0. */
export const metricValuesSchema = z.strictObject(
  Object.fromEntries(RESULT_METRICS.map((x) => [x.code, metricValue(x).optional()])),
);
export type MetricValues = Partial<Record<string, number>>;

export const GOODS_UNITS = ['pieces', 'packs', 'grams', 'millilitres'] as const;
export const goodsSchema = z.strictObject({
  description: shortText().min(1),
  quantity: z.number().int().min(1).max(100_000_000),
  unit: z.enum(GOODS_UNITS),
});
export type Goods = z.infer<typeof goodsSchema>;

/** What one agency found at one target (targetId null: not tied to one premises). */
export const resultRowSchema = z.strictObject({
  agencyId: idSchema,
  targetId: idSchema.nullable(),
  values: metricValuesSchema,
  goods: list(goodsSchema, 50),
  /** Counts only: no names of persons checked (see `personalDataWarnings`). */
  note: text(),
});
export type ResultRow = z.infer<typeof resultRowSchema>;

export const followUpSchema = z.strictObject({
  id: idSchema,
  task: shortText().min(1),
  owner: shortText(),
  /** Entered with the app's one date-time field, so an instant like every other time. */
  due: instantSchema.nullable(),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const pressSchema = z.strictObject({
  releaseIssued: z.boolean(),
  mediaRequests: z.number().int().min(0).max(10_000),
  /** The figures as released to the press (they may round or leave out). */
  statement: text(),
});
export type Press = z.infer<typeof pressSchema>;

export const nextInspectionSchema = z.strictObject({ targetId: idSchema, at: instantSchema });

export const operationResultsSchema = z
  .strictObject({
    ...entityBase,
    operationId: idSchema,
    rows: list(resultRowSchema, 2_000),
    followUps: list(followUpSchema, 200),
    press: pressSchema,
    lessons: z.partialRecord(frameworkPartSchema, text()),
    nextInspections: list(nextInspectionSchema, 500),
    /**
     * Derived from `rows` at every write (`withSums`); absent in records written before sums
     * were kept (Auswertung then sums the rows). Never trusted without being equal to the rows.
     */
    sums: resultSumsSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.sums && !sumsMatch(r.sums, r.rows))
      ctx.addIssue({
        code: 'custom',
        path: ['sums'],
        message: 'Die Summen passen nicht zu den Ergebniszeilen',
      });
  });
export type OperationResults = z.infer<typeof operationResultsSchema>;

/** The record with its sums recomputed from its rows: call on every write. */
export function withSums(results: OperationResults): OperationResults {
  return { ...results, sums: computeSums(results.rows) };
}

/** The slice of one agency: what its liaison sends back (exchange envelope kind "Ergebnisse"). */
export const agencyResultsSliceSchema = z.strictObject({
  operationId: idSchema,
  agencyId: idSchema,
  rows: list(resultRowSchema.omit({ agencyId: true }), 500),
});
export type AgencyResultsSlice = z.infer<typeof agencyResultsSliceSchema>;

export function emptyResults(id: string, operationId: string, now: string): OperationResults {
  return {
    id,
    rev: 0,
    createdAt: now,
    updatedAt: now,
    operationId,
    rows: [],
    followUps: [],
    press: { releaseIssued: false, mediaRequests: 0, statement: '' },
    lessons: {},
    nextInspections: [],
  };
}

export const rowKey = (row: Pick<ResultRow, 'agencyId' | 'targetId'>) =>
  `${row.agencyId}:${row.targetId ?? '-'}`;

/** Sets one cell; a zero is removed, so a record holds only what was found. */
export function setCell(
  results: OperationResults,
  agencyId: string,
  targetId: string | null,
  metric: string,
  value: number,
): OperationResults {
  const key = rowKey({ agencyId, targetId });
  const existing = results.rows.find((r) => rowKey(r) === key);
  const row: ResultRow = existing ?? { agencyId, targetId, values: {}, goods: [], note: '' };
  const values: MetricValues = { ...row.values };
  if (value === 0) delete values[metric];
  else values[metric] = value;
  const next = { ...row, values };
  const rows = existing
    ? results.rows.map((r) => (rowKey(r) === key ? next : r))
    : [...results.rows, next];
  return { ...results, rows };
}

/** One agency's slice of the record (what it would send or receive). */
export function sliceFor(results: OperationResults, agencyId: string): AgencyResultsSlice {
  return {
    operationId: results.operationId,
    agencyId,
    rows: results.rows
      .filter((r) => r.agencyId === agencyId)
      .map(({ agencyId: _agency, ...rest }) => rest),
  };
}

/**
 * Takes an agency's slice into the record: that agency's rows are replaced by the slice's,
 * every other agency's rows stay. A slice for another operation is refused.
 */
export function mergeSlice(
  results: OperationResults,
  slice: AgencyResultsSlice,
): OperationResults | null {
  if (slice.operationId !== results.operationId) return null;
  const others = results.rows.filter((r) => r.agencyId !== slice.agencyId);
  return {
    ...results,
    rows: [...others, ...slice.rows.map((r) => ({ ...r, agencyId: slice.agencyId }))],
  };
}

/** Sum of each metric over rows (a total line, a per-agency line). */
export function sumRows(rows: readonly Pick<ResultRow, 'values'>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const r of rows)
    for (const [code, v] of Object.entries(r.values)) if (v) total[code] = (total[code] ?? 0) + v;
  return total;
}

/**
 * Moves one agency's rows to another (an agency merge): rows of the same target are added up,
 * goods and notes kept, the sums recomputed (the merge writes the record as it is). Returns the
 * record unchanged (same object) when the agency has no rows.
 */
export function reassignAgency(
  results: OperationResults,
  fromId: string,
  toId: string,
): OperationResults {
  if (!results.rows.some((r) => r.agencyId === fromId)) return results;
  const rows: ResultRow[] = [];
  for (const row of results.rows) {
    const moved = row.agencyId === fromId ? { ...row, agencyId: toId } : row;
    const same = rows.findIndex((r) => rowKey(r) === rowKey(moved));
    const existing = rows[same];
    if (!existing) {
      rows.push(moved);
      continue;
    }
    const values: MetricValues = { ...existing.values };
    for (const [code, v] of Object.entries(moved.values))
      values[code] = (values[code] ?? 0) + (v ?? 0);
    rows[same] = {
      ...existing,
      values,
      goods: [...existing.goods, ...moved.goods],
      note: [existing.note, moved.note].filter((n) => n.trim() !== '').join('\n'),
    };
  }
  return withSums({ ...results, rows });
}

/** Adds goods seized to the row of this agency and target (the row is made if missing). */
export function addGoods(
  results: OperationResults,
  agencyId: string,
  targetId: string | null,
  goods: Goods,
): OperationResults {
  const key = rowKey({ agencyId, targetId });
  const existing = results.rows.find((r) => rowKey(r) === key);
  if (!existing)
    return {
      ...results,
      rows: [...results.rows, { agencyId, targetId, values: {}, goods: [goods], note: '' }],
    };
  return {
    ...results,
    rows: results.rows.map((r) => (r === existing ? { ...r, goods: [...r.goods, goods] } : r)),
  };
}

/**
 * Removes one goods entry equal to `goods` from a row. By value, not by position: two removals
 * queued before a save must not shift each other onto the wrong entry.
 */
export function removeGoods(
  results: OperationResults,
  key: string,
  goods: Goods,
): OperationResults {
  const same = (g: Goods) =>
    g.description === goods.description && g.quantity === goods.quantity && g.unit === goods.unit;
  return {
    ...results,
    rows: results.rows.map((r) => {
      if (rowKey(r) !== key) return r;
      const at = r.goods.findIndex(same);
      return at < 0 ? r : { ...r, goods: r.goods.filter((_, i) => i !== at) };
    }),
  };
}
