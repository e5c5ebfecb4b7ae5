// Field-level differences between two versions of a record, for readable audit entries.

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

const IGNORED = new Set(['rev', 'updatedAt', 'createdAt']);

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Binary values are summarised; a missing value is recorded as null (it must survive JSON). */
function auditValue(v: unknown): unknown {
  if (v === undefined) return null;
  return v instanceof Uint8Array ? `[${v.byteLength} Bytes]` : v;
}

/**
 * Lists changed leaves. Objects are walked field by field; arrays and binary values are compared
 * whole (a list of 40 contacts with one phone number changed is one readable change, not forty).
 */
export function diffRecords(before: unknown, after: unknown, path = '', max = 500): FieldChange[] {
  const out: FieldChange[] = [];
  const walk = (a: unknown, b: unknown, p: string) => {
    if (out.length >= max) return;
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (p === '' && IGNORED.has(key)) continue;
        walk(a[key], b[key], p ? `${p}.${key}` : key);
      }
      return;
    }
    if (!sameValue(a, b)) {
      out.push({ path: p, before: auditValue(a), after: auditValue(b) });
    }
  };
  walk(before, after, path);
  return out;
}
