// Presence: "this member's device is connected now", sent through Yjs awareness (which the server
// relays, and shares across nodes through Redis, but never stores). A frame of kind `presence`:
// the readable header names only operation and epoch; who and when are sealed under the epoch
// key and signed by the member's identity key, so the server learns nothing beyond the connection
// it already sees. A presence is accepted only from a current member, for this operation, in a
// known epoch, and only while `at` is within PRESENCE_WINDOW_MS of the receiver's clock: a
// replayed one goes stale. Pure apart from WebCrypto.
import { z } from 'zod';
import { seal, unseal, type SecretKey } from '../crypto/aead';
import { utf8Decode, utf8Encode, type Bytes } from '../crypto/bytes';
import { fingerprintSchema } from '../exchange/envelope';
import { operationIdSchema } from './challenge';
import { deviceIdSchema } from './envelope';
import { frameAad, parseFrame, signatureHolds, type FrameSigner, type KeyCache } from './frame';
import type { Epoch } from './keyring';

/** How far a presence's time may lie from the receiver's clock (either way). */
export const PRESENCE_WINDOW_MS = 90_000;

const presenceHeaderSchema = z.strictObject({
  op: operationIdSchema,
  epoch: z.number().int().positive(),
});

const presenceBodySchema = z.strictObject({
  author: fingerprintSchema,
  device: deviceIdSchema,
  at: z.number().int().nonnegative(),
});

export interface PresenceFacts {
  op: string;
  epoch: number;
  author: string;
  device: string;
  /** Milliseconds since the epoch, by the sender's clock. */
  at: number;
}

export interface Presence {
  fingerprint: string;
  device: string;
  at: number;
}

export interface PresenceContext {
  operationId: string;
  /** The epochs this member holds keys for (EpochBook.epochs). */
  epochs: ReadonlyMap<number, Epoch>;
  /** Today's epoch: its member list decides who may show as connected (null: none, revoked). */
  current: Epoch | null;
  keys: KeyCache;
  /** The receiver's clock, milliseconds since the epoch. */
  now: number;
}

/** Seals and signs one presence under the epoch key. */
export async function sealPresence(
  signer: FrameSigner,
  epochKey: SecretKey,
  facts: PresenceFacts,
): Promise<Bytes> {
  if (facts.author !== signer.fingerprint) throw new Error('Anwesenheit nur für sich selbst');
  const header = presenceHeaderSchema.parse({ op: facts.op, epoch: facts.epoch });
  const body = presenceBodySchema.parse({
    author: facts.author,
    device: facts.device,
    at: facts.at,
  });
  const aad = frameAad('presence', header);
  return signer.seal(aad, await seal(epochKey, utf8Encode(JSON.stringify(body)), aad));
}

/** The presence in `bytes`, or null for anything not signed by a current member just now. */
export async function openPresence(
  bytes: Uint8Array,
  ctx: PresenceContext,
): Promise<Presence | null> {
  const frame = parseFrame(bytes);
  if (!frame || frame.kind !== 'presence') return null;
  const header = presenceHeaderSchema.safeParse(frame.header);
  if (!header.success || header.data.op !== ctx.operationId) return null;
  const epoch = ctx.epochs.get(header.data.epoch);
  if (!epoch || !ctx.current) return null;
  let body: z.infer<typeof presenceBodySchema>;
  try {
    const parsed = presenceBodySchema.safeParse(
      JSON.parse(utf8Decode(await unseal(epoch.key, frame.body, frame.aad))),
    );
    if (!parsed.success) return null;
    body = parsed.data;
  } catch {
    return null;
  }
  if (Math.abs(ctx.now - body.at) > PRESENCE_WINDOW_MS) return null;
  // Membership is today's (a revoked member does not show), the key the one of the sealing epoch.
  const then = epoch.members.find((m) => m.fingerprint === body.author);
  const now = ctx.current.members.find((m) => m.fingerprint === body.author);
  if (!then || !now) return null;
  const key = await ctx.keys.get(then.fingerprint, then.publicKey);
  if (!key || !(await signatureHolds(frame, key))) return null;
  return { fingerprint: body.author, device: body.device, at: body.at };
}
