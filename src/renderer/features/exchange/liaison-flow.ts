// The liaison's side: open a package from the lead (first contact: verified against the key it
// carries and shown as not yet compared), keep it in the inbox, and seal the answer to the lead.
import { z } from 'zod';
import {
  envelopeSchema,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  openPackage,
  packageFileName,
  seal,
  type AnswerPayload,
  type EnvelopeOf,
  type ExchangeError,
  type IdentityRecord,
  type OpenedPackage,
  type ReceivedRecord,
} from '@shared/exchange';
import { newId } from '@shared/domain';
import type { ExchangeState } from './exchange-store';

export type InboxOpen = { ok: true; opened: OpenedPackage } | { ok: false; error: ExchangeError };

export async function openIncoming(
  data: Uint8Array,
  state: ExchangeState,
  passphrase: string,
): Promise<InboxOpen> {
  const privateKeys = [state.identity, ...state.oldIdentities]
    .filter((i): i is IdentityRecord => i !== null)
    .map((i) => i.privateKey);
  const r = await openPackage(data, {
    privateKeys,
    ...(passphrase ? { passphrase } : {}),
    trusted: state.trusted.map((t) => ({
      fingerprint: t.fingerprint,
      publicKey: t.publicKey,
      revoked: t.revoked,
    })),
    allowUnknownSigner: true,
  });
  if (!r.ok) return r;
  if (r.value.envelope.kind === 'approval') {
    return {
      ok: false,
      error: {
        code: 'wrong_kind',
        message: 'Eine Freigabe wird im Einsatz bei der Freigabe eingelesen, nicht im Posteingang.',
      },
    };
  }
  if (r.value.envelope.kind === 'answer') {
    return {
      ok: false,
      error: {
        code: 'wrong_kind',
        message: 'Eine Antwort wird beim Einsatzleiter eingelesen, nicht im Posteingang.',
      },
    };
  }
  return { ok: true, opened: r.value };
}

export function receivedFrom(
  opened: OpenedPackage,
): Omit<ReceivedRecord, 'id' | 'rev' | 'createdAt' | 'updatedAt'> {
  const env = opened.envelope;
  return {
    type: 'received',
    packageId: env.id,
    kind: env.kind === 'answer' || env.kind === 'approval' ? 'request' : env.kind,
    planId: env.planId,
    requestId: env.requestId,
    signerFingerprint: opened.signer.fingerprint,
    envelope: JSON.stringify({ envelope: env, signerKey: opened.signer.publicKey }),
    answers: [],
  };
}

const storedSchema = z.strictObject({
  envelope: envelopeSchema,
  signerKey: z.string().max(20_000),
});

/** The stored envelope of an inbox entry with the key that signed it; null if unreadable. */
export function storedEnvelope(r: ReceivedRecord): z.infer<typeof storedSchema> | null {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(r.envelope));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function sealAnswer(args: {
  identity: IdentityRecord;
  request: EnvelopeOf<'request' | 'update'>;
  leadKey: string;
  payload: AnswerPayload;
  now: Date;
}): Promise<{ id: string; fileName: string; data: Uint8Array }> {
  const { identity, request } = args;
  const id = newId();
  const envelope: EnvelopeOf<'answer'> = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'answer',
    id,
    createdAt: args.now.toISOString(),
    sender: { fingerprint: identity.fingerprint, name: identity.name, agency: identity.agency },
    senderKey: identity.publicKey,
    recipients: [request.sender.fingerprint],
    planId: request.planId,
    planRevision: request.planRevision,
    requestId: request.requestId,
    payload: args.payload,
  };
  const text = await seal(envelope, identity.privateKey, { publicKeys: [args.leadKey] });
  return {
    id,
    fileName: packageFileName(
      ['Antwort', request.payload.operation.codeName, identity.agency],
      'asc',
    ),
    data: new TextEncoder().encode(text),
  };
}
