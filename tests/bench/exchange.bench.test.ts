// Benchmark (Node): exchange packages for an agency with 50 persons — sealing a request and
// opening an answer (each ≤ 200 ms) — and importing 60 answers at once (≤ 3 s: open, verify,
// match), each against the bare openpgp calls (sign+encrypt / decrypt+verify) on the same bytes.
import { createMessage, decrypt, encrypt, readMessage } from 'openpgp';
import { describe, expect, it } from 'vitest';
import {
  matchAnswer,
  openPackage,
  PGP_CONFIG,
  readPrivate,
  readPublic,
  seal,
  type SentRequest,
} from '@shared/exchange';
import { answerEnvelope, bytesOf, demoRequest, parties, trust } from '../unit/exchange/support';
import { report, sample, summarize, withBudget } from './harness';

describe('exchange packages', () => {
  it('seal and open for 50 persons, import 60 answers, vs bare openpgp', async () => {
    const p = await parties();
    const { envelope: request } = demoRequest(p.lead, p.liaison);
    const answer = answerEnvelope(p.liaison, p.lead, request, 'ans-50', 50);
    const [leadPriv, liaisonPriv, leadPub, liaisonPub] = await Promise.all([
      readPrivate(p.lead.privateKey),
      readPrivate(p.liaison.privateKey),
      readPublic(p.lead.publicKey),
      readPublic(p.liaison.publicKey),
    ]);

    const sealTimes = await sample(
      () => seal(answer, p.liaison.privateKey, { publicKeys: [p.lead.publicKey] }),
      20,
    );
    const bareSeal = await sample(
      async () =>
        encrypt({
          message: await createMessage({ text: JSON.stringify(answer) }),
          encryptionKeys: leadPub,
          signingKeys: liaisonPriv,
          config: PGP_CONFIG,
        }),
      20,
    );
    const sealM = summarize(
      'exchange seal (50 persons)',
      'answer package, sign+encrypt',
      sealTimes,
      {
        name: 'openpgp.encrypt',
        times: bareSeal,
      },
    );
    report(withBudget(sealM, '≤ 200 ms', sealM.medianMs <= 200));

    const sealed = await seal(answer, p.liaison.privateKey, { publicKeys: [p.lead.publicKey] });
    const bytes = bytesOf(sealed);
    const opts = { privateKeys: [p.lead.privateKey], trusted: [trust(p.liaison)] };
    const openTimes = await sample(
      async () => expect((await openPackage(bytes, opts)).ok).toBe(true),
      20,
    );
    const bareOpen = await sample(async () => {
      const r = await decrypt({
        message: await readMessage({ armoredMessage: sealed }),
        decryptionKeys: leadPriv,
        verificationKeys: liaisonPub,
        config: PGP_CONFIG,
      });
      await r.signatures[0]?.verified;
    }, 20);
    const openM = summarize(
      'exchange open (50 persons)',
      'answer package, decrypt+verify+schema',
      openTimes,
      {
        name: 'openpgp.decrypt+verify',
        times: bareOpen,
      },
    );
    report(withBudget(openM, '≤ 200 ms', openM.medianMs <= 200));

    // 60 different answers, as the lead's "Antworten einlesen" opens and matches them.
    const many = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        seal(
          {
            ...answerEnvelope(
              p.liaison,
              p.lead,
              { ...request, requestId: `req-${i}` },
              `ans-${i}`,
              50,
            ),
          },
          p.liaison.privateKey,
          { publicKeys: [p.lead.publicKey] },
        ).then(bytesOf),
      ),
    );
    const requests: SentRequest[] = many.map((_, i) => ({
      requestId: `req-${i}`,
      planId: request.planId,
      planRevision: request.planRevision,
      agencyId: request.payload.agency.id,
      participationId: `part-${i}`,
      recipient: p.liaison.fingerprint,
      cancelled: false,
    }));
    const ctx = {
      planId: request.planId,
      planRevision: request.planRevision,
      requests,
      importedAnswerIds: new Set<string>(),
      liaisonKeys: new Map([[request.payload.agency.id, [p.liaison.fingerprint]]]),
    };
    const importTimes = await sample(async () => {
      for (const b of many) {
        const o = await openPackage(b, opts);
        if (!o.ok || !matchAnswer(o.value, ctx).ok) throw new Error('import failed');
      }
    }, 3);
    const texts = many.map((b) => new TextDecoder().decode(b));
    const bareImport = await sample(async () => {
      for (const text of texts) {
        const r = await decrypt({
          message: await readMessage({ armoredMessage: text }),
          decryptionKeys: leadPriv,
          verificationKeys: liaisonPub,
          config: PGP_CONFIG,
        });
        await r.signatures[0]?.verified;
      }
    }, 3);
    const importM = summarize(
      'exchange import 60 answers',
      '60 answers × 50 persons, open+match',
      importTimes,
      {
        name: 'openpgp.decrypt+verify ×60',
        times: bareImport,
      },
    );
    report(withBudget(importM, '≤ 3 000 ms', importM.medianMs <= 3000));
  }, 300_000);
});
