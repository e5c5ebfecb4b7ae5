// The shared operations open in this window, by operation id: a share lives while the app runs
// and the vault is unlocked (it closes itself on lock), not as long as one view is shown.
import { useSyncExternalStore } from 'react';
import type { SharedOperation, SharedStatus } from './shared-operation';

const shares = new Map<string, SharedOperation>();
/** Why a kept share did not reopen after unlock (shown in its Gemeinsam part). */
const reopenErrors = new Map<string, string>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function registerShare(operationId: string, share: SharedOperation): void {
  shares.get(operationId)?.close();
  shares.set(operationId, share);
  reopenErrors.delete(operationId);
  share.subscribe(notify);
  notify();
}

/** The share is closed and no longer listed (ended on this machine). */
export function unregisterShare(operationId: string): void {
  shares.get(operationId)?.close();
  shares.delete(operationId);
  reopenErrors.delete(operationId);
  notify();
}

export function openShare(operationId: string): SharedOperation | undefined {
  return shares.get(operationId);
}

export function reportReopenError(operationId: string, message: string): void {
  reopenErrors.set(operationId, message);
  notify();
}

/** Why the operation's kept share did not reopen, or null. */
export function useReopenError(operationId: string): string | null {
  return useSyncExternalStore(subscribe, () => reopenErrors.get(operationId) ?? null);
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
