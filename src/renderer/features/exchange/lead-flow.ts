// The lead's side: seal one request (update, cancellation) per agency of a plan, and read a set
// of answer files into a review list. Nothing here writes a participation; `acceptAnswer` does,
// through the audited participation repository (a late fact on approved plans).
import {
  answerDiff,
  applyAnswer,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  matchAnswer,
  oneTimePassphrase,
  openPackage,
  packageFileName,
  requestPayloadFor,
  seal,
  type Acceptance,
  type AnswerChange,
  type Envelope,
  type ExchangeError,
  type IdentityRecord,
  type MatchedAnswer,
  type SentRecord,
  type TrustRecord,
} from '@shared/exchange';
import {
  newId,
  type Agency,
  type Participation,
  type PlanSnapshot,
  type Premises,
} from '@shared/domain';
import type { Repositories } from '../../data/repositories';
import type { ExchangeState, ExchangeStore } from './exchange-store';

export type OutgoingKind = 'request' | 'update' | 'cancellation';

export interface OutgoingPackage {
  agencyId: string;
  agencyName: string;
  fileName: string;
  data: Uint8Array;
  /** Said to the liaison by phone; null when sealed to their registered key. */
  passphrase: string | null;
  sent: Omit<SentRecord, 'id' | 'rev' | 'createdAt' | 'updatedAt'>;
}

/** The key a request to `agencyId` is sealed to: the newest not revoked, compared ones first. */
export function liaisonKeyOf(
  trusted: readonly TrustRecord[],
  agencyId: string,
): TrustRecord | null {
  const usable = trusted.filter((t) => t.agencyId === agencyId && !t.revoked);
  const verified = usable.filter((t) => t.verified !== null);
  return (verified.length ? verified : usable).at(-1) ?? null;
}

/** Participations still waiting for an answer: these get a request when "all open" are sent. */
export const openParticipations = (plan: PlanSnapshot): Participation[] =>
  plan.participations.filter((p) => p.confirmation.status === 'requested');

export async function prepareOutgoing(args: {
  kind: OutgoingKind;
  plan: PlanSnapshot;
  participations: readonly Participation[];
  agencies: readonly Agency[];
  premises: readonly Premises[];
  identity: IdentityRecord;
  state: ExchangeState;
  now: Date;
  reason?: string;
}): Promise<OutgoingPackage[]> {
  const { plan, identity, now } = args;
  const op = plan.operation;
  const out: OutgoingPackage[] = [];
  for (const p of args.participations) {
    const agency = args.agencies.find((a) => a.id === p.agencyId);
    const previous = args.state.sent
      .filter((s) => s.planId === op.id && s.agencyId === p.agencyId && !s.cancelled)
      .at(-1);
    // An update or cancellation continues the request the liaison already has.
    const requestId = args.kind === 'request' || !previous ? newId() : previous.requestId;
    const key = liaisonKeyOf(args.state.trusted, p.agencyId);
    const passphrase = key ? null : oneTimePassphrase();
    const header = {
      format: EXCHANGE_FORMAT,
      version: EXCHANGE_VERSION,
      id: newId(),
      createdAt: now.toISOString(),
      sender: { fingerprint: identity.fingerprint, name: identity.name, agency: identity.agency },
      senderKey: identity.publicKey,
      recipients: key ? [key.fingerprint] : [],
      planId: op.id,
      planRevision: op.revision,
      requestId,
    } as const;
    const envelope: Envelope =
      args.kind === 'cancellation'
        ? { ...header, kind: 'cancellation', payload: { reason: args.reason ?? '' } }
        : {
            ...header,
            kind: args.kind,
            payload: requestPayloadFor(plan, p, args.agencies, args.premises, now),
          };
    const text = await seal(
      envelope,
      identity.privateKey,
      key ? { publicKeys: [key.publicKey] } : { passphrase: passphrase ?? '' },
    );
    const label = { request: 'Anfrage', update: 'Aktualisierung', cancellation: 'Absage' }[
      args.kind
    ];
    out.push({
      agencyId: p.agencyId,
      agencyName: agency?.name ?? p.agencyId,
      fileName: packageFileName(
        [label, op.codeName, agency?.shortName || agency?.name || ''],
        'asc',
      ),
      data: new TextEncoder().encode(text),
      passphrase,
      sent: {
        type: 'sent',
        kind: args.kind,
        requestId,
        planId: op.id,
        planRevision: op.revision,
        agencyId: p.agencyId,
        participationId: p.id,
        recipient: key?.fingerprint ?? null,
        deadline: op.responseDeadline,
        cancelled: args.kind === 'cancellation',
        answeredAt: null,
      },
    });
  }
  return out;
}

export type ReviewItem =
  | { fileName: string; ok: false; error: ExchangeError }
  | {
      fileName: string;
      ok: true;
      matched: MatchedAnswer;
      participation: Participation;
      changes: AnswerChange[];
    };

/** Opens and checks each answer file; one bad file does not stop the others. */
export async function reviewAnswers(
  files: readonly { name: string; data: Uint8Array }[],
  plan: PlanSnapshot,
  state: ExchangeState,
): Promise<ReviewItem[]> {
  const privateKeys = [state.identity, ...state.oldIdentities]
    .filter((i): i is IdentityRecord => i !== null)
    .map((i) => i.privateKey);
  const trusted = state.trusted.map((t) => ({
    fingerprint: t.fingerprint,
    publicKey: t.publicKey,
    revoked: t.revoked,
  }));
  const liaisonKeys = new Map<string, string[]>();
  for (const t of state.trusted) {
    if (t.agencyId)
      liaisonKeys.set(t.agencyId, [...(liaisonKeys.get(t.agencyId) ?? []), t.fingerprint]);
  }
  const seen = new Set(state.imported.map((i) => i.answerId));
  const items: ReviewItem[] = [];
  for (const file of files) {
    const opened = await openPackage(file.data, { privateKeys, trusted });
    if (!opened.ok) {
      items.push({ fileName: file.name, ok: false, error: opened.error });
      continue;
    }
    const matched = matchAnswer(opened.value, {
      planId: plan.operation.id,
      planRevision: plan.operation.revision,
      requests: state.sent.map((s) => ({ ...s, recipient: s.recipient })),
      importedAnswerIds: seen,
      liaisonKeys,
    });
    if (!matched.ok) {
      items.push({ fileName: file.name, ok: false, error: matched.error });
      continue;
    }
    const participation = plan.participations.find(
      (p) => p.id === matched.value.request.participationId,
    );
    if (!participation) {
      items.push({
        fileName: file.name,
        ok: false,
        error: {
          code: 'no_open_request',
          message: 'Die Beteiligung gibt es in diesem Einsatz nicht mehr.',
        },
      });
      continue;
    }
    // Two files with the same answer in one batch: the second is a replay of the first.
    seen.add(matched.value.envelope.id);
    items.push({
      fileName: file.name,
      ok: true,
      matched: matched.value,
      participation,
      changes: answerDiff(participation, matched.value.envelope.payload),
    });
  }
  return items;
}

/** Takes (parts of) one answer into the participation and remembers the answer as imported. */
export async function acceptAnswer(
  repos: Repositories,
  store: ExchangeStore,
  state: ExchangeState,
  item: Extract<ReviewItem, { ok: true }>,
  accept: Acceptance,
  recordedBy: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  if (state.imported.some((i) => i.answerId === item.matched.envelope.id)) return { ok: true };
  let failure: string | null = null;
  await repos.plan.participations.update(item.participation.id, (current) => {
    const r = applyAnswer(current, item.matched, accept, recordedBy);
    if (!r.ok) {
      failure = r.message;
      return current;
    }
    return r.participation;
  });
  if (failure !== null) return { ok: false, message: failure };
  await store.recordImported({
    type: 'imported',
    answerId: item.matched.envelope.id,
    requestId: item.matched.request.requestId,
    planId: item.matched.envelope.planId,
    agencyId: item.matched.request.agencyId,
    signerFingerprint: item.matched.signer.fingerprint,
    accepted: accept,
  });
  return { ok: true };
}
