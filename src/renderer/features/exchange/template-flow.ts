// Muster between partners: a template (never a plan) sealed as a 'template' package signed by
// its author, and on import mapped into this catalogue by catalogue key and stored as a
// template. Agencies unknown here are dropped and returned, so the screen can list them. The
// same Muster imported again changes nothing; a newer version updates the template it became.
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  openPackage,
  packageFileName,
  patternForExport,
  patternContent,
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
import { NotFoundError } from '../../data/repositories/base';
import type { SealedFile } from './approval-flow';
import type { ExchangeState, ExchangeStore } from './exchange-store';
import { receivedFrom, storedEnvelope } from './liaison-flow';

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
      // The guides per thematic field travel in the pattern's operation (with item ids and
      // the plan's limits); this older summary list stays empty so they are not said twice.
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

/**
 * What importing a Muster would do. The same Muster is known by its author's key and the
 * template's id on the author's side; two packages of it are the same version when their
 * content is (`patternContent`), else the later sealed is the newer.
 * - `imported`: a Muster not seen before, stored as a new template;
 * - `present`: this version is already here — nothing changed;
 * - `older`: a version older than the one here — nothing changed;
 * - `newer`: a newer version of a Muster imported before; `apply()` writes it over that
 *   template (same local id) once the user has confirmed.
 */
export type TemplateImport =
  | ({ status: 'imported' } & ImportedTemplate)
  | { status: 'present' | 'older'; operation: Operation; author: string }
  | {
      status: 'newer';
      operation: Operation;
      author: string;
      /** When the version here and the new one were sealed (instants). */
      from: string;
      to: string;
      apply(): Promise<ImportedTemplate>;
    };

interface EarlierImport {
  template: Operation;
  sealedAt: string;
  content: string;
}

/** Imports of the same Muster whose template is still here (not deleted, not in the trash). */
async function earlierImports(
  state: ExchangeState,
  repos: Repositories,
  signer: string,
  originId: string,
): Promise<EarlierImport[]> {
  const out: EarlierImport[] = [];
  for (const r of state.received) {
    if (r.kind !== 'template' || r.signerFingerprint !== signer || r.planId !== originId) continue;
    const env = storedEnvelope(r)?.envelope;
    if (r.templateId === undefined || env?.kind !== 'template' || !env.payload.pattern) continue;
    // A template deleted for good since: this Muster is new again.
    const template = await repos.operations
      .get(r.templateId)
      .catch((e: unknown) => (e instanceof NotFoundError ? null : Promise.reject(e)));
    if (template?.template && template.deletedAt === null)
      out.push({
        template,
        sealedAt: env.createdAt,
        content: patternContent(env.payload.pattern, env.createdAt),
      });
  }
  return out.sort((a, b) => a.sealedAt.localeCompare(b.sealedAt));
}

/** Opens a Muster signed by a trusted key; stores it as a new template or says what it is. */
export async function importTemplate(args: {
  data: Uint8Array;
  state: ExchangeState;
  store: ExchangeStore;
  repos: Repositories;
  now: Date;
}): Promise<Opened<TemplateImport>> {
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
  const pattern = env.payload.pattern;
  if (!pattern) return refuse('invalid_content');
  const author = [env.payload.author.name, env.payload.author.agency].filter(Boolean).join(', ');

  const earlier = await earlierImports(
    state,
    args.repos,
    opened.value.signer.fingerprint,
    env.planId,
  );
  // The version here is the one imported last; an earlier one it replaced no longer counts.
  const latest = earlier.at(-1);
  if (latest?.content === patternContent(pattern, env.createdAt))
    return { ok: true, value: { status: 'present', operation: latest.template, author } };
  if (latest && latest.sealedAt >= env.createdAt)
    return { ok: true, value: { status: 'older', operation: latest.template, author } };

  const write = async (replaces: Operation | null): Promise<ImportedTemplate> => {
    const agencies = await args.repos.agencies.list({ includeRetired: true });
    const { plan, dropped } = patternForImport(
      pattern,
      env.payload.name,
      agencies,
      newId,
      args.now.toISOString(),
    );
    const operation = await args.store.storeTemplate(plan, receivedFrom(opened.value), replaces);
    return { operation, author, dropped };
  };
  if (latest) {
    const replaces = latest.template;
    return {
      ok: true,
      value: {
        status: 'newer',
        operation: replaces,
        author,
        from: latest.sealedAt,
        to: env.createdAt,
        apply: () => write(replaces),
      },
    };
  }
  return { ok: true, value: { status: 'imported', ...(await write(null)) } };
}
