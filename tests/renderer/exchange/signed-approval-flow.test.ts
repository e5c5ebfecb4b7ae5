// Signed approval between two installations on real (fake-indexeddb) repositories: the drafter
// sends a Freigabeanfrage, the second person signs a Freigabe on their own installation, and the
// drafter's import approves the plan with the signer's name and fingerprint in the approval
// record and the Verlauf. A plan changed after the request stays unapproved.
import { describe, expect, it } from 'vitest';
import { approvalOpenItems, keyCardOf, readKeyCard, type IdentityRecord } from '@shared/exchange';
import { checkReadiness } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import {
  importSignedApproval,
  prepareApprovalRequest,
  sealApproval,
} from '../../../src/renderer/features/exchange/approval-flow';
import {
  exchangeStore,
  type ExchangeStore,
} from '../../../src/renderer/features/exchange/exchange-store';
import {
  openIncoming,
  receivedFrom,
  storedEnvelope,
} from '../../../src/renderer/features/exchange/liaison-flow';
import { openTestData } from '../support/data';

const NOW = '2026-11-20T10:00:00.000Z';
const REASON = 'Wird vor der Einweisung nachgereicht.';

async function trustEachOther(
  a: ExchangeStore,
  aId: IdentityRecord,
  b: ExchangeStore,
  bId: IdentityRecord,
) {
  for (const [store, other] of [
    [a, bId],
    [b, aId],
  ] as const) {
    const card = await readKeyCard(
      JSON.stringify(
        keyCardOf(other, { name: other.name, agency: other.agency, function: other.function }),
      ),
    );
    if (!card.ok) throw new Error('card');
    await store.markVerified(await store.attachCard(card.card, null, null), 'Test');
  }
}

async function setUp() {
  const lead = openTestData(undefined, 'Lea Leitung');
  const second = openTestData(undefined, 'Sven Zweit');
  const op = await loadDemo(lead.repos, NOW);
  await lead.repos.operations.transition(op.id, 'in_review', { approvalByTwoPersons: true });
  const leadStore = exchangeStore(lead.ctx);
  const secondStore = exchangeStore(second.ctx);
  const leadId = await leadStore.ensureIdentity({
    name: 'Lea Leitung',
    agency: 'Stadt',
    function: 'EL',
  });
  const secondId = await secondStore.ensureIdentity({
    name: 'Sven Zweit',
    agency: 'Stadt',
    function: 'Abteilungsleitung',
  });
  await trustEachOther(leadStore, leadId, secondStore, secondId);

  const plan = await lead.repos.operations.loadPlan(op.id);
  const issues = checkReadiness(plan, { premisesName: () => '', agencyName: () => '' });
  const openItems = approvalOpenItems(
    issues,
    Object.fromEntries(
      issues.map((i) => [`${i.code}:${i.subjectId ?? i.params.part ?? ''}`, REASON]),
    ),
    (i) => `Punkt ${i.code}`,
  );
  const approverKey = (await leadStore.load()).trusted.find(
    (t) => t.fingerprint === secondId.fingerprint,
  );
  if (!approverKey) throw new Error('approver key');
  const request = await prepareApprovalRequest({
    plan,
    identity: leadId,
    approverKey,
    openItems,
    note: 'Bitte bis morgen.',
    now: new Date(NOW),
  });

  // The second person's installation: the request opens in the inbox, signed by a trusted key.
  const opened = await openIncoming(request.data, await secondStore.load(), '');
  if (!opened.ok) throw new Error(opened.error.message);
  expect(opened.opened.signer).toMatchObject({ fingerprint: leadId.fingerprint, trusted: true });
  const stored = storedEnvelope(await secondStore.receive(receivedFrom(opened.opened)));
  if (stored?.envelope.kind !== 'approval_request') throw new Error('stored request');
  expect(stored.envelope.payload.openItems.length).toBe(openItems.length);
  const approval = await sealApproval({
    identity: secondId,
    request: stored.envelope,
    drafterKey: stored.signerKey,
    approver: { name: 'Sven Zweit', function: 'Abteilungsleitung' },
    now: new Date(NOW),
  });
  return { lead, op, leadStore, secondId, approval, openItems };
}

describe('signed approval through the exchange store', () => {
  it('approves the plan with the signer named and the fingerprint recorded', async () => {
    const { lead, op, leadStore, secondId, approval, openItems } = await setUp();
    const r = await importSignedApproval({
      data: approval.data,
      state: await leadStore.load(),
      repos: lead.repos,
      operationId: op.id,
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.status).toBe('approved');
    expect(r.value.approval).toMatchObject({
      by: 'Sven Zweit',
      function: 'Abteilungsleitung',
      secondPerson: true,
      recordedBy: 'Lea Leitung',
      signedBy: { fingerprint: secondId.fingerprint, packageId: approval.id },
    });
    expect(r.value.approval?.openItems?.map((i) => i.reason)).toEqual(openItems.map(() => REASON));
    const history = await lead.repos.audit.forEntity(op.id);
    const approved = history.find((e) => e.action === 'approve');
    expect(approved?.summary).toContain('freigegeben von Sven Zweit (Abteilungsleitung)');
    expect(approved?.summary).toContain(
      `signiert (Fingerabdruck ${secondId.fingerprint.toUpperCase().slice(0, 16)}`,
    );

    // The same Freigabe a second time changes nothing: the plan is no longer waiting for it.
    const again = await importSignedApproval({
      data: approval.data,
      state: await leadStore.load(),
      repos: lead.repos,
      operationId: op.id,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_in_review' } });
    expect((await lead.repos.operations.get(op.id)).rev).toBe(r.value.rev);
  }, 60_000);

  it('refuses the Freigabe when the plan changed after the request', async () => {
    const { lead, op, leadStore, approval } = await setUp();
    const before = await lead.repos.operations.get(op.id);
    // In review the plan is locked: a change means taking it back, editing, submitting again.
    await lead.repos.operations.transition(op.id, 'planning');
    await lead.repos.operations.update(op.id, (o) => ({ ...o, codeName: `${o.codeName} neu` }));
    await lead.repos.operations.transition(op.id, 'in_review', { approvalByTwoPersons: true });
    const r = await importSignedApproval({
      data: approval.data,
      state: await leadStore.load(),
      repos: lead.repos,
      operationId: op.id,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'plan_changed' } });
    expect(r.ok ? '' : r.error.message).toContain('nach der Freigabeanfrage geändert');
    const after = await lead.repos.operations.get(op.id);
    expect(after.status).toBe('in_review');
    expect(after.revision).toBe(before.revision);
    expect(after.approval ?? null).toBeNull();
  }, 60_000);
});
