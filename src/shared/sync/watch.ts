// The Yjs event plumbing of the engine: local plan updates, entries added to the transport log
// by others, and keyring changes, each handed to a callback; returns the function that stops.
import type * as Y from 'yjs';
import { TRANSPORT } from './types';

export interface Watchers {
  /** A plan update made on this machine (remote applies are filtered by `isRemote`). */
  local(update: Uint8Array): void;
  /** Log entries another party added (not the engine itself: transaction origin `self`). */
  entries(added: Uint8Array[]): void;
  keyring(): void;
  /** True while the engine applies a remote update (applyUpdate fires `update` synchronously). */
  isRemote(): boolean;
}

export function watchDocs(plan: Y.Doc, transport: Y.Doc, self: unknown, on: Watchers): () => void {
  const onPlanUpdate = (update: Uint8Array): void => {
    if (!on.isRemote()) on.local(update);
  };
  const log = transport.getArray<Uint8Array>(TRANSPORT.log);
  const onLog = (event: Y.YArrayEvent<Uint8Array>, tr: Y.Transaction): void => {
    if (tr.origin === self) return;
    // Read now: the event's change set is only valid during the transaction's observers.
    const added: Uint8Array[] = [];
    for (const item of event.changes.added) {
      if (item.deleted) continue;
      for (const c of item.content.getContent() as unknown[]) {
        if (c instanceof Uint8Array) added.push(c);
      }
    }
    if (added.length > 0) on.entries(added);
  };
  const keyring = transport.getArray<Uint8Array>(TRANSPORT.keyring);
  const onKeyring = (): void => on.keyring();
  plan.on('update', onPlanUpdate);
  log.observe(onLog);
  keyring.observe(onKeyring);
  return () => {
    plan.off('update', onPlanUpdate);
    log.unobserve(onLog);
    keyring.unobserve(onKeyring);
  };
}
