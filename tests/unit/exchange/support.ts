// Two real installations (lead and liaison) with their own OpenPGP keys, and envelopes between them.
import { demoPlan, NOW } from '../../support/demo-plan';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  generateIdentity,
  requestPayloadFor,
  type AnswerPayload,
  type EnvelopeOf,
  type IdentityKeyPair,
  type TrustedKey,
} from '@shared/exchange';

export interface Parties {
  lead: IdentityKeyPair;
  liaison: IdentityKeyPair;
  stranger: IdentityKeyPair;
}

export async function parties(): Promise<Parties> {
  const [lead, liaison, stranger] = await Promise.all([
    generateIdentity({ name: 'Lea Leitung', agency: 'Stadt Essen', function: 'Einsatzleitung' }),
    generateIdentity({
      name: 'Vera Verbindung',
      agency: 'Hauptzollamt',
      function: 'Verbindungsbeamtin',
    }),
    generateIdentity({ name: 'Fremd', agency: 'Unbekannt', function: '' }),
  ]);
  return { lead, liaison, stranger };
}

export const trust = (k: IdentityKeyPair, revoked = false): TrustedKey => ({
  fingerprint: k.fingerprint,
  publicKey: k.publicKey,
  revoked,
});

export function demoRequest(lead: IdentityKeyPair, liaison: IdentityKeyPair | null) {
  const d = demoPlan();
  const participation = d.plan.participations[1] ?? d.plan.participations[0];
  if (!participation) throw new Error('demo plan without participations');
  const payload = requestPayloadFor(d.plan, participation, d.agencies, d.premises, new Date(NOW));
  const envelope: EnvelopeOf<'request'> = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'request',
    id: 'req-1',
    createdAt: NOW,
    sender: { fingerprint: lead.fingerprint, name: 'Lea Leitung', agency: 'Stadt Essen' },
    senderKey: lead.publicKey,
    recipients: liaison ? [liaison.fingerprint] : [],
    planId: d.plan.operation.id,
    planRevision: d.plan.operation.revision,
    requestId: 'req-1',
    payload,
  };
  return { demo: d, participation, envelope };
}

export const answerPayload = (persons = 3): AnswerPayload => ({
  status: 'confirmed',
  confirmedStrength: persons,
  persons: Array.from({ length: persons }, (_, i) => ({
    name: `Person ${i + 1}`,
    function: i === 0 ? 'Truppführer' : 'Zollbeamter',
    phone: `0201 ${1000 + i}`,
    leader: i === 0,
  })),
  vehicles: [{ kind: 'Gruppenkraftwagen', count: 1, callSign: 'Adler 21/1' }],
  callSigns: ['Adler 21'],
  phones: ['0201 555'],
  comment: 'Wir kommen eine Viertelstunde früher.',
  answeredBy: { name: 'Vera Verbindung', function: 'Verbindungsbeamtin' },
});

export function answerEnvelope(
  from: IdentityKeyPair,
  lead: IdentityKeyPair,
  request: EnvelopeOf<'request'>,
  id = 'ans-1',
  persons = 3,
): EnvelopeOf<'answer'> {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'answer',
    id,
    createdAt: NOW,
    sender: { fingerprint: from.fingerprint, name: 'Vera Verbindung', agency: 'Hauptzollamt' },
    recipients: [lead.fingerprint],
    planId: request.planId,
    planRevision: request.planRevision,
    requestId: request.requestId,
    payload: answerPayload(persons),
  };
}

export const bytesOf = (armored: string) => new TextEncoder().encode(armored);
