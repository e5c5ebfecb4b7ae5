// Signed approval with two real key pairs: the drafter's Freigabeanfrage opens at the second
// person's installation, their Freigabe opens at the drafter's and approves only the unchanged
// plan. Every refusal is its own test; each leaves the decision at "not approved".
import { beforeAll, describe, expect, it } from 'vitest';
import {
  approvalFor,
  checkSignedApproval,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  openPackage,
  planHash,
  seal,
  type ApprovalExpectation,
  type EnvelopeOf,
  type IdentityKeyPair,
} from '@shared/exchange';
import type { PlanSnapshot } from '@shared/domain';
import { demoPlan, NOW } from '../../support/demo-plan';
import { answerEnvelope, bytesOf, demoRequest, parties, trust, type Parties } from './support';

let p: Parties;
let plan: PlanSnapshot;
let hash: string;
beforeAll(async () => {
  p = await parties();
  const d = demoPlan();
  plan = { ...d.plan, operation: { ...d.plan.operation, status: 'in_review' } };
  hash = await planHash(plan);
}, 30_000);

// The lead drafts; the liaison's key pair plays the second person (Vera) here.
const signer = (k: IdentityKeyPair, name: string) => ({
  fingerprint: k.fingerprint,
  name,
  agency: 'Stadt Essen',
  publicKey: k.publicKey,
});

function approvalRequest(planHashValue = hash): EnvelopeOf<'approval_request'> {
  const op = plan.operation;
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'approval_request',
    id: 'freigabe-anfrage-1',
    createdAt: NOW,
    sender: { fingerprint: p.lead.fingerprint, name: 'Lea Leitung', agency: 'Stadt Essen' },
    senderKey: p.lead.publicKey,
    recipients: [p.liaison.fingerprint],
    planId: op.id,
    planRevision: op.revision,
    requestId: 'freigabe-anfrage-1',
    payload: {
      codeName: op.codeName,
      exercise: op.exercise,
      planHash: planHashValue,
      drafter: { name: 'Lea Leitung', function: 'Einsatzleitung' },
      openItems: [
        {
          key: 'no_targets:',
          code: 'no_targets',
          subjectId: null,
          text: 'Keine Objekte',
          reason: 'Objekte werden am Vortag festgelegt.',
        },
      ],
      note: '',
    },
  };
}

const expectation = (over: Partial<ApprovalExpectation> = {}): ApprovalExpectation => ({
  planId: plan.operation.id,
  revision: plan.operation.revision,
  status: 'in_review',
  planHash: hash,
  ownFingerprints: [p.lead.fingerprint],
  ...over,
});

/** The second person's Freigabe, sealed to the lead and opened there against `trusted`. */
async function approvalAtLead(
  by: IdentityKeyPair,
  opts: { revoked?: boolean; trusted?: boolean; request?: EnvelopeOf<'approval_request'> } = {},
) {
  const env = approvalFor(
    opts.request ?? approvalRequest(),
    signer(by, 'Vera Verbindung'),
    { name: 'Vera Verbindung', function: 'Sachgebietsleitung' },
    'freigabe-1',
    new Date(NOW),
  );
  const sealed = await seal(env, by.privateKey, { publicKeys: [p.lead.publicKey] });
  return openPackage(bytesOf(sealed), {
    privateKeys: [p.lead.privateKey],
    trusted: opts.trusted === false ? [] : [trust(by, opts.revoked ?? false)],
  });
}

async function refusal(over: Partial<ApprovalExpectation>, by?: IdentityKeyPair) {
  const opened = await approvalAtLead(by ?? p.liaison);
  if (!opened.ok) throw new Error(opened.error.message);
  const r = checkSignedApproval(opened.value, expectation(over));
  return r.ok ? 'accepted' : r.error.code;
}

describe('signed approval round trip', () => {
  it('carries the request to the second person and their signed Freigabe back', async () => {
    const request = approvalRequest();
    const sealed = await seal(request, p.lead.privateKey, { publicKeys: [p.liaison.publicKey] });
    const atApprover = await openPackage(bytesOf(sealed), {
      privateKeys: [p.liaison.privateKey],
      trusted: [trust(p.lead)],
    });
    if (!atApprover.ok) throw new Error(atApprover.error.message);
    expect(atApprover.value.envelope).toEqual(request);

    const opened = await approvalAtLead(p.liaison);
    if (!opened.ok) throw new Error(opened.error.message);
    const r = checkSignedApproval(opened.value, expectation());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toEqual({
      packageId: 'freigabe-1',
      fingerprint: p.liaison.fingerprint,
      approver: { name: 'Vera Verbindung', function: 'Sachgebietsleitung' },
      openItems: request.payload.openItems,
    });
  });
});

describe('signed approval refusals', () => {
  it('refuses a plan changed after the request (hash mismatch)', async () => {
    const changed = {
      ...plan,
      operation: { ...plan.operation, codeName: `${plan.operation.codeName} geändert` },
    };
    const now = await planHash(changed);
    expect(now).not.toBe(hash);
    expect(await refusal({ planHash: now })).toBe('plan_changed');
  });

  it('refuses an approval for another revision', async () => {
    expect(await refusal({ revision: plan.operation.revision + 1 })).toBe('stale_revision');
  });

  it('refuses an approval for another plan', async () => {
    expect(await refusal({ planId: 'ein-anderer-einsatz' })).toBe('foreign_plan');
  });

  it('refuses when the plan is no longer waiting for approval', async () => {
    expect(await refusal({ status: 'planning' })).toBe('not_in_review');
  });

  it("refuses an approval signed with the drafter's own key", async () => {
    expect(await refusal({ ownFingerprints: [p.lead.fingerprint, p.liaison.fingerprint] })).toBe(
      'signer_is_drafter',
    );
  });

  it('refuses an approval signed by an unknown key', async () => {
    const opened = await approvalAtLead(p.stranger, { trusted: false });
    expect(opened.ok ? 'accepted' : opened.error.code).toBe('unknown_signer');
  });

  it('refuses an approval signed by a revoked key', async () => {
    const opened = await approvalAtLead(p.liaison, { revoked: true });
    expect(opened.ok ? 'accepted' : opened.error.code).toBe('revoked_signer');
  });

  it('refuses a tampered approval package', async () => {
    const env = approvalFor(
      approvalRequest(),
      signer(p.liaison, 'Vera'),
      { name: 'Vera', function: 'SGL' },
      'freigabe-2',
      new Date(NOW),
    );
    const sealed = bytesOf(
      await seal(env, p.liaison.privateKey, { publicKeys: [p.lead.publicKey] }),
    );
    // Flip one base64 character well inside the encrypted body.
    const i = Math.floor(sealed.length / 2);
    sealed[i] = sealed[i] === 65 ? 66 : 65;
    const opened = await openPackage(sealed, {
      privateKeys: [p.lead.privateKey],
      trusted: [trust(p.liaison)],
    });
    expect(opened.ok).toBe(false);
  });

  it('refuses a package of another kind (an answer) as approval', async () => {
    const { envelope: request } = demoRequest(p.lead, p.liaison);
    const answer = answerEnvelope(p.liaison, p.lead, request);
    const sealed = await seal(answer, p.liaison.privateKey, { publicKeys: [p.lead.publicKey] });
    const opened = await openPackage(bytesOf(sealed), {
      privateKeys: [p.lead.privateKey],
      trusted: [trust(p.liaison)],
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const r = checkSignedApproval(opened.value, expectation({ planId: request.planId }));
    expect(r.ok ? 'accepted' : r.error.code).toBe('wrong_kind');
  });
});

describe('planHash', () => {
  it('ignores the order parts were read in and sees any stored change', async () => {
    const reversed = { ...plan, participations: [...plan.participations].reverse() };
    expect(await planHash(reversed)).toBe(hash);
    const first = plan.participations[0];
    if (!first) throw new Error('demo plan without participations');
    const edited = {
      ...plan,
      participations: [
        { ...first, requestedStrength: first.requestedStrength + 1 },
        ...plan.participations.slice(1),
      ],
    };
    expect(await planHash(edited)).not.toBe(hash);
  });
});
