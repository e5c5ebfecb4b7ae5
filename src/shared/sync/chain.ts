// Per-device chains: each author device numbers its envelopes 1, 2, 3 … and names the hash of the
// previous one, so a receiver can tell a replayed, reordered or forked envelope from the next.
import type { ChainHead, ChainKey } from './types';

export type ChainPlace =
  /** Exactly the next one: apply it. */
  | 'next'
  /** At or below the head: already applied (or a replay). */
  | 'replayed'
  /** After a gap: hold it until the missing ones arrive. */
  | 'reordered'
  /** The next number but another predecessor: a fork or a forgery. */
  | 'chain_broken';

export function placeInChain(
  head: ChainHead | undefined,
  entry: { seq: number; prev: string },
): ChainPlace {
  const at = head?.seq ?? 0;
  if (entry.seq <= at) return 'replayed';
  if (entry.seq > at + 1) return 'reordered';
  return (head?.hash ?? '') === entry.prev ? 'next' : 'chain_broken';
}

/**
 * Moves heads forward to what a snapshot covers; a head already further along stays (its
 * entries are in the plan already, and the snapshot adds nothing for it).
 */
export function advanceHeads(
  heads: Map<ChainKey, ChainHead>,
  covers: Readonly<Record<ChainKey, ChainHead>>,
): void {
  for (const [chain, head] of Object.entries(covers)) {
    const current = heads.get(chain);
    if (!current || current.seq < head.seq) heads.set(chain, { seq: head.seq, hash: head.hash });
  }
}

/** True when an entry at `seq` of `chain` is contained in what `covers` names. */
export const isCovered = (
  covers: Readonly<Record<ChainKey, ChainHead>>,
  chain: ChainKey,
  seq: number,
): boolean => seq <= (covers[chain]?.seq ?? 0);
