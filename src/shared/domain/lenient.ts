// Read leniently, write strictly: the schema a stored record is read with is its write schema
// without upper bounds. Limits get tighter over time (a code name of at most 40 characters,
// strengths up to 2 000); data written before still loads, restores from a backup and shows,
// with a hint to shorten it — it only may not be written again beyond the limit.
// Only upper bounds are dropped: shapes, types, formats (ids, instants, e-mail), enums and lower
// bounds stay, because none of those has been loosened since data was first written.
import type { z } from 'zod';

// Zod's names for the upper-bound checks: strings and lists (`max_length`), sets and files
// (`max_size`), numbers (`less_than`, inclusive or not).
const UPPER_BOUNDS = new Set(['max_length', 'max_size', 'less_than']);

type Def = z.core.$ZodTypeDef & {
  checks?: z.core.$ZodCheck[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
};

function relaxed(schema: z.ZodType): z.ZodType {
  // Zod 4 keeps a schema's definition in `_zod.def` and rebuilds a schema from a changed one
  // with `clone(def)` (the documented way for libraries to derive schemas).
  const def = schema._zod.def as Def;
  const next: Def = { ...def };
  if (def.checks) next.checks = def.checks.filter((c) => !UPPER_BOUNDS.has(c._zod.def.check));
  if (def.shape) {
    next.shape = Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, relaxed(v)]));
  }
  if (def.element) next.element = relaxed(def.element);
  if (def.innerType) next.innerType = relaxed(def.innerType);
  if (def.options) next.options = def.options.map(relaxed);
  if (def.valueType) next.valueType = relaxed(def.valueType);
  if (def.in) next.in = relaxed(def.in);
  if (def.out) next.out = relaxed(def.out);
  return schema.clone(next);
}

/** The read schema of a write schema: the same records, without upper bounds. */
export function lenientSchema<T>(schema: z.ZodType<T>): z.ZodType<T> {
  // `relaxed` returns a clone of the same kind with only checks removed, so it parses to `T`.
  return relaxed(schema) as z.ZodType<T>;
}

/** Whether a schema (deeply) still has an upper bound; the registry test checks read schemas. */
export function hasUpperBound(schema: z.ZodType): boolean {
  const def = schema._zod.def as Def;
  if (def.checks?.some((c) => UPPER_BOUNDS.has(c._zod.def.check))) return true;
  const inner = [
    ...Object.values(def.shape ?? {}),
    ...(def.options ?? []),
    ...[def.element, def.innerType, def.valueType, def.in, def.out].filter(
      (s): s is z.ZodType => s !== undefined,
    ),
  ];
  return inner.some(hasUpperBound);
}
