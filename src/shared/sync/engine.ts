// SyncEngine: binds a plan Y.Doc to the transport Y.Doc for one member. Local plan updates are
// sealed and appended to the log; log entries from others are checked (receive.ts), applied and
// reported; the keyring gives the epoch keys. All work runs in one queue, in order.
import type { PrivateKey } from 'openpgp';
import * as Y from 'yjs';
import { readPrivate } from '../exchange/keys';
import { advanceHeads, mayFollow } from './chain';
import { replaceCovered, type EntryFate } from './compaction';
import { applyRemote } from './conflicts';
import { openEnvelopeBody, readEnvelope, sealEnvelope, type ReadEnvelope } from './envelope';
import { FrameSigner, frameHash, KeyCache } from './frame';
import { EpochBook } from './epoch-book';
import { createEpochEntry, latestEpoch, publishEpoch, type LeadKey } from './keyring';
import { openPresence, sealPresence, type Presence } from './presence';
import { checkEnvelope } from './receive';
import { watchDocs } from './watch';
import { DEFAULT_PART_POLICY, mayApply, type PartPolicy } from './rights';
import {
  authorOf,
  chainKeyOf,
  TRANSPORT,
  type ChainHead,
  type ChainKey,
  type EngineState,
  type EnvelopeHeader,
  type RejectReason,
  type RemoteApplyOrigin,
  type SyncAuthor,
  type SyncEvent,
  type SyncIdentity,
  type SyncMember,
} from './types';

export interface SyncEngineOptions {
  operationId: string;
  planDoc: Y.Doc;
  transportDoc: Y.Doc;
  identity: SyncIdentity;
  /** Stable id of this installation (one chain per author device). */
  deviceId: string;
  /** The lead's key from the invitation: the only signer of keyring entries. */
  lead: LeadKey;
  policy?: PartPolicy;
  /** What exportState() returned last session. */
  state?: EngineState;
}

export class SyncEngine {
  private readonly listeners = new Set<(e: SyncEvent) => void>();
  private readonly keys = new KeyCache();
  private readonly book: EpochBook;
  private readonly heads = new Map<ChainKey, ChainHead>();
  private readonly fates = new WeakMap<Uint8Array, EntryFate>();
  /** Entries waiting for their predecessor or their epoch's key, with the reason. */
  private readonly held = new Map<Uint8Array, { env: ReadEnvelope; reason: RejectReason }>();
  /** Y client id → author, for naming who wrote a value that lost or won a conflict. */
  private readonly writers = new Map<number, SyncAuthor>();
  private readonly localQueue: Uint8Array[] = [];
  /**
   * The plan as the other members have it (everything applied from or sealed into the log):
   * where a local edit is checked against this member's own rights before it is sent.
   */
  private readonly shared = new Y.Doc();
  private sealScheduled = false;
  private applying = false;
  private unconfirmed = 0;
  private work: Promise<void> = Promise.resolve();
  private readonly disposers: (() => void)[] = [];
  private readonly chain: ChainKey;
  private readonly policy: PartPolicy;

  private constructor(
    private readonly opts: SyncEngineOptions,
    private readonly signer: FrameSigner,
    privateKey: PrivateKey,
  ) {
    this.chain = chainKeyOf(opts.identity.fingerprint, opts.deviceId);
    this.policy = opts.policy ?? DEFAULT_PART_POLICY;
    this.book = new EpochBook(
      opts.operationId,
      opts.lead,
      { fingerprint: signer.fingerprint, privateKey },
      this.keys,
    );
    for (const [chain, head] of Object.entries(opts.state?.heads ?? {}))
      this.heads.set(chain, head);
  }

  /** Reads the keyring and the whole log, seals what the plan doc holds beyond it, then listens. */
  static async start(opts: SyncEngineOptions): Promise<SyncEngine> {
    const signer = await FrameSigner.of(opts.identity.privateKey);
    if (signer.fingerprint !== opts.identity.fingerprint) throw new Error('Schlüssel passt nicht');
    const engine = new SyncEngine(opts, signer, await readPrivate(opts.identity.privateKey));
    engine.listen();
    await engine.enqueue(() => engine.catchUp());
    return engine;
  }

  on(listener: (e: SyncEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get epoch(): number | null {
    return this.book.current?.epoch ?? null;
  }

  get members(): readonly SyncMember[] {
    return this.book.current?.members ?? [];
  }

  /** The epoch this member was left out of, or null (also for events before `on` was called). */
  get revokedIn(): number | null {
    return this.book.revokedIn;
  }

  /** Own changes not yet confirmed: waiting to be sealed, or written since markSynced(). */
  get pendingCount(): number {
    return this.localQueue.length + this.unconfirmed;
  }

  /**
   * Whether the plan as the other members have it holds record `id` of `table`: what a local
   * edit is judged against (changing a record only this machine has would create it, and only
   * some members may create). Read again after any event.
   */
  sharedHas(table: string, id: string): boolean {
    return this.shared.share.has(table) && this.shared.getMap(table).has(id);
  }

  /** The app calls this when the provider reports the server has everything written so far. */
  markSynced(): void {
    this.unconfirmed = 0;
    this.emit({ type: 'pending', count: this.pendingCount });
  }

  /** Resolves when every change made so far is sealed and every entry seen is processed. */
  flush(): Promise<void> {
    return this.enqueue(() => this.sealQueued());
  }

  /**
   * This device's sealed, signed "connected now" under today's epoch key (presence.ts); null
   * while it holds none (not yet admitted, revoked). Outside the work queue: it only reads.
   */
  async sealPresence(at: number): Promise<Uint8Array | null> {
    const epoch = this.book.current;
    if (!epoch) return null;
    const { operationId: op, deviceId: device } = this.opts;
    const author = this.signer.fingerprint;
    return sealPresence(this.signer, epoch.key, { op, epoch: epoch.epoch, author, device, at });
  }

  /** Whose device `bytes` says is connected: a current member, fresh by `now`; else null. */
  openPresence(bytes: Uint8Array, now: number): Promise<Presence | null> {
    const { epochs, current } = this.book;
    return openPresence(bytes, {
      operationId: this.opts.operationId,
      epochs,
      current,
      keys: this.keys,
      now,
    });
  }

  exportState(): EngineState {
    return { version: 1, heads: Object.fromEntries(this.heads) };
  }

  /**
   * Writes a snapshot covering everything applied so far and removes the covered entries from
   * the log. Only a member with `edit` rights may (others would refuse the snapshot).
   */
  compact(): Promise<number> {
    return this.enqueue(() => this.compactNow());
  }

  /**
   * The lead only: a new key epoch for `members` (sharing: the first; adding or revoking: the
   * next), then at once a snapshot under the new key. The snapshot carries what a removed
   * member wrote before, so newcomers get it although entries of someone who is no longer a
   * member are refused from now on. Returns the new epoch number.
   */
  startEpoch(members: readonly SyncMember[]): Promise<number> {
    return this.enqueue(async () => {
      if (this.signer.fingerprint !== this.opts.lead.fingerprint) {
        throw new Error('Nur die Einsatzleitung vergibt Schlüssel.');
      }
      const epoch = Math.max(latestEpoch(this.opts.transportDoc), ...this.book.epochs.keys()) + 1;
      const entry = await createEpochEntry(
        this.signer,
        this.opts.operationId,
        epoch,
        members,
        this.keys,
      );
      publishEpoch(this.opts.transportDoc, epoch, entry);
      await this.loadKeyring();
      await this.compactNow();
      return epoch;
    });
  }

  private async compactNow(): Promise<number> {
    await this.sealQueued();
    const epoch = this.book.current;
    const me = epoch?.members.find((m) => m.fingerprint === this.opts.identity.fingerprint);
    if (!epoch || me?.rights !== 'edit') return 0;
    const header = {
      ...this.nextHeader('snapshot', epoch.epoch),
      covers: Object.fromEntries(this.heads),
    };
    const bytes = await sealEnvelope(
      this.signer,
      epoch.key,
      header,
      Y.encodeStateAsUpdate(this.opts.planDoc),
    );
    const removed = replaceCovered(this.opts.transportDoc, bytes, this.fates, header, this);
    this.heads.set(this.chain, { seq: header.seq, hash: await frameHash(bytes) });
    this.emit({ type: 'compacted', removed });
    return removed;
  }

  stop(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
    this.shared.destroy();
  }

  private emit(event: SyncEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener (the app's) must not stop checking and applying the log.
      }
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.work.then(task);
    // The queue goes on after a failed task; the caller of that task still sees the error.
    this.work = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private listen(): void {
    const { planDoc, transportDoc } = this.opts;
    const stop = watchDocs(planDoc, transportDoc, this, {
      isRemote: () => this.applying,
      local: (update) => {
        this.localQueue.push(update);
        if (!this.sealScheduled) {
          this.sealScheduled = true;
          void this.enqueue(() => this.sealQueued());
        }
      },
      entries: (added) => void this.enqueue(() => this.receive(added, true)),
      // A new epoch may unlock held entries (they arrived before their keyring entry) and lets
      // edits made while no key was known go out.
      keyring: () =>
        void this.enqueue(async () => {
          await this.receive([], true);
          await this.sealQueued();
        }),
    });
    this.disposers.push(stop);
  }

  private async catchUp(): Promise<void> {
    const log = this.opts.transportDoc.getArray<Uint8Array>(TRANSPORT.log);
    // Everything the transport holds goes into `shared` too: what the plan doc holds beyond
    // that was written before sharing (or offline before a restart) and is sealed now.
    await this.receive(log.toArray(), false);
    const { planDoc } = this.opts;
    if (!Y.equalSnapshots(Y.snapshot(this.shared), Y.snapshot(planDoc))) {
      this.localQueue.unshift(Y.encodeStateAsUpdate(planDoc, Y.encodeStateVector(this.shared)));
    }
    await this.sealQueued();
  }

  private async loadKeyring(): Promise<void> {
    for (const event of await this.book.load(this.opts.transportDoc)) {
      if (event.type === 'epoch') {
        const me = event.members.find((m) => m.fingerprint === this.signer.fingerprint);
        if (me) this.writers.set(this.opts.planDoc.clientID, authorOf(me));
      }
      this.emit(event);
    }
  }

  private async sealQueued(): Promise<void> {
    this.sealScheduled = false;
    const epoch = this.book.current;
    if (this.localQueue.length === 0 || !epoch) return;
    const update = Y.mergeUpdates(this.localQueue.splice(0));
    const me = epoch.members.find((m) => m.fingerprint === this.signer.fingerprint);
    if (!me || (me.rights !== 'edit' && !mayApply(me, this.shared, update, this.policy, true))) {
      // Not sent: every member would refuse it, and the gap it left in this client's Yjs clock
      // would hold back each later edit on their side. A new client id lets later edits through;
      // this change stays on this machine only.
      this.opts.planDoc.clientID = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
      if (me) this.writers.set(this.opts.planDoc.clientID, authorOf(me));
      this.emit({
        type: 'rejected',
        reason: 'outside_rights',
        author: this.signer.fingerprint,
        device: this.opts.deviceId,
      });
      return;
    }
    Y.applyUpdate(this.shared, update);
    const header = this.nextHeader('update', epoch.epoch);
    const bytes = await sealEnvelope(this.signer, epoch.key, header, update);
    this.heads.set(this.chain, { seq: header.seq, hash: await frameHash(bytes) });
    this.opts.transportDoc.transact(() => {
      const log = this.opts.transportDoc.getArray<Uint8Array>(TRANSPORT.log);
      log.push([bytes]);
      // Yjs stores a copy; compaction recognises entries by the stored object.
      const stored = log.get(log.length - 1);
      this.fates.set(stored, { chain: this.chain, seq: header.seq });
    }, this);
    this.unconfirmed++;
    this.emit({ type: 'pending', count: this.pendingCount });
  }

  /**
   * Checks and applies entries: snapshots first, then by sequence number, retrying held ones
   * whenever something was applied. `live`: arrived now (a replay is reported, not skipped).
   */
  private async receive(entries: Uint8Array[], live: boolean): Promise<void> {
    await this.loadKeyring();
    const fresh: { bytes: Uint8Array; env: ReadEnvelope }[] = [];
    for (const bytes of entries) {
      if (this.fates.has(bytes)) continue;
      const env = readEnvelope(bytes);
      if (!env) {
        this.fates.set(bytes, 'dead');
        this.emit({ type: 'rejected', reason: 'malformed' });
      } else fresh.push({ bytes, env });
    }
    const rank = (e: ReadEnvelope): number => (e.header.kind === 'snapshot' ? 0 : 1);
    fresh.sort((a, b) => rank(a.env) - rank(b.env) || a.env.header.seq - b.env.header.seq);
    const newlyHeld = new Set<Uint8Array>();
    for (const { bytes, env } of fresh) {
      if (!(await this.take(bytes, env, live))) newlyHeld.add(bytes);
    }
    for (let progress = true; progress;) {
      progress = false;
      for (const [bytes, { env }] of [...this.held]) {
        // Cheap test first: checking again costs a signature verification.
        const { header } = env;
        if (!this.book.epochs.has(header.epoch)) continue;
        if (!mayFollow(this.heads.get(chainKeyOf(header.author, header.device)), header)) continue;
        if (await this.take(bytes, env, live)) progress = true;
      }
    }
    for (const bytes of newlyHeld) {
      const waiting = this.held.get(bytes);
      if (waiting) this.reject(waiting.reason, waiting.env);
    }
  }

  /** One entry: applied (true), or refused / held (false). */
  private async take(bytes: Uint8Array, env: ReadEnvelope, live: boolean): Promise<boolean> {
    const verdict = await checkEnvelope(
      {
        operationId: this.opts.operationId,
        epochs: this.book.epochs,
        current: this.book.current,
        heads: this.heads,
        keys: this.keys,
        planDoc: this.opts.planDoc,
        policy: this.policy,
      },
      env,
    );
    const { header } = env;
    const chain = chainKeyOf(header.author, header.device);
    if (!verdict.ok) {
      if (verdict.reason === 'reordered' || verdict.reason === 'unknown_epoch') {
        this.held.set(bytes, { env, reason: verdict.reason });
        this.fates.set(bytes, 'held');
        return false;
      }
      this.held.delete(bytes);
      if (verdict.reason === 'replayed') {
        // Already in the plan: silent when reading the log at start, reported when it arrives.
        this.fates.set(bytes, { chain, seq: header.seq });
        if (live) this.reject('replayed', env);
        else await this.mirrorKnown(env);
        return false;
      }
      this.fates.set(bytes, 'dead');
      // Authentic but refused: the chain goes on, or every later entry would wait forever.
      if (verdict.reason === 'outside_rights') {
        this.heads.set(chain, { seq: header.seq, hash: await frameHash(bytes) });
      }
      this.reject(verdict.reason, env);
      return false;
    }
    this.held.delete(bytes);
    const author = authorOf(verdict.author);
    const origin: RemoteApplyOrigin = { kind: 'remote', author, envelope: header.kind };
    this.applying = true;
    let conflicts;
    try {
      conflicts = applyRemote(this.opts.planDoc, verdict.body, origin, this.writers);
    } finally {
      this.applying = false;
    }
    Y.applyUpdate(this.shared, verdict.body);
    this.heads.set(verdict.chain, { seq: header.seq, hash: await frameHash(bytes) });
    if (header.covers) advanceHeads(this.heads, header.covers);
    this.fates.set(bytes, { chain, seq: header.seq });
    const { kind, device, seq } = header;
    this.emit({ type: 'applied', kind, author, device, seq });
    for (const c of conflicts) this.emit({ type: 'conflict', ...c });
    return true;
  }

  /** At start with saved heads: what the plan doc already holds still counts as shared. */
  private async mirrorKnown(env: ReadEnvelope): Promise<void> {
    const epoch = this.book.epochs.get(env.header.epoch);
    if (!epoch) return;
    try {
      Y.applyUpdate(this.shared, await openEnvelopeBody(epoch.key, env.frame));
    } catch {
      // Signature and chain were checked already; a body that does not open adds nothing.
    }
  }

  /** The header of this device's next envelope. */
  private nextHeader(kind: EnvelopeHeader['kind'], epoch: number): EnvelopeHeader {
    const own = this.heads.get(this.chain);
    const { operationId: op, deviceId: device } = this.opts;
    const author = this.signer.fingerprint;
    return { kind, op, epoch, author, device, seq: (own?.seq ?? 0) + 1, prev: own?.hash ?? '' };
  }

  private reject(reason: RejectReason, env: ReadEnvelope): void {
    const { author, device, seq, epoch } = env.header;
    this.emit({ type: 'rejected', reason, author, device, seq, epoch });
  }
}
