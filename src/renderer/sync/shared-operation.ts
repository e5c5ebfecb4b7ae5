// One shared operation while it is open: the plan mirror, the SyncEngine and the Hocuspocus
// provider bound together, with one status the UI shows (verbunden, offline – N Änderungen
// warten, Konflikt gelöst). The lead adds and revokes members here: a new key epoch for those
// who remain, and the server told to admit or refuse them.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { SyncEngine } from '@shared/sync/engine';
import { FrameSigner, KeyCache } from '@shared/sync/frame';
import { createEpochEntry, latestEpoch, publishEpoch, type LeadKey } from '@shared/sync/keyring';
import type { EngineState, SyncEvent, SyncIdentity, SyncMember } from '@shared/sync/types';
import type { RepoContext } from '../data/repositories/base';
import { PlanMirror } from './mirror';
import { admitMembers, connectToken, revokeMember, type Fetch } from './server-api';
import { ShareOutbox } from './share-outbox';
import { SharePresence, type PresenceTiming } from './share-presence';

/** How the server closes a revoked member's document (src/server/server.ts REVOKED_CLOSE); the
 *  provider passes a document close on with code 1000 and the reason. */
const REVOKED = { code: 4403, reason: 'revoked' } as const;

/** `notAdmitted`: the server refused this identity for the operation (not a member, a wrong
 *  id): the socket stands, so without it the screen said "Verbunden" while nothing synced. */
export type ConnectionPhase =
  'connecting' | 'connected' | 'offline' | 'notAdmitted' | 'revoked' | 'closed';

/** How often an open share looks whether the vault was locked meanwhile. */
const LOCK_CHECK_MS = 1000;
/** How long sharing waits for the server's copy of the operation. */
const FIRST_SYNC_MS = 20_000;

/** The server did not answer in time: a class of its own so the screens can say so in the UI's
 *  language (features/sharing/share-failure.ts). */
export class ServerSilentError extends Error {
  override name = 'ServerSilentError';
  constructor() {
    super('Der Synchronisierungsserver antwortet nicht. Später erneut versuchen.');
  }
}

async function withTimeout(p: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ServerSilentError()), ms);
  });
  try {
    await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface SharedStatus {
  phase: ConnectionPhase;
  /** Own changes the server has not confirmed yet. */
  pending: number;
  /** Concurrent edits of one value decided by "later wins" since the operation was opened. */
  conflictsResolved: number;
  /** Remote changes refused (outside rights, an approved plan, forged) since it was opened. */
  refused: number;
  members: readonly SyncMember[];
  /** Fingerprints whose device shows a valid presence now (own included); empty unless
   *  connected (share-presence.ts). */
  connected: ReadonlySet<string>;
}

const NOBODY: ReadonlySet<string> = new Set();

/** What a kept share saves (with its address, role and device id, which do not change). */
export interface KeptState {
  heads: EngineState['heads'];
  /** Key epochs this member was in (the keys stay in the transport doc's keyring). */
  epochs: number[];
  rights: SyncMember['rights'] | null;
  plan: Uint8Array;
  transport: Uint8Array;
}

/**
 * Keeping a share across app runs (share-keeping.ts): the state of the last run, and where to
 * save. Every own change is saved before it is handed to the provider (share-outbox.ts).
 */
export interface ShareKeeping {
  /** The docs as the last save left them; absent on the first start. */
  restore?: { plan: Uint8Array; transport: Uint8Array; epochs: readonly number[] };
  save(state: KeptState): Promise<void>;
  /** A save failed (own changes then wait on this machine until one succeeds). */
  onSaveError?(error: unknown): void;
}

/** How long after a remote change the share saves (others' heads: only to skip re-applying). */
const SAVE_AFTER_REMOTE_MS = 2000;

export interface SharedOperationOptions {
  server: { httpOrigin: string; wsUrl: string };
  operationId: string;
  repo: RepoContext;
  identity: SyncIdentity;
  /** The lead's key from the invitation (the lead: their own). */
  lead: LeadKey;
  /** Stable per installation and operation: one envelope chain per device. */
  deviceId: string;
  state?: EngineState;
  /** The lead sharing the plan the first time: these members get epoch 1 and server admission. */
  firstMembers?: readonly SyncMember[];
  /** Keep the share for the next app run (absent: it lives only while open, as before). */
  keep?: ShareKeeping;
  /** For Node (tests): the WebSocket class and fetch, which the browser has built in. */
  WebSocketPolyfill?: unknown;
  fetch?: Fetch;
  /** Presence renewal and staleness (tests shorten them; default PRESENCE_TIMING). */
  presenceTiming?: PresenceTiming;
}

export class SharedOperation {
  private current: SharedStatus;
  private readonly listeners = new Set<(s: SharedStatus) => void>();
  private readonly stops: (() => void)[] = [];
  private saving: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly epochs = new Set<number>();
  private presence: SharePresence | null = null;

  private constructor(
    private readonly o: SharedOperationOptions,
    readonly plan: Y.Doc,
    readonly transport: Y.Doc,
    readonly mirror: PlanMirror,
    readonly engine: SyncEngine,
    private readonly provider: HocuspocusProvider,
    private readonly socket: HocuspocusProviderWebsocket,
    private readonly outbox: ShareOutbox | null,
  ) {
    this.current = {
      phase: 'connecting',
      pending: engine.pendingCount,
      conflictsResolved: 0,
      refused: 0,
      members: engine.members,
      connected: NOBODY,
    };
  }

  static async open(o: SharedOperationOptions): Promise<SharedOperation> {
    const fetchFn = o.fetch ?? ((url, init) => fetch(url, init));
    const plan = new Y.Doc();
    const transport = new Y.Doc();
    const restore = o.keep?.restore;
    if (restore) {
      Y.applyUpdate(plan, restore.plan);
      Y.applyUpdate(transport, restore.transport);
    }
    let self: SharedOperation | null = null;
    let engine: SyncEngine | null = null;
    let synced: () => void = () => {};
    const firstSync = new Promise<void>((resolve) => (synced = resolve));
    // Refused by the server until a later authentication passes (read before `self` exists too).
    let notAdmitted = false;
    const mirror = new PlanMirror({
      doc: plan,
      operationId: o.operationId,
      repo: o.repo,
      onConflict: () => self?.update((s) => ({ conflictsResolved: s.conflictsResolved + 1 })),
      onRejected: (r) => self?.update((s) => ({ refused: s.refused + r.length })),
    });
    // The server admits only members: the lead registers (and admits the first members) before
    // connecting. Asking again for an operation already shared changes nothing.
    if (o.firstMembers)
      await admitMembers(o.server.httpOrigin, o.identity, o.operationId, o.firstMembers, fetchFn);
    // A kept share saves before anything of its own leaves: the provider syncs the outbox's
    // wire doc, not the engine's transport doc.
    const keep = o.keep;
    // Before the share is bound (the lead's first key epoch, what the engine seals at start):
    // the docs as they are, the heads given at start — the log read again next time moves them.
    const keepAtStart = async () => {
      await keep?.save({
        heads: o.state?.heads ?? {},
        epochs: [...(restore?.epochs ?? [])],
        rights: null,
        plan: Y.encodeStateAsUpdate(plan),
        transport: Y.encodeStateAsUpdate(transport),
      });
    };
    const outbox = keep
      ? new ShareOutbox(
          transport,
          () => (self ? self.saveNow() : keepAtStart()),
          // A save cut off by the lock is no problem: the share closes with it.
          (e) => {
            if (o.repo.store.isOpen) keep.onSaveError?.(e);
          },
        )
      : null;
    const socket = new HocuspocusProviderWebsocket({
      url: o.server.wsUrl,
      ...(o.WebSocketPolyfill ? { WebSocketPolyfill: o.WebSocketPolyfill } : {}),
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: o.operationId,
      document: outbox?.wire ?? transport,
      token: () => connectToken(o.server.httpOrigin, o.identity, o.operationId, fetchFn),
      onSynced: ({ state }) => {
        if (state) synced();
      },
      onStatus: ({ status }) =>
        self?.update(() => ({
          phase: status !== 'connected' ? 'offline' : notAdmitted ? 'notAdmitted' : 'connected',
        })),
      // The server closes a revoked member's connections and refuses them from then on; the new
      // key epoch that would tell the engine never reaches them.
      onClose: ({ event }) => {
        if (event.code === REVOKED.code || event.reason === REVOKED.reason)
          self?.update(() => ({ phase: 'revoked' }));
      },
      onAuthenticationFailed: ({ reason }) => {
        if (reason === REVOKED.reason) self?.update(() => ({ phase: 'revoked' }));
        else {
          notAdmitted = true;
          self?.update(() => ({ phase: 'notAdmitted' }));
        }
      },
      // Admitted after all (the lead added this member, a reconnect's fresh token): the socket
      // came up as "notAdmitted" while the flag still stood.
      onAuthenticated: () => {
        notAdmitted = false;
        self?.update((s) =>
          s.phase === 'notAdmitted' && socket.status === 'connected' ? { phase: 'connected' } : {},
        );
      },
      // Everything written so far reached the server: the engine's waiting count starts over.
      onUnsyncedChanges: ({ number }) => {
        if (number === 0 && (outbox?.waiting ?? 0) === 0) engine?.markSynced();
      },
    });
    provider.attach();
    try {
      let share = false;
      if (o.firstMembers) {
        // Sharing needs the server's copy first: an operation already shared (a second start,
        // another window) keeps its key epochs and its plan doc — writing epoch 1 and the plan
        // again would replace the key the members hold and duplicate every record.
        await withTimeout(firstSync, FIRST_SYNC_MS);
        if (latestEpoch(transport) === 0) {
          const signer = await FrameSigner.of(o.identity.privateKey);
          const entry = await createEpochEntry(
            signer,
            o.operationId,
            1,
            o.firstMembers,
            new KeyCache(),
          );
          publishEpoch(transport, 1, entry);
          share = true;
        }
      }
      // The mirror before the engine: the engine's catch-up then arrives with its authors. A
      // joining member starts with an empty plan doc (the engine's rule).
      // A reopened share: the store is what this installation last agreed on plus what was
      // edited since the last save; the doc takes it (see PlanMirror.start).
      await mirror.start({ share, resume: restore !== undefined && !share });
      engine = await SyncEngine.start({
        operationId: o.operationId,
        planDoc: plan,
        transportDoc: transport,
        identity: o.identity,
        deviceId: o.deviceId,
        lead: o.lead,
        state: o.state,
      });
    } catch (e) {
      provider.destroy();
      socket.destroy();
      outbox?.stop();
      mirror.stop();
      throw e;
    }
    self = new SharedOperation(o, plan, transport, mirror, engine, provider, socket, outbox);
    const op = self;
    for (const n of restore?.epochs ?? []) op.epochs.add(n);
    if (
      engine.epoch !== null &&
      engine.members.some((m) => m.fingerprint === o.identity.fingerprint)
    )
      op.epochs.add(engine.epoch);
    if (socket.status === 'connected')
      op.update(() => ({ phase: notAdmitted ? 'notAdmitted' : 'connected' }));
    // What the engine sealed at start (offline edits of the last run) goes out after a save.
    if (keep) op.saveSoon(0);
    op.stops.push(engine.on((e) => op.onEngine(e)));
    const awareness = provider.awareness;
    if (awareness) {
      const presence = new SharePresence(
        awareness,
        engine,
        (connected) => op.update(() => ({ connected })),
        o.presenceTiming,
      );
      op.presence = presence;
      // Before the provider goes: the cleared state still reaches the others.
      op.stops.push(() => presence.stop());
    }
    // Locking drops the plaintext: the plan doc holds the plan, so a locked vault closes the
    // share too (the store's codec is gone: nothing could be applied any more either).
    const watch = setInterval(() => {
      if (!o.repo.store.isOpen) op.close();
    }, LOCK_CHECK_MS);
    op.stops.push(() => clearInterval(watch));
    return op;
  }

  get status(): SharedStatus {
    return this.current;
  }

  /** This installation's identity: its entry in `status.members` holds its rights. */
  get ownFingerprint(): string {
    return this.o.identity.fingerprint;
  }

  /** The lead's identity: the member list marks their row. */
  get leadFingerprint(): string {
    return this.o.lead.fingerprint;
  }

  /** Only the lead manages members (the server refuses anyone else's requests). */
  get isLead(): boolean {
    return this.o.identity.fingerprint === this.o.lead.fingerprint;
  }

  subscribe(listener: (s: SharedStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What to keep for the next start (with the device id). */
  exportState(): EngineState {
    return this.engine.exportState();
  }

  /**
   * The lead's new member list: the server admits the new ones and refuses the removed ones,
   * and a new key epoch goes to those who remain. What a removed member synced stays with them.
   */
  async setMembers(members: readonly SyncMember[]): Promise<void> {
    const before = new Set(this.engine.members.map((m) => m.fingerprint));
    const after = new Set(members.map((m) => m.fingerprint));
    const fetchFn = this.o.fetch ?? ((url, init) => fetch(url, init));
    const origin = this.o.server.httpOrigin;
    const added = members.filter((m) => !before.has(m.fingerprint));
    if (added.length > 0)
      await admitMembers(origin, this.o.identity, this.o.operationId, added, fetchFn);
    for (const fp of before)
      if (!after.has(fp))
        await revokeMember(origin, this.o.identity, this.o.operationId, fp, fetchFn);
    // The next epoch and at once a snapshot under its key: entries of a revoked member are
    // refused from now on, and the snapshot carries what they wrote before to newcomers.
    await this.engine.startEpoch(members);
  }

  close(): void {
    if (this.current.phase === 'closed') return;
    for (const s of this.stops.splice(0)) s();
    clearTimeout(this.saveTimer);
    this.provider.destroy();
    this.socket.destroy();
    this.outbox?.stop();
    this.engine.stop();
    this.mirror.stop();
    this.plan.destroy();
    this.transport.destroy();
    this.current = { ...this.current, phase: 'closed', connected: NOBODY };
    for (const l of this.listeners) l(this.current);
  }

  /**
   * Saves the kept state once the saves before it are done, read when it runs (so a later save
   * never writes an older state): the chain heads, and the docs after every remote change
   * received so far reached the store (a reopened share lets the store's version stand).
   */
  saveNow(): Promise<void> {
    const keep = this.o.keep;
    if (!keep) return Promise.resolve();
    const run = this.saving.then(async () => {
      if (this.current.phase === 'closed') return;
      await this.mirror.idle();
      const me = this.engine.members.find((m) => m.fingerprint === this.o.identity.fingerprint);
      await keep.save({
        heads: this.engine.exportState().heads,
        epochs: [...this.epochs].sort((a, b) => a - b),
        rights: me?.rights ?? null,
        plan: Y.encodeStateAsUpdate(this.plan),
        transport: Y.encodeStateAsUpdate(this.transport),
      });
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  /** Everything of this share saved and handed to the provider (for tests and "beenden"). */
  async settled(): Promise<void> {
    await this.engine.flush();
    await this.outbox?.drain();
    await this.saving;
  }

  private saveSoon(ms = SAVE_AFTER_REMOTE_MS): void {
    if (!this.o.keep || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveNow().catch((e: unknown) => {
        if (this.o.repo.store.isOpen) this.o.keep?.onSaveError?.(e);
      });
    }, ms);
  }

  private onEngine(e: SyncEvent): void {
    if (e.type === 'applied' || e.type === 'compacted') this.saveSoon();
    if (e.type === 'pending') this.update(() => ({ pending: e.count }));
    else if (e.type === 'epoch') {
      if (e.members.some((m) => m.fingerprint === this.o.identity.fingerprint))
        this.epochs.add(e.epoch);
      this.saveSoon();
      this.update(() => ({ members: e.members }));
      // A new key epoch: the own presence under its key, and the list read against it.
      void this.presence?.refresh();
    } else if (e.type === 'revoked') this.update(() => ({ phase: 'revoked' }));
    else if (e.type === 'rejected') this.update((s) => ({ refused: s.refused + 1 }));
  }

  private update(change: (s: SharedStatus) => Partial<SharedStatus>): void {
    // Revoked and closed stay so: the provider's later status changes do not undo them.
    const next = { ...this.current, ...change(this.current) };
    if (this.current.phase === 'revoked' || this.current.phase === 'closed')
      next.phase = this.current.phase;
    // Offline, refused or closed: nobody is shown as connected (the states may linger).
    if (next.phase !== 'connected') next.connected = NOBODY;
    // Back online: read who is there now rather than at the next renewal.
    else if (this.current.phase !== 'connected') void this.presence?.read(true);
    this.current = next;
    for (const l of this.listeners) l(next);
  }
}
