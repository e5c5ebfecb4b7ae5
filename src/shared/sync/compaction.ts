// Compaction: a snapshot of the plan replaces the log entries it covers, so the stored transport
// doc (which the database extension rewrites whole on every save) stays bounded.
import type * as Y from 'yjs';
import { isCovered } from './chain';
import type { ChainHead, ChainKey } from './types';
import { TRANSPORT } from './types';

/** What the engine learnt about a log entry while receiving it. */
export type EntryFate =
  /** Applied, or already contained in the plan (its chain is past it). */
  | { chain: ChainKey; seq: number }
  /** Refused for good (forged, replayed, outside rights …): nothing will ever apply it. */
  | 'dead'
  /** Waiting for its predecessor: kept. */
  | 'held';

/** The log entries a snapshot with `covers` makes redundant. Unknown entries are kept. */
export function coveredEntries(
  log: readonly Uint8Array[],
  fateOf: (entry: Uint8Array) => EntryFate | undefined,
  covers: Readonly<Record<ChainKey, ChainHead>>,
): Set<Uint8Array> {
  const out = new Set<Uint8Array>();
  for (const entry of log) {
    const fate = fateOf(entry);
    if (fate === 'dead' || (typeof fate === 'object' && isCovered(covers, fate.chain, fate.seq))) {
      out.add(entry);
    }
  }
  return out;
}

/**
 * In one transaction: puts the snapshot first in the log and deletes the covered entries, so no
 * peer ever sees the entries gone without the snapshot that contains them. Returns how many
 * entries were removed (entries a peer appended meanwhile are not in `remove` and stay) and the
 * stored snapshot.
 */
export function replaceCovered(
  transport: Y.Doc,
  snapshot: Uint8Array,
  remove: ReadonlySet<Uint8Array>,
  origin: unknown,
): { removed: number; stored: Uint8Array | undefined } {
  const log = transport.getArray<Uint8Array>(TRANSPORT.log);
  let removed = 0;
  let stored: Uint8Array | undefined;
  transport.transact(() => {
    const entries = log.toArray();
    // From the end, deleting runs of neighbours at once (fewer, larger tombstones).
    let i = entries.length - 1;
    while (i >= 0) {
      const at = entries[i];
      if (at === undefined || !remove.has(at)) {
        i--;
        continue;
      }
      let start = i;
      while (start > 0 && remove.has(entries[start - 1] ?? new Uint8Array())) start--;
      log.delete(start, i - start + 1);
      removed += i - start + 1;
      i = start - 1;
    }
    log.insert(0, [snapshot]);
    // Yjs stores a copy: the caller recognises its snapshot by this object later.
    stored = log.get(0);
  }, origin);
  return { removed, stored };
}
