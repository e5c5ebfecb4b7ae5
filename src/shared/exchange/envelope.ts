// The one versioned, typed envelope every exchange package carries inside its OpenPGP message.
// New kinds (results, shared-operation invitations) are added to PACKAGE_KINDS and the payload
// union — never a second format. Documented in docs/SECURITY.md ("Austauschpakete").
import { z } from 'zod';
import { idSchema, instantSchema } from '../domain/common';
import { approvalPayloadSchema, approvalRequestPayloadSchema } from './approval-payloads';
import {
  answerPayloadSchema,
  cancellationPayloadSchema,
  requestPayloadSchema,
  templatePayloadSchema,
} from './payloads';
import { safeText } from './safe-text';

export const EXCHANGE_FORMAT = 'verbundplaner-exchange';
export const EXCHANGE_VERSION = 1;

export const PACKAGE_KINDS = [
  'request',
  'answer',
  'update',
  'cancellation',
  'template',
  'approval_request',
  'approval',
] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

/** An OpenPGP v4 fingerprint: 40 hex digits, stored lower-case. */
export const fingerprintSchema = z.string().regex(/^[0-9a-f]{40}$/, 'Ungültiger Fingerabdruck');

const header = {
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  /** This package's own id (an answer id is what makes a second import a no-op). */
  id: idSchema,
  createdAt: instantSchema,
  sender: z.strictObject({
    fingerprint: fingerprintSchema,
    name: safeText(200),
    agency: safeText(200),
  }),
  /** The sender's armored public key, so a first request can be answered (and verified). */
  senderKey: z.string().max(20_000).optional(),
  /** Empty when the package is sealed with a one-time passphrase instead of a key. */
  recipients: z.array(fingerprintSchema).max(20),
  planId: idSchema,
  planRevision: z.number().int().min(1).max(100_000),
  /** The request an answer/update/cancellation belongs to; for a request, its own id. */
  requestId: idSchema,
};

export const envelopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...header, kind: z.literal('request'), payload: requestPayloadSchema }),
  z.strictObject({ ...header, kind: z.literal('update'), payload: requestPayloadSchema }),
  z.strictObject({ ...header, kind: z.literal('answer'), payload: answerPayloadSchema }),
  z.strictObject({
    ...header,
    kind: z.literal('cancellation'),
    payload: cancellationPayloadSchema,
  }),
  z.strictObject({ ...header, kind: z.literal('template'), payload: templatePayloadSchema }),
  // Signed approval by a second person: requestId is the Freigabeanfrage's own id.
  z.strictObject({
    ...header,
    kind: z.literal('approval_request'),
    payload: approvalRequestPayloadSchema,
  }),
  z.strictObject({ ...header, kind: z.literal('approval'), payload: approvalPayloadSchema }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;
export type EnvelopeOf<K extends PackageKind> = Extract<Envelope, { kind: K }>;

/** Reads format and version first, so a newer format gets its own message, not "invalid". */
export const versionProbeSchema = z.looseObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.number(),
});
