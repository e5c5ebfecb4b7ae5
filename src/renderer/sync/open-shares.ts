// The shared operations open in this window, by operation id: a share lives while the app runs
// and the vault is unlocked (it closes itself on lock), not as long as one view is shown.
import { useSyncExternalStore } from 'react';
import type { SharedOperation, SharedStatus } from './shared-operation';

const shares = new Map<string, SharedOperation>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function registerShare(operationId: string, share: SharedOperation): void {
  shares.get(operationId)?.close();
  shares.set(operationId, share);
  share.subscribe(notify);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The operation's open share and its status (a new object on every change), or null. */
export function useShare(
  operationId: string,
): { share: SharedOperation; status: SharedStatus } | null {
  const share = useSyncExternalStore(subscribe, () => shares.get(operationId));
  const status = useSyncExternalStore(subscribe, () => share?.status);
  return share && status ? { share, status } : null;
}
