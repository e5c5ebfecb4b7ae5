// Signed approval between two installations: the drafter seals a Freigabeanfrage to the second
// person's registered key, the second person seals a Freigabe signed with their own key, and the
// drafter's installation imports it — the plan is approved only if the signer is trusted and the
// plan is still exactly the one reviewed (same revision and hash). On one machine the second
// person signs with their own brought key instead (`approveWithBroughtKey`). See docs/SECURITY.md.
import {
  approvalFor,
  checkSignedApproval,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  openPackage,
  packageFileName,
  planHash,
  refuse,
  seal,
  unlockBroughtKey,
  type ApprovalOpenItem,
  type ApprovalPayload,
  type EnvelopeOf,
  type IdentityRecord,
  type Opened,
  type TrustRecord,
} from '@shared/exchange';
import { newId, type Operation, type PlanSnapshot } from '@shared/domain';
import { CodedError } from '@shared/result';
import type { Repositories } from '../../data/repositories';
import type { ExchangeState } from './exchange-store';

export interface SealedFile {
  id: string;
  fileName: string;
  data: Uint8Array;
}

const own = (state: ExchangeState) =>
  [state.identity, ...state.oldIdentities].filter((i): i is IdentityRecord => i !== null);

/** The drafter's Freigabeanfrage for the plan as it is now, sealed to the approver's key. */
export async function prepareApprovalRequest(args: {
  plan: PlanSnapshot;
  identity: IdentityRecord;
  approverKey: TrustRecord;
  openItems: readonly ApprovalOpenItem[];
  note: string;
  now: Date;
}): Promise<SealedFile> {
  const { plan, identity } = args;
  const op = plan.operation;
  const id = newId();
  const envelope: EnvelopeOf<'approval_request'> = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'approval_request',
    id,
    createdAt: args.now.toISOString(),
    sender: { fingerprint: identity.fingerprint, name: identity.name, agency: identity.agency },
    senderKey: identity.publicKey,
    recipients: [args.approverKey.fingerprint],
    planId: op.id,
    planRevision: op.revision,
    requestId: id,
    payload: {
      codeName: op.codeName,
      exercise: op.exercise,
      planHash: await planHash(plan),
      drafter: { name: identity.name, function: identity.function },
      openItems: [...args.openItems],
      note: args.note,
    },
  };
  const text = await seal(envelope, identity.privateKey, {
    publicKeys: [args.approverKey.publicKey],
  });
  return {
    id,
    fileName: packageFileName(['Freigabeanfrage', op.codeName], 'asc'),
    data: new TextEncoder().encode(text),
  };
}

/** The second person's Freigabe, signed with their key and sealed to the drafter. */
export async function sealApproval(args: {
  identity: IdentityRecord;
  request: EnvelopeOf<'approval_request'>;
  drafterKey: string;
  approver: ApprovalPayload['approver'];
  now: Date;
}): Promise<SealedFile> {
  const { identity, request } = args;
  const id = newId();
  const envelope = approvalFor(request, identity, args.approver, id, args.now);
  const text = await seal(envelope, identity.privateKey, { publicKeys: [args.drafterKey] });
  return {
    id,
    fileName: packageFileName(['Freigabe', request.payload.codeName, identity.name], 'asc'),
    data: new TextEncoder().encode(text),
  };
}

/**
 * Imports a Freigabe on the drafter's installation: verified against the trusted, not revoked
 * keys only (no first-contact key here), checked against the plan as stored now, then approved
 * through the repository, which decides the approval rules once more and writes the Verlauf.
 */
export async function importSignedApproval(args: {
  data: Uint8Array;
  state: ExchangeState;
  repos: Repositories;
  operationId: string;
}): Promise<Opened<Operation>> {
  const { repos, state } = args;
  const opened = await openPackage(args.data, {
    privateKeys: own(state).map((i) => i.privateKey),
    trusted: state.trusted.map((t) => ({
      fingerprint: t.fingerprint,
      publicKey: t.publicKey,
      revoked: t.revoked,
    })),
  });
  if (!opened.ok) return opened;
  const plan = await repos.operations.loadPlan(args.operationId);
  const checked = checkSignedApproval(opened.value, {
    planId: plan.operation.id,
    revision: plan.operation.revision,
    status: plan.operation.status,
    planHash: await planHash(plan),
    ownFingerprints: own(state).map((i) => i.fingerprint),
  });
  if (!checked.ok) return checked;
  const { approver, openItems, fingerprint, packageId } = checked.value;
  const operation = await repos.operations.transition(plan.operation.id, 'approved', {
    approval: {
      secondPerson: approver,
      reasons: Object.fromEntries(openItems.map((i) => [i.key, i.reason])),
      texts: Object.fromEntries(openItems.map((i) => [i.key, i.text])),
      signedBy: { fingerprint, packageId },
    },
  });
  return { ok: true, value: operation };
}

/**
 * The second person approves on this machine with their own key (issue 16 item 7): the
 * Freigabeanfrage and the Freigabe are made here in memory, the Freigabe signed with their
 * brought key (unlocked with their passphrase, then dropped) and sealed to this installation —
 * and imported exactly like a Freigabe package from another installation: the key must be a
 * trusted, not revoked second person's key, and the approval records its signature.
 */
export async function approveWithBroughtKey(args: {
  armoredKey: string;
  passphrase: string;
  approver: ApprovalPayload['approver'];
  openItems: readonly ApprovalOpenItem[];
  state: ExchangeState;
  repos: Repositories;
  operationId: string;
  now: Date;
}): Promise<Opened<Operation>> {
  const { state } = args;
  const identity = state.identity;
  if (!identity) {
    // The panel offers this only with a key: the Freigabe is sealed to it.
    throw new CodedError('invalid_input', 'Diese Installation hat noch keinen eigenen Schlüssel.');
  }
  const unlocked = await unlockBroughtKey(args.armoredKey, args.passphrase);
  if (!unlocked.ok) return unlocked;
  const { fingerprint, privateKey } = unlocked.value;
  if (own(state).some((i) => i.fingerprint === fingerprint)) return refuse('signer_is_drafter');
  const card = state.trusted.find((t) => t.fingerprint === fingerprint && !t.revoked);
  if (!card) return refuse('key_not_trusted');
  const plan = await args.repos.operations.loadPlan(args.operationId);
  const op = plan.operation;
  const requestId = newId();
  const request: EnvelopeOf<'approval_request'> = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'approval_request',
    id: requestId,
    createdAt: args.now.toISOString(),
    sender: { fingerprint: identity.fingerprint, name: identity.name, agency: identity.agency },
    senderKey: identity.publicKey,
    recipients: [fingerprint],
    planId: op.id,
    planRevision: op.revision,
    requestId,
    payload: {
      codeName: op.codeName,
      exercise: op.exercise,
      planHash: await planHash(plan),
      drafter: { name: identity.name, function: identity.function },
      openItems: [...args.openItems],
      note: '',
    },
  };
  const signer = { fingerprint, name: card.name, agency: card.agency, publicKey: card.publicKey };
  const envelope = approvalFor(request, signer, args.approver, newId(), args.now);
  const text = await seal(envelope, privateKey, { publicKeys: [identity.publicKey] });
  return importSignedApproval({
    data: new TextEncoder().encode(text),
    state,
    repos: args.repos,
    operationId: args.operationId,
  });
}
