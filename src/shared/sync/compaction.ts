// Compaction: a snapshot of the plan replaces the log entries it covers, so the stored transport
// doc (which the database extension rewrites whole on every save) stays bounded.
import type * as Y from 'yjs';
import { isCovered } from './chain';
import { chainKeyOf, TRANSPORT, type ChainHead, type ChainKey, type EnvelopeHeader } from './types';

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
 * In one transaction: puts the snapshot first in the log and deletes the entries it covers (and
 * those refused for good), so no peer ever sees entries gone without the snapshot that contains
 * them. Entries a peer appended meanwhile are unknown here and stay. Returns how many went.
 */
export function replaceCovered(
  transport: Y.Doc,
  snapshot: Uint8Array,
  fates: WeakMap<Uint8Array, EntryFate>,
  header: EnvelopeHeader & { covers: Record<ChainKey, ChainHead> },
  origin: unknown,
): number {
  const log = transport.getArray<Uint8Array>(TRANSPORT.log);
  const remove = coveredEntries(log.toArray(), (e) => fates.get(e), header.covers);
  let removed = 0;
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
    // Yjs stores a copy: the next compaction recognises this snapshot by the stored object.
    fates.set(log.get(0), { chain: chainKeyOf(header.author, header.device), seq: header.seq });
  }, origin);
  return removed;
}
