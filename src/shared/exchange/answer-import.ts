// The lead's side of an answer: does it belong to an open request of this plan, signed by the key
// registered for that agency, not seen before — and what would it change in the participation?
// Pure: the caller writes only what the lead accepts, through the audited repository.
import type { Participation, Vehicle } from '../domain/participation';
import { applyConfirmation, type ConfirmationInput } from '../roster/confirmation';
import type { EnvelopeOf } from './envelope';
import { refuse, type Opened } from './errors';
import { fingerprintGroups } from './keys';
import type { OpenedPackage } from './open';
import type { AnswerPayload } from './payloads';

/** A request as the lead's installation remembers it having sent. */
export interface SentRequest {
  requestId: string;
  planId: string;
  planRevision: number;
  agencyId: string;
  participationId: string;
  /** Fingerprint of the liaison key it was sealed to (null: sealed with a one-time passphrase). */
  recipient: string | null;
  cancelled: boolean;
}

export interface AnswerContext {
  planId: string;
  planRevision: number;
  /** Every request, update and cancellation sent, oldest first. */
  requests: readonly SentRequest[];
  importedAnswerIds: ReadonlySet<string>;
  /** The liaison key registered for each agency (agency id → fingerprints, current first). */
  liaisonKeys: ReadonlyMap<string, readonly string[]>;
}

export interface MatchedAnswer {
  envelope: EnvelopeOf<'answer'>;
  request: SentRequest;
  signer: OpenedPackage['signer'];
  /** The plan changed since the request went out (its revision then and now). */
  outdated: { sent: number; now: number } | null;
}

export function matchAnswer(opened: OpenedPackage, ctx: AnswerContext): Opened<MatchedAnswer> {
  const env = opened.envelope;
  if (env.kind !== 'answer') return refuse('wrong_kind');
  if (ctx.importedAnswerIds.has(env.id)) return refuse('replayed');
  if (env.planId !== ctx.planId) return refuse('foreign_plan');
  // A request, its updates and its cancellation share the request id (oldest first): the newest
  // is what was last sent; any cancellation closes the request for good.
  const sent = ctx.requests.filter((r) => r.requestId === env.requestId && r.planId === env.planId);
  const request = sent.at(-1);
  if (!request || sent.some((r) => r.cancelled)) return refuse('no_open_request');
  if (!opened.signer.trusted) return refuse('unknown_signer');
  const registered = ctx.liaisonKeys.get(request.agencyId) ?? [];
  if (!registered.includes(opened.signer.fingerprint)) return refuse('wrong_agency');
  return {
    ok: true,
    value: {
      envelope: env,
      request,
      signer: opened.signer,
      outdated:
        request.planRevision < ctx.planRevision
          ? { sent: request.planRevision, now: ctx.planRevision }
          : null,
    },
  };
}

export interface AnswerChange {
  field: 'status' | 'confirmedStrength' | 'vehicles';
  before: string;
  after: string;
}

const vehiclesLine = (vs: readonly Pick<Vehicle, 'kind' | 'count' | 'callSign'>[]) =>
  vs.map((v) => `${v.count}× ${v.kind}${v.callSign ? ` (${v.callSign})` : ''}`).join(', ');

/** What accepting the answer would change in the participation, field by field. */
export function answerDiff(current: Participation, answer: AnswerPayload): AnswerChange[] {
  const changes: AnswerChange[] = [];
  const c = current.confirmation;
  if (c.status !== answer.status) {
    changes.push({ field: 'status', before: c.status, after: answer.status });
  }
  if (c.confirmedStrength !== answer.confirmedStrength) {
    changes.push({
      field: 'confirmedStrength',
      before: c.confirmedStrength === null ? '' : String(c.confirmedStrength),
      after: String(answer.confirmedStrength),
    });
  }
  const before = vehiclesLine(current.vehicles);
  const after = vehiclesLine(answer.vehicles);
  if (answer.vehicles.length > 0 && before !== after) {
    changes.push({ field: 'vehicles', before, after });
  }
  return changes;
}

/** "bestätigt per Paket, signiert von … (Fingerprint …)": the history line of an accepted answer. */
export function signedByLine(answer: AnswerPayload, fingerprint: string): string {
  const who = [answer.answeredBy.name, answer.answeredBy.function].filter(Boolean).join(', ');
  return `bestätigt per Paket, signiert von ${who || 'unbekannt'} (Fingerprint ${fingerprintGroups(fingerprint)})`;
}

/** The confirmation an accepted answer becomes, checked by the roster's transition rules. */
export function confirmationInputFromAnswer(
  matched: MatchedAnswer,
  recordedBy: string,
): ConfirmationInput {
  const a = matched.envelope.payload;
  const comment = [signedByLine(a, matched.signer.fingerprint), a.comment]
    .filter(Boolean)
    .join(' — ')
    .slice(0, 4_000);
  return {
    status: a.status,
    confirmedStrength: a.status === 'declined' ? 0 : a.confirmedStrength,
    by: a.answeredBy.name.slice(0, 200) || 'Verbindungsperson',
    at: matched.envelope.createdAt,
    via: 'other',
    comment,
    recordedBy,
  };
}

/** Which parts of an answer the lead takes over. */
export interface Acceptance {
  confirmation: boolean;
  vehicles: boolean;
}

export type Applied =
  { ok: true; participation: Participation; changed: boolean } | { ok: false; message: string };

/**
 * The participation after accepting (parts of) an answer. Accepting the same answer again
 * changes nothing: its event (same time, same signed-by line) is already in the history.
 */
export function applyAnswer(
  current: Participation,
  matched: MatchedAnswer,
  accept: Acceptance,
  recordedBy: string,
): Applied {
  let next = current;
  if (accept.confirmation) {
    const input = confirmationInputFromAnswer(matched, recordedBy);
    const seen = current.history.some((e) => e.at === input.at && e.comment === input.comment);
    if (!seen) {
      const r = applyConfirmation(current, input);
      if (!r.ok) return { ok: false, message: r.message };
      next = r.participation;
    }
  }
  if (accept.vehicles && matched.envelope.payload.vehicles.length > 0) {
    next = { ...next, vehicles: vehiclesFromAnswer(matched.envelope.payload) };
  }
  return { ok: true, participation: next, changed: next !== current };
}

/** The vehicles of an answer in the participation's shape (call signs included). */
export function vehiclesFromAnswer(a: AnswerPayload): Vehicle[] {
  return a.vehicles.map((v) => ({ kind: v.kind, count: v.count, callSign: v.callSign }));
}
