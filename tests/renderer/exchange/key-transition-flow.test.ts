// A planned key change between two installations on real (fake-indexeddb) databases: the
// liaison changes keys, the lead imports the statement signed by the old key — the agency's
// trust moves to the new key, marked as taken over by signature (not compared by phone), the
// old key is no longer trusted, and a second import of the same statement is refused.
import { describe, expect, it } from 'vitest';
import { keyCardOf, readKeyCard, readKeyTransition } from '@shared/exchange';
import { exchangeStore } from '../../../src/renderer/features/exchange/exchange-store';
import { liaisonKeyOf } from '../../../src/renderer/features/exchange/lead-flow';
import { openTestData } from '../support/data';

const info = { name: 'Vera Verbindung', agency: 'HZA', function: 'VB' };
const trustedOf = (t: { fingerprint: string; publicKey: string; revoked: boolean }) => ({
  fingerprint: t.fingerprint,
  publicKey: t.publicKey,
  revoked: t.revoked,
});

describe('planned key change through the exchange store', () => {
  it('moves the agency trust to the new key, signed by the old one', async () => {
    const lead = openTestData(undefined, 'Lea Leitung');
    const liaison = openTestData(undefined, 'Vera Verbindung');
    const leadStore = exchangeStore(lead.ctx);
    const liaisonStore = exchangeStore(liaison.ctx);
    const old = await liaisonStore.ensureIdentity(info);
    const card = await readKeyCard(JSON.stringify(keyCardOf(old, info)));
    if (!card.ok) throw new Error('card');
    const attached = await leadStore.attachCard(card.card, 'agency-1', 'contact-1');
    await leadStore.markVerified(attached, 'Lea Leitung');

    const { statement } = await liaisonStore.changeIdentity(info);
    const mine = await liaisonStore.load();
    expect(mine.identity?.fingerprint).not.toBe(old.fingerprint);
    expect(mine.oldIdentities.map((i) => i.fingerprint)).toContain(old.fingerprint);

    let state = await leadStore.load();
    const change = await readKeyTransition(statement, state.trusted.map(trustedOf));
    if (!change.ok) throw new Error(change.error.message);
    const before = state.trusted.find((t) => t.fingerprint === old.fingerprint);
    if (!before) throw new Error('old trust');
    const added = await leadStore.applyKeyTransition(before, change.value);

    state = await leadStore.load();
    expect(state.trusted.find((t) => t.fingerprint === old.fingerprint)?.revoked).toBe(true);
    expect(added).toMatchObject({
      fingerprint: mine.identity?.fingerprint,
      agencyId: 'agency-1',
      contactId: 'contact-1',
      verified: null,
      revoked: false,
      transitionFrom: { fingerprint: old.fingerprint },
    });
    expect(liaisonKeyOf(state.trusted, 'agency-1')?.fingerprint).toBe(mine.identity?.fingerprint);
    const audit = await lead.repos.audit.forEntity('agency-1');
    expect(audit.map((e) => e.summary).join('\n')).toContain(
      'Schlüsselwechsel von Vera Verbindung, signiert vom bisherigen Schlüssel',
    );

    // The old key is no longer trusted: the same statement again is refused.
    const again = await readKeyTransition(statement, state.trusted.map(trustedOf));
    expect(again).toMatchObject({ ok: false, error: { code: 'revoked_signer' } });
    await expect(leadStore.applyKeyTransition(before, change.value)).rejects.toThrow();
  }, 60_000);
});
