// Envelopes: one sealed Yjs update (or snapshot) of the plan doc, in a frame whose readable
// header binds it to operation, epoch, author device and chain position (README.md).
import { z } from 'zod';
import { seal, unseal, type SecretKey } from '../crypto/aead';
import type { Bytes } from '../crypto/bytes';
import { fingerprintSchema } from '../exchange/envelope';
import { operationIdSchema } from './challenge';
import { frameAad, parseFrame, type Frame, type FrameSigner } from './frame';
import type { EnvelopeHeader } from './types';

export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);
const chainHeadSchema = z.strictObject({ seq: z.number().int().positive(), hash: hashSchema });

export const envelopeHeaderSchema = z
  .strictObject({
    kind: z.enum(['update', 'snapshot']),
    op: operationIdSchema,
    epoch: z.number().int().positive(),
    author: fingerprintSchema,
    device: deviceIdSchema,
    seq: z.number().int().positive(),
    prev: z.union([z.literal(''), hashSchema]),
    covers: z
      .record(z.string().max(120), chainHeadSchema)
      .refine((c) => Object.keys(c).length <= 10_000)
      .optional(),
  })
  // The first envelope of a chain has no predecessor, every later one has one.
  .refine((h) => (h.seq === 1) === (h.prev === ''))
  .refine((h) => (h.kind === 'snapshot') === (h.covers !== undefined));

export interface ReadEnvelope {
  frame: Frame;
  header: EnvelopeHeader;
}

/** Seals `plaintext` under the epoch key and signs the frame. */
export async function sealEnvelope(
  signer: FrameSigner,
  key: SecretKey,
  header: EnvelopeHeader,
  plaintext: Uint8Array,
): Promise<Bytes> {
  const checked = envelopeHeaderSchema.parse(header);
  const aad = frameAad(checked.kind, checked);
  return signer.seal(aad, await seal(key, plaintext, aad));
}

/** Parses frame and header; null when either is not ours (nothing is trusted yet). */
export function readEnvelope(bytes: Uint8Array): ReadEnvelope | null {
  const frame = parseFrame(bytes);
  if (!frame || (frame.kind !== 'update' && frame.kind !== 'snapshot')) return null;
  const header = envelopeHeaderSchema.safeParse(frame.header);
  if (!header.success || header.data.kind !== frame.kind) return null;
  return { frame, header: header.data };
}

/** Decrypts the body; throws IntegrityError on any tampering or a wrong key. */
export const openEnvelopeBody = (key: SecretKey, frame: Frame): Promise<Bytes> =>
  unseal(key, frame.body, frame.aad);
