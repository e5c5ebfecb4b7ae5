// What an installation keeps about the exchange, one sealed table (`exchange` in the registry):
// its own identity keys, the keys it trusts (attached to agency contacts), the requests it sent,
// the packages it received (the liaison's inbox with the answers given) and the answers it
// imported (so importing the same answer twice changes nothing).
import { z } from 'zod';
import { entityBase, idSchema, instantSchema, shortText, stampSchema } from '../domain/common';
import { fingerprintSchema } from './envelope';
import { answerPayloadSchema } from './payloads';

const armoredKey = () => z.string().max(20_000);

export const identityRecordSchema = z.strictObject({
  ...entityBase,
  type: z.literal('identity'),
  name: shortText(),
  agency: shortText(),
  function: shortText(),
  fingerprint: fingerprintSchema,
  /** Armored and unprotected: the record itself is sealed with the vault's data key. */
  privateKey: armoredKey(),
  publicKey: armoredKey(),
  /** Set when replaced or lost; the key then only opens old packages, it signs nothing new. */
  revokedAt: instantSchema.nullable(),
  /** The signed revocation (public key with revocation signature) to send to partners. */
  revocation: z.string().max(20_000),
});
export type IdentityRecord = z.infer<typeof identityRecordSchema>;

export const trustRecordSchema = z.strictObject({
  ...entityBase,
  type: z.literal('trust'),
  agencyId: idSchema.nullable(),
  contactId: idSchema.nullable(),
  name: shortText(),
  agency: shortText(),
  function: shortText(),
  fingerprint: fingerprintSchema,
  publicKey: armoredKey(),
  /** "per Telefon abgeglichen": who compared the fingerprint, when. */
  verified: stampSchema.nullable(),
  revoked: z.boolean(),
  /**
   * Taken over from a planned key change signed by the previous key (its fingerprint, when):
   * trusted through that signature, not through a phone comparison of this key.
   */
  transitionFrom: z.strictObject({ fingerprint: fingerprintSchema, at: instantSchema }).optional(),
});
export type TrustRecord = z.infer<typeof trustRecordSchema>;

export const sentRecordSchema = z.strictObject({
  ...entityBase,
  type: z.literal('sent'),
  kind: z.enum(['request', 'update', 'cancellation']),
  requestId: idSchema,
  planId: idSchema,
  planRevision: z.number().int().min(1),
  agencyId: idSchema,
  participationId: idSchema,
  /** Fingerprint sealed to; null: sealed with a one-time passphrase. */
  recipient: fingerprintSchema.nullable(),
  deadline: instantSchema.nullable(),
  cancelled: z.boolean(),
  answeredAt: instantSchema.nullable(),
});
export type SentRecord = z.infer<typeof sentRecordSchema>;

export const receivedRecordSchema = z.strictObject({
  ...entityBase,
  type: z.literal('received'),
  packageId: idSchema,
  kind: z.enum(['request', 'update', 'cancellation', 'template', 'approval_request']),
  planId: idSchema,
  requestId: idSchema,
  signerFingerprint: fingerprintSchema,
  /** The verified envelope as received (JSON), shown read-only. */
  envelope: z.string().max(4 * 1024 * 1024),
  /** Answers given to it, newest last (the liaison's history). */
  answers: z
    .array(z.strictObject({ id: idSchema, at: instantSchema, payload: answerPayloadSchema }))
    .max(50),
  /** A Muster: the local template it became (a newer version of it updates that one). */
  templateId: idSchema.optional(),
});
export type ReceivedRecord = z.infer<typeof receivedRecordSchema>;

export const importedRecordSchema = z.strictObject({
  ...entityBase,
  type: z.literal('imported'),
  answerId: idSchema,
  requestId: idSchema,
  planId: idSchema,
  agencyId: idSchema,
  signerFingerprint: fingerprintSchema,
  accepted: z.strictObject({ confirmation: z.boolean(), vehicles: z.boolean() }),
});
export type ImportedRecord = z.infer<typeof importedRecordSchema>;

export const exchangeRecordSchema = z.discriminatedUnion('type', [
  identityRecordSchema,
  trustRecordSchema,
  sentRecordSchema,
  receivedRecordSchema,
  importedRecordSchema,
]);
export type ExchangeRecord = z.infer<typeof exchangeRecordSchema>;
