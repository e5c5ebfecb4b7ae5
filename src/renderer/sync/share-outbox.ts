// Save before send: the engine works on a local transport doc; the HocuspocusProvider syncs a
// second one (the wire). What the server sends arrives in the local doc at once; what this
// machine wrote (sealed envelopes, the lead's keyring entries) is handed to the wire only after
// a save whose state holds it has committed. So every envelope another member or the server
// can ever have seen is in the kept state, and a reopened share continues its chain after it:
// no sequence number is used twice, whatever moment the app was closed or crashed.
import * as Y from 'yjs';

/** Origin of what the outbox copies between the two docs (never copied back). */
const RELAY = Symbol('vp-sync-relay');

export class ShareOutbox {
  readonly wire = new Y.Doc();
  private queued: Uint8Array[] = [];
  /** Being saved now, handed on when the save commits. */
  private saving = 0;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** The last save failed: wait for the next change (or kick) instead of retrying at once. */
  private failed = false;
  private readonly stops: (() => void)[] = [];

  /**
   * `local`: the engine's transport doc, already holding the kept state (all of it was saved,
   * so all of it may go out). `save`: writes the kept state, including the local doc as it is
   * when called; a failure keeps the queued changes back and is reported through `onError`.
   */
  constructor(
    local: Y.Doc,
    private readonly save: () => Promise<void>,
    private readonly onError: (e: unknown) => void,
  ) {
    Y.applyUpdate(this.wire, Y.encodeStateAsUpdate(local), RELAY);
    const fromLocal = (update: Uint8Array, origin: unknown) => {
      if (origin === RELAY) return;
      this.queued.push(update);
      this.kick();
    };
    const fromWire = (update: Uint8Array, origin: unknown) => {
      if (origin !== RELAY) Y.applyUpdate(local, update, RELAY);
    };
    local.on('update', fromLocal);
    this.wire.on('update', fromWire);
    this.stops.push(
      () => local.off('update', fromLocal),
      () => this.wire.off('update', fromWire),
    );
  }

  /** Own changes saved but not handed to the provider yet, or not saved yet. */
  get waiting(): number {
    return this.queued.length + this.saving;
  }

  /** Resolves when everything queued so far is saved and handed on (or a save failed). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Tries again after a failed save (e.g. the next own change calls it anyway). */
  kick(): void {
    if (this.running || this.stopped || this.queued.length === 0) return;
    this.running = this.run().finally(() => {
      this.running = null;
      // Changes made while saving go in the next round.
      if (!this.failed) this.kick();
    });
  }

  stop(): void {
    this.stopped = true;
    for (const s of this.stops.splice(0)) s();
    this.wire.destroy();
  }

  private async run(): Promise<void> {
    const batch = this.queued.splice(0);
    this.saving = batch.length;
    try {
      await this.save();
      this.failed = false;
    } catch (e) {
      // Not saved: not sent either. They go with the next successful save.
      this.queued.unshift(...batch);
      this.saving = 0;
      this.failed = true;
      this.onError(e);
      return;
    }
    this.saving = 0;
    if (this.stopped) return;
    Y.applyUpdate(this.wire, Y.mergeUpdates(batch), RELAY);
  }
}
