// Reads Dexie's `storagemutated` notifications (fired for writes in this window and, through a
// BroadcastChannel, in other windows of the same origin): which primary keys of which table
// changed, or that a whole range changed (a clear, a deleteRange) and the table must be re-read.

/** Dexie's interval tree node; an empty set is `{ d: 0 }` without bounds. */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

export type TableChange = { keys: string[] } | { all: true };

function collect(node: RangeNode | null | undefined, out: { from: unknown; to: unknown }[]): void {
  if (!node || !('from' in node)) return;
  collect(node.l, out);
  out.push({ from: node.from, to: node.to });
  collect(node.r, out);
}

/**
 * The changes of `tables` in database `dbName`. Parts are keyed `idb://<db>/<table>/<index>`;
 * the primary key's part has an empty index name, and Dexie adds every written or deleted key
 * to it as a one-key range. Anything wider than one key means "re-read the table".
 */
export function changedKeys(
  parts: Readonly<Record<string, unknown>>,
  dbName: string,
  tables: readonly string[],
): Map<string, TableChange> {
  const result = new Map<string, TableChange>();
  for (const table of tables) {
    const part = parts[`idb://${dbName}/${table}/`] as RangeNode | undefined;
    const ranges: { from: unknown; to: unknown }[] = [];
    collect(part, ranges);
    if (ranges.length === 0) continue;
    const keys: string[] = [];
    let all = false;
    for (const { from, to } of ranges) {
      if (typeof from === 'string' && from === to) keys.push(from);
      else all = true;
    }
    result.set(table, all ? { all: true } : { keys });
  }
  return result;
}
