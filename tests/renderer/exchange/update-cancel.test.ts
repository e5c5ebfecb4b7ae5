// After the plan changed, the lead sends an update under the same request id; a cancellation
// ends the request: the overview says so, and an answer to it is refused.
import { describe, expect, it } from 'vitest';
import { keyCardOf, readKeyCard, requestStates } from '@shared/exchange';
import { loadDemo } from '../../../src/renderer/data/demo';
import { exchangeStore } from '../../../src/renderer/features/exchange/exchange-store';
import {
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

describe('update and cancellation', () => {
  it('keeps the request id for an update and refuses answers after a cancellation', async () => {
    const lead = openTestData(undefined, 'Lea');
    const liaison = openTestData(undefined, 'Vera');
    const op = await loadDemo(lead.repos, NOW);
    const plan = await lead.repos.operations.loadPlan(op.id);
    const target = openParticipations(plan)[0];
    if (!target) throw new Error('no open participation');
    const leadStore = exchangeStore(lead.ctx);
    const liaisonStore = exchangeStore(liaison.ctx);
    const leadId = await leadStore.ensureIdentity({ name: 'Lea', agency: 'Stadt', function: '' });
    const vera = await liaisonStore.ensureIdentity({ name: 'Vera', agency: 'HZA', function: '' });
    const card = await readKeyCard(JSON.stringify(keyCardOf(vera, vera)));
    if (!card.ok) throw new Error('card');
    await leadStore.attachCard(card.card, target.agencyId, null);
    const base = {
      plan,
      participations: [target],
      agencies: await lead.repos.agencies.list(),
      premises: await lead.repos.premises.list(),
      identity: leadId,
      now: new Date(NOW),
    };

    const [request] = await prepareOutgoing({
      ...base,
      kind: 'request',
      state: await leadStore.load(),
    });
    if (!request) throw new Error('no request');
    await leadStore.recordSent([request.sent]);
    const [update] = await prepareOutgoing({
      ...base,
      kind: 'update',
      state: await leadStore.load(),
    });
    expect(update?.sent.requestId).toBe(request.sent.requestId);
    expect(update?.fileName).toMatch(/^Aktualisierung_/);

    // The liaison keeps both in the inbox under one request; the update is the newest.
    for (const [i, pkg] of [request, update].entries()) {
      liaison.setNow(`2026-11-20T1${i + 1}:00:00.000Z`);
      const opened = await openIncoming(
        pkg?.data ?? new Uint8Array(),
        await liaisonStore.load(),
        '',
      );
      if (!opened.ok) throw new Error(opened.error.message);
      await liaisonStore.receive(receivedFrom(opened.opened));
    }
    const inbox = (await liaisonStore.load()).received;
    expect(inbox.map((r) => r.kind)).toEqual(['request', 'update']);
    expect(new Set(inbox.map((r) => r.requestId)).size).toBe(1);

    lead.setNow('2026-11-20T12:00:00.000Z');
    const [cancel] = await prepareOutgoing({
      ...base,
      kind: 'cancellation',
      state: await leadStore.load(),
      reason: 'Einsatz verschoben',
    });
    if (!cancel) throw new Error('no cancellation');
    await leadStore.recordSent([cancel.sent]);
    const state = await leadStore.load();
    expect(
      requestStates(
        op.id,
        op.revision,
        [target.agencyId],
        state.sent,
        state.imported,
        new Date(NOW),
      )[0]?.state,
    ).toBe('cancelled');

    // An answer to the cancelled request is refused on import, nothing changes.
    const stored = storedEnvelope(inbox[1] ?? inbox[0] ?? (undefined as never));
    if (!stored || stored.envelope.kind !== 'update') throw new Error('stored');
    const answer = await sealAnswer({
      identity: vera,
      request: stored.envelope,
      leadKey: stored.signerKey,
      now: new Date(NOW),
      payload: {
        status: 'declined',
        confirmedStrength: 0,
        persons: [],
        vehicles: [],
        callSigns: [],
        phones: [],
        comment: '',
        answeredBy: { name: 'Vera', function: '' },
      },
    });
    const review = await reviewAnswers([{ name: answer.fileName, data: answer.data }], plan, state);
    expect(review[0]).toMatchObject({ ok: false, error: { code: 'no_open_request' } });
  }, 60_000);
});
