// The key epochs one member can open, read from the transport doc's keyring: which epoch is
// current, and whether this member was left out of a newer one (revoked).
import type { PrivateKey } from 'openpgp';
import type * as Y from 'yjs';
import type { KeyCache } from './frame';
import { entryEpoch, keyringEntries, openEpochEntry, type Epoch, type LeadKey } from './keyring';
import type { SyncEvent } from './types';

export class EpochBook {
  readonly epochs = new Map<number, Epoch>();
  current: Epoch | null = null;
  private revokedAt: number | null = null;
  private reportedRevocation: number | null = null;
  /** Entries read already: each is opened once. */
  private readonly seen = new WeakSet<Uint8Array>();

  constructor(
    private readonly operationId: string,
    private readonly lead: LeadKey,
    private readonly own: { fingerprint: string; privateKey: PrivateKey },
    private readonly keys: KeyCache,
  ) {}

  /** The newest epoch this member is not in, when it is newer than every epoch they are in. */
  get revokedIn(): number | null {
    return this.current === null ? this.revokedAt : null;
  }

  /** Opens new keyring entries; returns what to report. */
  async load(transport: Y.Doc): Promise<SyncEvent[]> {
    const events: SyncEvent[] = [];
    let changed = false;
    for (const bytes of keyringEntries(transport)) {
      if (this.seen.has(bytes)) continue;
      this.seen.add(bytes);
      const epoch = entryEpoch(bytes);
      if (epoch !== null && this.epochs.has(epoch)) continue;
      const opened =
        epoch === null
          ? ({ ok: false, reason: 'bad_keyring' } as const)
          : await openEpochEntry(
              bytes,
              { operationId: this.operationId, epoch, lead: this.lead },
              this.own,
              this.keys,
            );
      if (opened.ok) {
        this.epochs.set(opened.value.epoch, opened.value);
        changed = true;
      } else if (opened.reason === 'not_recipient') {
        if (opened.epoch > (this.revokedAt ?? 0)) this.revokedAt = opened.epoch;
        changed = true;
      } else events.push({ type: 'rejected', reason: 'bad_keyring', ...(epoch ? { epoch } : {}) });
    }
    if (!changed) return events;
    const latest = Math.max(0, ...this.epochs.keys());
    if (this.revokedAt !== null && this.revokedAt > latest) {
      // Left out of the newest epoch: no key to read or write with from here on.
      if (this.reportedRevocation !== this.revokedAt) {
        this.reportedRevocation = this.revokedAt;
        events.push({ type: 'revoked', epoch: this.revokedAt });
      }
      this.current = null;
      return events;
    }
    const next = this.epochs.get(latest) ?? null;
    if (next && next !== this.current) {
      this.current = next;
      events.push({ type: 'epoch', epoch: next.epoch, members: next.members });
    }
    return events;
  }
}
