// Signed approval ("Freigabe nur durch eine zweite Person" with keys): the drafter sends a
// Freigabeanfrage, the second person answers on their own installation with a Freigabe signed
// by their key. Pure rules: which approval package may approve which plan state.
import { mandatoryIssues, openItemKey, type OperationStatus, type ReadinessIssue } from '../domain';
import type { ApprovalOpenItem, ApprovalPayload } from './approval-payloads';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type EnvelopeOf } from './envelope';
import { refuse, type Opened } from './errors';
import type { OpenedPackage } from './open';

export interface PackageSigner {
  fingerprint: string;
  name: string;
  agency: string;
  publicKey: string;
}

/** The second person's Freigabe for a Freigabeanfrage: same plan, revision, hash and items. */
export function approvalFor(
  request: EnvelopeOf<'approval_request'>,
  signer: PackageSigner,
  approver: ApprovalPayload['approver'],
  id: string,
  now: Date,
): EnvelopeOf<'approval'> {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'approval',
    id,
    createdAt: now.toISOString(),
    sender: { fingerprint: signer.fingerprint, name: signer.name, agency: signer.agency },
    senderKey: signer.publicKey,
    recipients: [request.sender.fingerprint],
    planId: request.planId,
    planRevision: request.planRevision,
    requestId: request.requestId,
    payload: {
      planHash: request.payload.planHash,
      approver: { name: approver.name.trim(), function: approver.function.trim() },
      openItems: request.payload.openItems,
    },
  };
}

/**
 * The open mandatory items a Freigabeanfrage carries: each with the drafter's reason and the text
 * the drafter saw, keyed like the repository's approval rule keys them.
 */
export function approvalOpenItems(
  issues: readonly ReadinessIssue[],
  reasons: Readonly<Record<string, string>>,
  describe: (issue: ReadinessIssue) => string,
): ApprovalOpenItem[] {
  return mandatoryIssues(issues).map((issue) => ({
    key: openItemKey(issue),
    code: issue.code,
    subjectId: issue.subjectId,
    text: describe(issue).slice(0, 200),
    reason: (reasons[openItemKey(issue)] ?? '').trim(),
  }));
}

/** The plan as it stands on the lead's installation when the Freigabe is imported. */
export interface ApprovalExpectation {
  planId: string;
  revision: number;
  status: OperationStatus;
  /** `planHash` of the plan now. */
  planHash: string;
  /** This installation's own keys: the drafter cannot approve with them. */
  ownFingerprints: readonly string[];
}

export interface SignedApproval {
  packageId: string;
  fingerprint: string;
  approver: ApprovalPayload['approver'];
  openItems: ApprovalOpenItem[];
}

/**
 * Decides whether an opened package approves this plan. `openPackage` has already refused
 * unknown and revoked signers and broken signatures; this checks that the package is a
 * Freigabe, for this plan and revision, for the unchanged plan, and from someone else's key.
 */
export function checkSignedApproval(
  opened: OpenedPackage,
  expected: ApprovalExpectation,
): Opened<SignedApproval> {
  const env = opened.envelope;
  if (env.kind !== 'approval') return refuse('wrong_kind');
  if (!opened.signer.trusted) return refuse('unknown_signer');
  if (env.planId !== expected.planId) return refuse('foreign_plan');
  if (expected.ownFingerprints.includes(opened.signer.fingerprint)) {
    return refuse('signer_is_drafter');
  }
  if (expected.status !== 'in_review') return refuse('not_in_review');
  if (env.planRevision !== expected.revision) return refuse('stale_revision');
  if (env.payload.planHash !== expected.planHash) return refuse('plan_changed');
  return {
    ok: true,
    value: {
      packageId: env.id,
      fingerprint: opened.signer.fingerprint,
      approver: env.payload.approver,
      openItems: env.payload.openItems,
    },
  };
}
