// The checks a received envelope passes before its update may touch the plan doc, in the order
// of README.md: operation, epoch key, membership (then and now), signature, chain place, body,
// rights. Pure apart from crypto; the engine applies what comes back `ok`.
import type * as Y from 'yjs';
import type { Bytes } from '../crypto/bytes';
import { placeInChain } from './chain';
import { openEnvelopeBody, type ReadEnvelope } from './envelope';
import { signatureHolds, type KeyCache } from './frame';
import type { Epoch } from './keyring';
import { mayApply, type PartPolicy } from './rights';
import {
  chainKeyOf,
  type ChainHead,
  type ChainKey,
  type RejectReason,
  type SyncMember,
} from './types';

export interface ReceiveContext {
  operationId: string;
  epochs: ReadonlyMap<number, Epoch>;
  current: Epoch | null;
  heads: ReadonlyMap<ChainKey, ChainHead>;
  keys: KeyCache;
  planDoc: Y.Doc;
  policy: PartPolicy;
}

export type Verdict =
  | { ok: true; chain: ChainKey; author: SyncMember; body: Bytes }
  /** Not yet: its predecessor in the chain is missing. */
  | { ok: false; reason: 'reordered' }
  | { ok: false; reason: Exclude<RejectReason, 'reordered'> };

export async function checkEnvelope(ctx: ReceiveContext, env: ReadEnvelope): Promise<Verdict> {
  const { header, frame } = env;
  if (header.op !== ctx.operationId) return { ok: false, reason: 'wrong_operation' };
  const epoch = ctx.epochs.get(header.epoch);
  if (!epoch) return { ok: false, reason: 'unknown_epoch' };
  // Rights and membership are today's: a revoked member's late writes in an old epoch are out.
  const then = epoch.members.find((m) => m.fingerprint === header.author);
  const now = ctx.current?.members.find((m) => m.fingerprint === header.author);
  if (!then || !now) return { ok: false, reason: 'not_member' };
  const key = await ctx.keys.get(then.fingerprint, then.publicKey);
  if (!key || !(await signatureHolds(frame, key))) return { ok: false, reason: 'bad_signature' };

  const chain = chainKeyOf(header.author, header.device);
  let head = ctx.heads.get(chain);
  // A snapshot names the head of its own chain before it (those entries are gone from the log).
  const before = header.covers?.[chain];
  if (before && (!head || head.seq < before.seq)) head = before;
  const place = placeInChain(head, header);
  if (place !== 'next') return { ok: false, reason: place };

  let body: Bytes;
  try {
    body = await openEnvelopeBody(epoch.key, frame);
  } catch {
    return { ok: false, reason: 'undecryptable' };
  }
  // A snapshot restates the whole plan: only a member who may edit all of it may write one.
  const allowed =
    header.kind === 'snapshot'
      ? now.rights === 'edit'
      : mayApply(now, ctx.planDoc, body, ctx.policy);
  if (!allowed) return { ok: false, reason: 'outside_rights' };
  return { ok: true, chain, author: now, body };
}
