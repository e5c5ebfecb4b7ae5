// Signed approval on one machine (issue 16 item 7): the second person brings their own
// passphrase-protected OpenPGP key, signs the Freigabe here, and the plan is approved with their
// signature recorded as for a package from their own installation. A wrong passphrase, an
// unprotected key, a key with no key card here and the drafter's own key change nothing.
import { encryptKey, readPrivateKey } from 'openpgp';
import { describe, expect, it } from 'vitest';
import { checkReadiness } from '@shared/domain';
import {
  approvalOpenItems,
  generateIdentity,
  keyCardOf,
  readKeyCard,
  type IdentityKeyPair,
} from '@shared/exchange';
import { loadDemo } from '../../../src/renderer/data/demo';
import { approveWithBroughtKey } from '../../../src/renderer/features/exchange/approval-flow';
import { exchangeStore } from '../../../src/renderer/features/exchange/exchange-store';
import { openTestData } from '../support/data';

const NOW = '2026-11-20T10:00:00.000Z';
const PASS = 'Zweite-Person-Eigene-Passphrase';

/** The key file a person brings: armored, locked with their passphrase. */
async function keyFile(pair: IdentityKeyPair, passphrase: string): Promise<string> {
  const key = await readPrivateKey({ armoredKey: pair.privateKey });
  return (await encryptKey({ privateKey: key, passphrase })).armor();
}

async function setUp() {
  const lead = openTestData(undefined, 'Lea Leitung');
  const op = await loadDemo(lead.repos, NOW);
  await lead.repos.operations.transition(op.id, 'in_review', { approvalByTwoPersons: true });
  const store = exchangeStore(lead.ctx);
  const leadId = await store.ensureIdentity({
    name: 'Lea Leitung',
    agency: 'Stadt',
    function: 'EL',
  });
  const info = { name: 'Sven Zweit', agency: 'Stadt', function: 'Abteilungsleitung' };
  const second = await generateIdentity(info);
  const stranger = await generateIdentity({ ...info, name: 'Fremd' });
  const card = await readKeyCard(JSON.stringify(keyCardOf(second, info)));
  if (!card.ok) throw new Error('card');
  await store.markVerified(await store.attachCard(card.card, null, null), 'Lea Leitung');
  const plan = await lead.repos.operations.loadPlan(op.id);
  const issues = checkReadiness(plan, { premisesName: () => '', agencyName: () => '' });
  const openItems = approvalOpenItems(
    issues,
    Object.fromEntries(
      issues.map((i) => [`${i.code}:${i.subjectId ?? i.params.part ?? ''}`, 'Wird nachgereicht.']),
    ),
    (i) => `Punkt ${i.code}`,
  );
  const approve = async (armoredKey: string, passphrase: string) =>
    approveWithBroughtKey({
      armoredKey,
      passphrase,
      approver: { name: 'Sven Zweit', function: 'Abteilungsleitung' },
      openItems,
      state: await store.load(),
      repos: lead.repos,
      operationId: op.id,
      now: new Date(NOW),
    });
  return { lead, op, store, leadId, second, stranger, approve };
}

describe('signed approval with a brought key on this machine', () => {
  it('refuses every unfit key or passphrase and changes nothing', async () => {
    const { lead, op, leadId, second, stranger, approve } = await setUp();
    const before = await lead.repos.operations.get(op.id);
    const cases: [string, string, string][] = [
      [await keyFile(second, PASS), 'falsche Passphrase', 'key_wrong_passphrase'],
      // Unprotected: whoever holds the file could sign.
      [second.privateKey, '', 'key_unprotected'],
      [second.publicKey, PASS, 'key_file_invalid'],
      ['kein Schlüssel', PASS, 'key_file_invalid'],
      [await keyFile(stranger, PASS), PASS, 'key_not_trusted'],
      // The drafter's own key is not a second person.
      [await keyFile(leadId, PASS), PASS, 'signer_is_drafter'],
    ];
    for (const [file, passphrase, code] of cases) {
      const r = await approve(file, passphrase);
      expect(r, code).toMatchObject({ ok: false, error: { code } });
    }
    expect(await lead.repos.operations.get(op.id)).toEqual(before);
  }, 120_000);

  it('approves with the brought key, its signature recorded', async () => {
    const { lead, op, store, second, approve } = await setUp();
    const r = await approve(await keyFile(second, PASS), PASS);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.status).toBe('approved');
    expect(r.value.approval).toMatchObject({
      by: 'Sven Zweit',
      function: 'Abteilungsleitung',
      secondPerson: true,
      recordedBy: 'Lea Leitung',
      signedBy: { fingerprint: second.fingerprint },
    });
    const approved = (await lead.repos.audit.forEntity(op.id)).find((e) => e.action === 'approve');
    expect(approved?.summary).toContain(
      `signiert (Fingerabdruck ${second.fingerprint.toUpperCase().slice(0, 16)}`,
    );
    // The key was used, not kept: the vault holds no private key but this installation's own.
    const records = await store.load();
    const kept = JSON.stringify([records.trusted, records.received, records.imported]);
    expect(kept).not.toContain('PRIVATE KEY');
  }, 120_000);
});
