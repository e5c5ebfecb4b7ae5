// Two installations on real (fake-indexeddb) databases: the lead sends the open requests, the
// liaison opens one and answers, the lead reviews and accepts — the participation is confirmed
// with the signer named, audited, and a second import of the same answer changes nothing.
import { describe, expect, it } from 'vitest';
import { fingerprintGroups, keyCardOf, readKeyCard } from '@shared/exchange';
import { loadDemo } from '../../../src/renderer/data/demo';
import { exchangeStore } from '../../../src/renderer/features/exchange/exchange-store';
import {
  acceptAnswer,
  openParticipations,
  prepareOutgoing,
  reviewAnswers,
} from '../../../src/renderer/features/exchange/lead-flow';
import {
  openIncoming,
  receivedFrom,
  sealAnswer,
  storedEnvelope,
} from '../../../src/renderer/features/exchange/liaison-flow';
import { openTestData } from '../support/data';

const NOW = '2026-11-20T10:00:00.000Z';

describe('lead ↔ liaison through the exchange store', () => {
  it('confirms a participation from a signed answer, once', async () => {
    const lead = openTestData(undefined, 'Lea Leitung');
    const liaison = openTestData(undefined, 'Vera Verbindung');
    const op = await loadDemo(lead.repos, NOW);
    const plan = await lead.repos.operations.loadPlan(op.id);
    const open = openParticipations(plan);
    expect(open.length).toBeGreaterThan(0);
    const target = open[0];
    if (!target) throw new Error('no open participation');

    const leadStore = exchangeStore(lead.ctx);
    const liaisonStore = exchangeStore(liaison.ctx);
    const leadId = await leadStore.ensureIdentity({
      name: 'Lea Leitung',
      agency: 'Stadt',
      function: 'EL',
    });
    const liaisonId = await liaisonStore.ensureIdentity({
      name: 'Vera Verbindung',
      agency: 'HZA',
      function: 'VB',
    });
    expect(await leadStore.ensureIdentity({ name: 'x', agency: 'y', function: 'z' })).toEqual(
      leadId,
    );

    // The liaison's key card is attached to the agency and compared by phone.
    const card = await readKeyCard(
      JSON.stringify(
        keyCardOf(liaisonId, { name: 'Vera Verbindung', agency: 'HZA', function: 'VB' }),
      ),
    );
    if (!card.ok) throw new Error('card');
    const trust = await leadStore.attachCard(card.card, target.agencyId, null);
    await leadStore.markVerified(trust, 'Lea Leitung');

    const agencies = await lead.repos.agencies.list();
    const premises = await lead.repos.premises.list();
    let state = await leadStore.load();
    const packages = await prepareOutgoing({
      kind: 'request',
      plan,
      participations: open,
      agencies,
      premises,
      identity: leadId,
      state,
      now: new Date(NOW),
    });
    expect(packages).toHaveLength(open.length);
    const mine = packages.find((p) => p.agencyId === target.agencyId);
    if (!mine) throw new Error('no package for the agency');
    expect(mine.passphrase).toBeNull();
    expect(packages.filter((p) => p.agencyId !== target.agencyId).every((p) => p.passphrase)).toBe(
      true,
    );
    expect(mine.fileName).toMatch(/^Anfrage_.*\.asc$/);
    await leadStore.recordSent(packages.map((p) => p.sent));

    // Liaison side.
    const liaisonState = await liaisonStore.load();
    const opened = await openIncoming(mine.data, liaisonState, '');
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.opened.signer.trusted).toBe(false);
    const received = await liaisonStore.receive(receivedFrom(opened.opened));
    expect(await liaisonStore.receive(receivedFrom(opened.opened))).toEqual(received);
    const stored = storedEnvelope(received);
    if (!stored || (stored.envelope.kind !== 'request' && stored.envelope.kind !== 'update'))
      throw new Error('stored');
    const answer = await sealAnswer({
      identity: liaisonId,
      request: stored.envelope,
      leadKey: stored.signerKey,
      now: new Date(NOW),
      payload: {
        status: 'confirmed',
        confirmedStrength: target.requestedStrength,
        persons: [{ name: 'Tom Trupp', function: 'Truppführer', phone: '0201 1', leader: true }],
        vehicles: [{ kind: 'Streifenwagen', count: 2, callSign: 'Adler 1' }],
        callSigns: ['Adler 1'],
        phones: ['0201 2'],
        comment: '',
        answeredBy: { name: 'Vera Verbindung', function: 'VB' },
      },
    });

    // Lead side: review, accept, review again.
    state = await leadStore.load();
    const review = await reviewAnswers(
      [
        { name: answer.fileName, data: answer.data },
        { name: 'kopie.asc', data: answer.data },
      ],
      plan,
      state,
    );
    const first = review[0];
    if (!first?.ok) throw new Error(first?.ok === false ? first.error.message : 'none');
    expect(review[1]).toMatchObject({ ok: false, error: { code: 'replayed' } });
    expect(first.changes.map((c) => c.field)).toContain('status');
    const r = await acceptAnswer(
      lead.repos,
      leadStore,
      state,
      first,
      { confirmation: true, vehicles: true },
      'Lea Leitung',
    );
    expect(r).toEqual({ ok: true });
    const after = await lead.repos.plan.participations.get(target.id);
    expect(after.confirmation.status).toBe('confirmed');
    expect(after.confirmation.comment).toContain(
      `signiert von Vera Verbindung, VB (Fingerprint ${fingerprintGroups(liaisonId.fingerprint)})`,
    );
    expect(after.vehicles).toEqual([{ kind: 'Streifenwagen', count: 2, callSign: 'Adler 1' }]);
    const audit = await lead.repos.audit.forEntity(target.id);
    expect(audit.at(-1)).toMatchObject({ entity: 'participation', actor: 'Lea Leitung' });
    const trustAudit = await lead.repos.audit.forEntity(target.agencyId);
    expect(trustAudit.map((e) => e.summary).join('\n')).toContain('per Telefon abgeglichen');

    const again = await reviewAnswers(
      [{ name: 'noch-einmal.asc', data: answer.data }],
      plan,
      await leadStore.load(),
    );
    expect(again[0]).toMatchObject({ ok: false, error: { code: 'replayed' } });
    expect((await lead.repos.plan.participations.get(target.id)).rev).toBe(after.rev);
  }, 60_000);

  it('refuses a package from a revoked partner key', async () => {
    const lead = openTestData();
    const liaison = openTestData();
    const leadStore = exchangeStore(lead.ctx);
    const liaisonStore = exchangeStore(liaison.ctx);
    const liaisonId = await liaisonStore.ensureIdentity({ name: 'V', agency: 'HZA', function: '' });
    const card = await readKeyCard(
      JSON.stringify(keyCardOf(liaisonId, { name: 'V', agency: 'HZA', function: '' })),
    );
    if (!card.ok) throw new Error('card');
    const trust = await leadStore.attachCard(card.card, 'agency-1', null);
    const { revocation } = await liaisonStore.replaceIdentity({
      name: 'V',
      agency: 'HZA',
      function: '',
    });
    await leadStore.revokeTrust(trust, revocation);
    const state = await leadStore.load();
    expect(state.trusted[0]?.revoked).toBe(true);
    const newId = (await liaisonStore.load()).identity;
    expect(newId?.fingerprint).not.toBe(liaisonId.fingerprint);
    await expect(
      leadStore.revokeTrust(state.trusted[0] ?? trust, newId?.publicKey ?? ''),
    ).rejects.toThrow('Der Widerruf gehört nicht zu diesem Schlüssel.');
  }, 60_000);
});
