// Shares kept across app runs: opening one with its kept state (same device chain, the docs of
// the last save), reopening every kept share after unlock in the background, and ending a
// share on this machine. The record format is share-record.ts; the save-before-send rule that
// keeps the chain safe is share-outbox.ts.
import * as Y from 'yjs';
import type { LeadKey } from '@shared/sync/keyring';
import type { SyncIdentity, SyncMember } from '@shared/sync/types';
import type { RepoContext } from '../data/repositories/base';
import { exchangeStore } from '../features/exchange/exchange-store';
import {
  clearShareProblem,
  registerShare,
  reportShareProblem,
  unregisterShare,
} from './open-shares';
import type { Fetch } from './server-api';
import { SharedOperation, type KeptState } from './shared-operation';
import type { ShareRecord } from './share-record';
import { shareStore } from './share-store';

export interface KeptShareOptions {
  repo: RepoContext;
  server: { httpOrigin: string; wsUrl: string };
  operationId: string;
  identity: SyncIdentity;
  lead: LeadKey;
  firstMembers?: readonly SyncMember[];
  /** A save failed: own changes wait on this machine until one succeeds. */
  onSaveError?(error: unknown): void;
  WebSocketPolyfill?: unknown;
  fetch?: Fetch;
}

/** Whether a kept record can continue: same identity, same lead, same server. */
function continues(r: ShareRecord, o: KeptShareOptions): boolean {
  return (
    r.identity === o.identity.fingerprint &&
    r.lead.fingerprint === o.lead.fingerprint &&
    r.server.httpOrigin === o.server.httpOrigin &&
    r.server.wsUrl === o.server.wsUrl
  );
}

/**
 * Opens a share that is kept: with the kept state when there is one for this identity, lead and
 * server (the chain goes on), otherwise as a new device chain whose first save creates the
 * record. The caller registers it as the operation's open share (registerShare).
 */
export async function openKeptShare(o: KeptShareOptions): Promise<SharedOperation> {
  const store = shareStore(o.repo);
  const found = await store.get(o.operationId);
  const kept = found && continues(found, o) ? found : null;
  const deviceId = kept?.deviceId ?? crypto.randomUUID();
  const fixed = {
    // Only the two addresses: the screens pass the parsed settings address, whose other fields
    // (ok, connectHosts) the strict record refuses — every save failed, so nothing own was sent.
    server: { httpOrigin: o.server.httpOrigin, wsUrl: o.server.wsUrl },
    role: o.identity.fingerprint === o.lead.fingerprint ? ('lead' as const) : ('member' as const),
    identity: o.identity.fingerprint,
    lead: o.lead,
    deviceId,
  };
  // Saves commit in the order they are asked for, each with the state read when asked: a
  // later save never writes an older chain head or doc.
  let saving: Promise<unknown> = Promise.resolve();
  let failed = false;
  const save = (state: KeptState): Promise<void> => {
    const run = saving.then(() => store.save(o.operationId, { ...fixed, ...state }));
    saving = run.then(
      () => {
        if (failed) clearShareProblem(o.operationId);
        failed = false;
      },
      () => {
        failed = true;
      },
    );
    return run.then(() => undefined);
  };
  const share = await SharedOperation.open({
    server: o.server,
    operationId: o.operationId,
    repo: o.repo,
    identity: o.identity,
    lead: o.lead,
    deviceId,
    firstMembers: o.firstMembers,
    ...(kept ? { state: { version: 1 as const, heads: kept.heads } } : {}),
    keep: {
      ...(kept
        ? { restore: { plan: kept.plan, transport: kept.transport, epochs: kept.epochs } }
        : {}),
      save,
      onSaveError: o.onSaveError,
    },
    ...(o.WebSocketPolyfill ? { WebSocketPolyfill: o.WebSocketPolyfill } : {}),
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });
  return share;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const IDENTITY_REPLACED =
  'Der eigene Schlüssel wurde gewechselt: dem gemeinsamen Einsatz bitte neu beitreten.';
const UNREADABLE =
  'Ihr gespeicherter Stand lässt sich nicht mehr lesen. „Gemeinsam beenden“ entfernt ihn; danach ist ein neuer Beitritt möglich.';

/** Save problems of a kept share go to its Gemeinsam part; the next good save clears them. */
export function reportSaveProblems(operationId: string): Pick<KeptShareOptions, 'onSaveError'> {
  return {
    onSaveError: (e) => {
      console.warn('Gemeinsame Bearbeitung nicht gespeichert', operationId, e);
      reportShareProblem(operationId, { kind: 'save', message: messageOf(e), error: e });
    },
  };
}

export interface ReopenOptions {
  repo: RepoContext;
  WebSocketPolyfill?: unknown;
  fetch?: Fetch;
}

/**
 * After unlock: every kept share opens again, each on its own, in the background. A share that
 * cannot open (identity replaced, record no longer readable, store error) is reported in its
 * Gemeinsam part and logged as a warning (the part says what to do); a server that does not answer is no error — the share opens
 * offline and the provider connects when the server is back. Returns how many records did not
 * read, for the notice beyond one operation (a record without a usable id has no part).
 */
export async function reopenKeptShares(o: ReopenOptions): Promise<{ unreadable: number }> {
  const { records, unreadable } = await shareStore(o.repo).readAll();
  for (const id of unreadable) {
    console.warn('Gespeicherte gemeinsame Bearbeitung nicht lesbar', id);
    if (id) reportShareProblem(id, { kind: 'reopen', reason: 'unreadable', message: UNREADABLE });
  }
  if (records.length === 0) return { unreadable: unreadable.length };
  const { identity } = await exchangeStore(o.repo).load();
  await Promise.all(
    records.map(async (r) => {
      try {
        if (await removedHere(o.repo, r)) {
          // Deleted for good on this machine (Papierkorb geleert, Aufbewahrung): reopening would
          // bring it back from the kept doc. The share ends here; the server keeps its copy.
          await shareStore(o.repo).remove(r.id);
          return;
        }
        if (!identity || identity.fingerprint !== r.identity) {
          console.warn('Gemeinsame Bearbeitung nicht wieder geöffnet', r.id, IDENTITY_REPLACED);
          reportShareProblem(r.id, {
            kind: 'reopen',
            reason: 'identityReplaced',
            message: IDENTITY_REPLACED,
          });
          return;
        }
        const share = await openKeptShare({
          ...o,
          ...reportSaveProblems(r.id),
          server: r.server,
          operationId: r.id,
          identity,
          lead: r.lead,
        });
        registerShare(r.id, share);
      } catch (e) {
        console.warn('Gemeinsame Bearbeitung nicht wieder geöffnet', r.id, e);
        reportShareProblem(r.id, { kind: 'reopen', message: messageOf(e), error: e });
      }
    }),
  );
  return { unreadable: unreadable.length };
}

/** The operation was in the kept plan doc but is no longer in the store (a member still
 *  joining has it in neither: that share reopens and the plan arrives). */
async function removedHere(repo: RepoContext, r: ShareRecord): Promise<boolean> {
  if ((await repo.store.get('operations', r.id)) !== undefined) return false;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, r.plan);
    return doc.getMap('operations').has(r.id);
  } finally {
    doc.destroy();
  }
}

/**
 * "Gemeinsam beenden" on this machine: the share closes and its kept state is deleted. The plan
 * stays in the local store; the server's copy and the other members are not touched.
 */
export async function endShareHere(repo: RepoContext, operationId: string): Promise<void> {
  unregisterShare(operationId);
  await shareStore(repo).remove(operationId);
}
