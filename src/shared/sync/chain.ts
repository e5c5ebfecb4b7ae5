// Per-device chains: each author device numbers its envelopes 1, 2, 3 … and names the hash of the
// previous one, so a receiver can tell a replayed, reordered or forked envelope from the next.
import { chainKeyOf, type ChainHead, type ChainKey, type EnvelopeHeader } from './types';

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

/**
 * Whether an entry could be next after `head` now (its own snapshot head counted): false for
 * an entry still after a gap, which need not be checked again yet.
 */
export function mayFollow(head: ChainHead | undefined, header: EnvelopeHeader): boolean {
  const own = header.covers?.[chainKeyOf(header.author, header.device)];
  return header.seq <= Math.max(head?.seq ?? 0, own?.seq ?? 0) + 1;
}
