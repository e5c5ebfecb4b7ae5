// Lead → liaison → lead with two real key pairs: the request opens on the liaison side (first
// contact: the lead's key comes with it), the answer opens on the lead side against the registered
// liaison key, matches the open request, and becomes the confirmation with the signer named.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerDiff,
  applyAnswer,
  fingerprintGroups,
  matchAnswer,
  openPackage,
  seal,
  type Envelope,
  type SentRequest,
} from '@shared/exchange';
import { answerEnvelope, bytesOf, demoRequest, parties, trust, type Parties } from './support';

let p: Parties;
beforeAll(async () => {
  p = await parties();
}, 30_000);

describe('exchange round trip', () => {
  it('carries a request to the liaison and the answer back into the participation', async () => {
    const { envelope: request, participation } = demoRequest(p.lead, p.liaison);
    const sealed = await seal(request, p.lead.privateKey, { publicKeys: [p.liaison.publicKey] });
    expect(sealed).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(sealed).not.toContain(request.payload.tasks.slice(0, 12) || 'never-empty');

    const atLiaison = await openPackage(bytesOf(sealed), {
      privateKeys: [p.liaison.privateKey],
      trusted: [],
      allowUnknownSigner: true,
    });
    if (!atLiaison.ok) throw new Error(atLiaison.error.message);
    expect(atLiaison.value.envelope).toEqual(request);
    expect(atLiaison.value.signer).toMatchObject({
      fingerprint: p.lead.fingerprint,
      trusted: false,
    });

    // Once the liaison compared the fingerprint by phone, the lead's key is trusted.
    const trustedAgain = await openPackage(bytesOf(sealed), {
      privateKeys: [p.liaison.privateKey],
      trusted: [trust(p.lead)],
    });
    expect(trustedAgain.ok && trustedAgain.value.signer.trusted).toBe(true);

    const answer = answerEnvelope(p.liaison, p.lead, request);
    const sealedAnswer = await seal(answer, p.liaison.privateKey, {
      publicKeys: [p.lead.publicKey],
    });
    const atLead = await openPackage(bytesOf(sealedAnswer), {
      privateKeys: [p.lead.privateKey],
      trusted: [trust(p.liaison)],
    });
    if (!atLead.ok) throw new Error(atLead.error.message);

    const sent: SentRequest = {
      requestId: request.requestId,
      planId: request.planId,
      planRevision: request.planRevision,
      agencyId: participation.agencyId,
      participationId: participation.id,
      recipient: p.liaison.fingerprint,
      cancelled: false,
    };
    const matched = matchAnswer(atLead.value, {
      planId: request.planId,
      planRevision: request.planRevision,
      requests: [sent],
      importedAnswerIds: new Set(),
      liaisonKeys: new Map([[participation.agencyId, [p.liaison.fingerprint]]]),
    });
    if (!matched.ok) throw new Error(matched.error.message);
    expect(matched.value.outdated).toBeNull();

    const diff = answerDiff(participation, matched.value.envelope.payload);
    expect(diff.find((c) => c.field === 'confirmedStrength')?.after).toBe('3');
    // The demo participation is asked again first (a confirmed one cannot be "confirmed" twice).
    const asked = {
      ...participation,
      confirmation: { ...participation.confirmation, status: 'requested' as const },
      requestedStrength: 3,
    };
    const applied = applyAnswer(
      asked,
      matched.value,
      { confirmation: true, vehicles: true },
      'Lea Leitung',
    );
    if (!applied.ok) throw new Error(applied.message);
    const event = applied.participation.confirmation;
    expect(event.status).toBe('confirmed');
    expect(event.confirmedStrength).toBe(3);
    expect(applied.participation.vehicles).toEqual([
      { kind: 'Gruppenkraftwagen', count: 1, callSign: 'Adler 21/1' },
    ]);
    expect(applied.participation.history.at(-1)).toEqual(event);
    // Accepting the same answer again changes nothing.
    const again = applyAnswer(
      applied.participation,
      matched.value,
      { confirmation: true, vehicles: true },
      'Lea Leitung',
    );
    expect(again.ok && again.participation.history).toEqual(applied.participation.history);
    expect(event.comment).toContain(
      `bestätigt per Paket, signiert von Vera Verbindung, Verbindungsbeamtin (Fingerprint ${fingerprintGroups(p.liaison.fingerprint)})`,
    );
  }, 30_000);

  it('opens a request sealed with a one-time passphrase', async () => {
    const { envelope } = demoRequest(p.lead, null);
    const sealed = await seal(envelope, p.lead.privateKey, {
      passphrase: 'ABCD-EFGH-JKMN-PQRS-TUVW',
    });
    const opened = await openPackage(bytesOf(sealed), {
      passphrase: 'ABCD-EFGH-JKMN-PQRS-TUVW',
      trusted: [trust(p.lead)],
    });
    expect(opened.ok && opened.value.envelope.id).toBe('req-1');
  }, 30_000);

  it('shows an answer to an older revision with both revisions', async () => {
    const { envelope: request, participation } = demoRequest(p.lead, p.liaison);
    const answer = answerEnvelope(p.liaison, p.lead, request);
    const opened = await openPackage(
      bytesOf(await seal(answer, p.liaison.privateKey, { publicKeys: [p.lead.publicKey] })),
      { privateKeys: [p.lead.privateKey], trusted: [trust(p.liaison)] },
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const matched = matchAnswer(opened.value, {
      planId: request.planId,
      planRevision: request.planRevision + 2,
      requests: [
        {
          requestId: request.requestId,
          planId: request.planId,
          planRevision: request.planRevision,
          agencyId: participation.agencyId,
          participationId: participation.id,
          recipient: p.liaison.fingerprint,
          cancelled: false,
        },
      ],
      importedAnswerIds: new Set(),
      liaisonKeys: new Map([[participation.agencyId, [p.liaison.fingerprint]]]),
    });
    expect(matched.ok && matched.value.outdated).toEqual({
      sent: request.planRevision,
      now: request.planRevision + 2,
    });
  }, 30_000);

  it('carries a Muster (template) signed by its author, which is never taken as an answer', async () => {
    const { envelope: request } = demoRequest(p.lead, p.liaison);
    const template: Envelope = {
      ...request,
      kind: 'template',
      id: 'muster-1',
      recipients: [p.liaison.fingerprint],
      payload: {
        name: 'Gastronomie-Verbundkontrolle',
        description: 'Bewährter Ablauf',
        author: { name: 'Lea Leitung', agency: 'Stadt Essen' },
        fields: [{ code: 'gastronomy', notes: 'Hygiene zuerst', checklist: ['Ausweise', 'Kasse'] }],
      },
    };
    const sealed = await seal(template, p.lead.privateKey, { publicKeys: [p.liaison.publicKey] });
    const opened = await openPackage(bytesOf(sealed), {
      privateKeys: [p.liaison.privateKey],
      trusted: [trust(p.lead)],
    });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.envelope).toEqual(template);
    const matched = matchAnswer(opened.value, {
      planId: request.planId,
      planRevision: 1,
      requests: [],
      importedAnswerIds: new Set(),
      liaisonKeys: new Map(),
    });
    expect(matched.ok || matched.error.code).toBe('wrong_kind');
  }, 30_000);
});
