// Muster between partners: a template (never a plan) sealed as a 'template' package signed by
// its author, and on import mapped into this catalogue by catalogue key and stored as a new
// template. Agencies unknown here are dropped and returned, so the screen can list them.
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  openPackage,
  packageFileName,
  patternForExport,
  patternForImport,
  refuse,
  seal,
  type EnvelopeOf,
  type IdentityRecord,
  type Opened,
  type TrustRecord,
} from '@shared/exchange';
import { newId, type Operation } from '@shared/domain';
import { CodedError } from '@shared/result';
import type { Repositories } from '../../data/repositories';
import type { SealedFile } from './approval-flow';
import type { ExchangeState, ExchangeStore } from './exchange-store';

export async function sealTemplate(args: {
  repos: Repositories;
  operationId: string;
  identity: IdentityRecord;
  recipients: readonly TrustRecord[];
  now: Date;
}): Promise<SealedFile> {
  const { identity } = args;
  const plan = await args.repos.operations.loadPlan(args.operationId);
  if (!plan.operation.template) {
    throw new CodedError(
      'invalid_input',
      'Nur ein Muster kann als Muster-Paket gespeichert werden.',
    );
  }
  if (args.recipients.length === 0) {
    throw new CodedError('invalid_input', 'Bitte mindestens einen Empfänger wählen.');
  }
  const agencies = await args.repos.agencies.list({ includeRetired: true });
  const id = newId();
  const envelope: EnvelopeOf<'template'> = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'template',
    id,
    createdAt: args.now.toISOString(),
    sender: { fingerprint: identity.fingerprint, name: identity.name, agency: identity.agency },
    senderKey: identity.publicKey,
    recipients: args.recipients.map((r) => r.fingerprint),
    planId: plan.operation.id,
    planRevision: plan.operation.revision,
    requestId: id,
    payload: {
      name: plan.operation.codeName,
      description: '',
      author: { name: identity.name, agency: identity.agency },
      fields: [],
      pattern: patternForExport(plan, agencies, newId, args.now.toISOString()),
    },
  };
  const text = await seal(envelope, identity.privateKey, {
    publicKeys: args.recipients.map((r) => r.publicKey),
  });
  return {
    id,
    fileName: packageFileName(['Muster', plan.operation.codeName], 'asc'),
    data: new TextEncoder().encode(text),
  };
}

export interface ImportedTemplate {
  operation: Operation;
  author: string;
  dropped: string[];
}

/** Opens a Muster signed by a trusted key and stores it as a new template. */
export async function importTemplate(args: {
  data: Uint8Array;
  state: ExchangeState;
  store: ExchangeStore;
  repos: Repositories;
  now: Date;
}): Promise<Opened<ImportedTemplate>> {
  const { state } = args;
  const opened = await openPackage(args.data, {
    privateKeys: [state.identity, ...state.oldIdentities]
      .filter((i): i is IdentityRecord => i !== null)
      .map((i) => i.privateKey),
    trusted: state.trusted.map((t) => ({
      fingerprint: t.fingerprint,
      publicKey: t.publicKey,
      revoked: t.revoked,
    })),
  });
  if (!opened.ok) return opened;
  const env = opened.value.envelope;
  if (env.kind !== 'template') return refuse('wrong_kind');
  if (!env.payload.pattern) return refuse('invalid_content');
  const agencies = await args.repos.agencies.list({ includeRetired: true });
  const { plan, dropped } = patternForImport(
    env.payload.pattern,
    env.payload.name,
    agencies,
    newId,
    args.now.toISOString(),
  );
  const operation = await args.store.insertTemplate(plan);
  const author = [env.payload.author.name, env.payload.author.agency].filter(Boolean).join(', ');
  return { ok: true, value: { operation, author, dropped } };
}
