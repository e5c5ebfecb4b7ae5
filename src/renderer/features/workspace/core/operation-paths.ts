// Typed paths into an operation (`framework.situation.trigger`): one name for a field that the
// form reads and writes through, the draft keys its pending edit by, and the audit trail
// records (its diff uses the same dotted paths). The compiler refuses a path that does not exist.
import type { Operation } from '@shared/domain';
import { isPlainObject } from '@shared/util/diff';
import type { Mutation } from './save-queue';

// Lists and values are leaves: a path ends there (an edit replaces the whole list).
type Leaf = string | number | boolean | null | undefined | readonly unknown[];

/** Every dotted path to a field of `T` (objects are opened up, lists are leaves). */
export type Paths<T> = T extends Leaf
  ? never
  : {
      [K in keyof T & string]: NonNullable<T[K]> extends Leaf ? K : K | `${K}.${Paths<T[K]>}`;
    }[keyof T & string];

/** The type at a path (`ValueAt<Operation, 'hHour'>` is `string | null`). */
export type ValueAt<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T
    ? ValueAt<NonNullable<T[K]>, Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

export type OperationPath = Paths<Operation>;
/** Paths of text fields (what ProseField and LineField edit). */
export type OperationTextPath = {
  [P in OperationPath]: ValueAt<Operation, P> extends string ? P : never;
}[OperationPath];

export function getAt<P extends OperationPath>(o: Operation, path: P): ValueAt<Operation, P> {
  let current: unknown = o;
  for (const key of path.split('.')) current = isPlainObject(current) ? current[key] : undefined;
  // The path type says what is there; the walk above follows exactly that path.
  return current as ValueAt<Operation, P>;
}

/** A mutation that sets the field at `path`, copying the objects on the way. */
export function setAt<P extends OperationPath>(
  path: P,
  value: ValueAt<Operation, P>,
): Mutation<Operation> {
  const keys = path.split('.');
  const put = (obj: unknown, i: number): unknown => {
    const record = isPlainObject(obj) ? obj : {};
    const key = keys[i] ?? '';
    return { ...record, [key]: i === keys.length - 1 ? value : put(record[key], i + 1) };
  };
  return (o) => put(o, 0) as Operation;
}
