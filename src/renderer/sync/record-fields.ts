// A record ↔ its fields in the plan doc: nested objects are flattened to dotted paths, arrays
// and other values stay whole (a list is one value, like one readable change in the audit).
// Which strings are free text is read from the table's zod schema: a plain string of `text()`
// size or more (no pattern, no format) merges character-wise; names, codes and ids are values.
import type { z } from 'zod';
import { LIMITS } from '@shared/domain';
import { isPlainObject } from '@shared/util/diff';
import { TABLES, type TableName } from '../data/schema';
import { isResultsEntry, resultsFields, resultsRecord } from './results-doc';

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  checks?: unknown[];
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let d = defOf(cur); d.innerType && ['optional', 'nullable', 'default'].includes(d.type);) {
    cur = d.innerType;
    d = defOf(cur);
  }
  return cur;
}

function isFreeText(s: z.ZodType): boolean {
  const inner = unwrap(s);
  if (defOf(inner).type !== 'string') return false;
  const str = inner as unknown as { maxLength: number | null; format: string | null };
  const patterned = (defOf(inner).checks ?? []).some(
    (c) => (c as { _zod?: { def?: { check?: string } } })._zod?.def?.check === 'string_format',
  );
  return !patterned && str.format === null && (str.maxLength ?? 0) >= LIMITS.text;
}

function collectTextPaths(s: z.ZodType, prefix: string, out: Set<string>): void {
  const inner = unwrap(s);
  const shape = defOf(inner).shape;
  if (defOf(inner).type === 'object' && shape) {
    for (const [key, child] of Object.entries(shape)) {
      collectTextPaths(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else if (prefix && isFreeText(inner)) out.add(prefix);
}

const cache = new Map<TableName, ReadonlySet<string>>();

/** The dotted paths of a table's free-text fields. */
export function textPaths(table: TableName): ReadonlySet<string> {
  let paths = cache.get(table);
  if (!paths) {
    const out = new Set<string>();
    collectTextPaths(TABLES[table].schema as z.ZodType, '', out);
    paths = out;
    cache.set(table, paths);
  }
  return paths;
}

/** Objects we can split: plain, non-empty, keys that cannot be confused with a path. */
const splittable = (v: unknown): v is Record<string, unknown> =>
  isPlainObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => !k.includes('.'));

/** Leaves of a record by dotted path, without the fields in `skip`. */
export function flattenRecord(
  record: Record<string, unknown>,
  skip: ReadonlySet<string>,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (v: unknown, path: string) => {
    if (splittable(v)) {
      for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${k}` : k);
    } else if (v !== undefined) out.set(path, v);
  };
  for (const [k, v] of Object.entries(record)) if (!skip.has(k)) walk(v, k);
  return out;
}

/** A record's fields in the plan doc: by dotted path, the results record by entry. */
export function fieldsOf(
  table: TableName,
  record: Record<string, unknown>,
  skip: ReadonlySet<string>,
): Map<string, unknown> {
  return table === 'results' ? resultsFields(record, skip) : flattenRecord(record, skip);
}

/** The record again from its fields in the plan doc. */
export function recordFromFields(
  table: TableName,
  fields: ReadonlyMap<string, unknown>,
): Record<string, unknown> {
  if (table !== 'results') return unflattenRecord(fields);
  const plain = new Map([...fields].filter(([k]) => !isResultsEntry(k)));
  return resultsRecord(fields, unflattenRecord(plain));
}

/** The record again from its leaves. */
export function unflattenRecord(fields: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of fields) {
    const keys = path.split('.');
    let node = root;
    keys.slice(0, -1).forEach((k) => {
      const next = node[k];
      if (isPlainObject(next)) node = next;
      else {
        const fresh: Record<string, unknown> = {};
        node[k] = fresh;
        node = fresh;
      }
    });
    const last = keys.at(-1);
    if (last !== undefined) node[last] = value;
  }
  return root;
}
