// Who is connected to a shared operation: each device puts its sealed, signed presence
// (src/shared/sync/presence.ts) into its Yjs awareness state, renews it every `refreshMs`, and
// opens everyone's states on each change and renewal. The server relays awareness (across nodes
// through Redis) but sees only opaque bytes: that a connection exists, and when and how large
// its messages are — which it sees anyway. Forged, replayed (older than 90 s), other operations'
// and revoked members' presences are not counted.
import type { Awareness } from 'y-protocols/awareness';
import { base64Decode, base64Encode } from '@shared/crypto/bytes';
import type { SyncEngine } from '@shared/sync/engine';

export interface PresenceTiming {
  /** How often the own presence is sealed anew and everyone's is read again. */
  refreshMs: number;
  /** A presence older than this is no longer counted (the sender stopped renewing it). */
  staleMs: number;
}

/** Renewed well within y-protocols' 30 s awareness timeout; stale after it. */
export const PRESENCE_TIMING: PresenceTiming = { refreshMs: 20_000, staleMs: 30_000 };

/** A sealed presence is a few hundred bytes; anything far larger is not ours. */
const MAX_STATE_CHARS = 4_000;

type Engine = Pick<SyncEngine, 'sealPresence' | 'openPresence'>;

export class SharePresence {
  private run = 0;
  private stopped = false;
  /** What was reported last: an unchanged set is not reported again (no new status). */
  private last: ReadonlySet<string> | null = null;
  /** A forced report still owed (kept when a later read supersedes the forced one). */
  private owed = false;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly onChange = () => void this.read();

  constructor(
    private readonly awareness: Awareness,
    private readonly engine: Engine,
    private readonly report: (connected: ReadonlySet<string>) => void,
    private readonly timing: PresenceTiming = PRESENCE_TIMING,
    private readonly now: () => number = Date.now,
  ) {
    awareness.on('change', this.onChange);
    this.timer = setInterval(() => void this.refresh(), timing.refreshMs);
    void this.refresh();
  }

  /** Seals the own presence again (a new key epoch, the periodic renewal) and reads all. */
  async refresh(): Promise<void> {
    const bytes = await this.engine.sealPresence(this.now()).catch(() => null);
    if (this.stopped) return;
    // Not (or no longer) a member with a key: nothing to show the others.
    this.awareness.setLocalState(bytes ? { p: base64Encode(bytes) } : null);
    await this.read();
  }

  /**
   * Opens every awareness state; the latest read wins (they run concurrently). `force`: report
   * even an unchanged set (the share showed nobody meanwhile, e.g. while offline).
   */
  async read(force = false): Promise<void> {
    const run = ++this.run;
    if (force) this.owed = true;
    const now = this.now();
    const connected = new Set<string>();
    for (const state of this.awareness.getStates().values()) {
      const p: unknown = state['p'];
      if (typeof p !== 'string' || p.length > MAX_STATE_CHARS) continue;
      let bytes: Uint8Array;
      try {
        bytes = base64Decode(p);
      } catch {
        continue;
      }
      const opened = await this.engine.openPresence(bytes, now).catch(() => null);
      if (opened && now - opened.at <= this.timing.staleMs) connected.add(opened.fingerprint);
    }
    if (run !== this.run || this.stopped) return;
    const last = this.last;
    if (
      !this.owed &&
      last &&
      last.size === connected.size &&
      [...connected].every((f) => last.has(f))
    )
      return;
    this.last = connected;
    this.owed = false;
    this.report(connected);
  }

  /** Clears the own state (sent to the others while the socket stands) and stops listening. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    this.awareness.off('change', this.onChange);
    this.awareness.setLocalState(null);
  }
}
