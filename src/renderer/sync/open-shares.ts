// The shared operations open in this window, by operation id: a share lives while the app runs
// and the vault is unlocked (it closes itself on lock), not as long as one view is shown.
import { useSyncExternalStore } from 'react';
import type { SharedOperation, SharedStatus } from './shared-operation';

const shares = new Map<string, SharedOperation>();
/** What went wrong with a kept share: it did not reopen after unlock, or its state could not
 *  be saved (own changes then wait on this machine). Shown in its Gemeinsam part. */
export interface ShareProblem {
  kind: 'reopen' | 'save';
  /** A cause the app knows, shown in the UI's language; `message` (German) then is for logs. */
  reason?: 'identityReplaced' | 'unreadable';
  message: string;
  /** The error itself, for the part to name its cause in the UI's language (share-failure.ts):
   *  its own text is shown only under "Details". */
  error?: unknown;
}
const problems = new Map<string, ShareProblem>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function registerShare(operationId: string, share: SharedOperation): void {
  shares.get(operationId)?.close();
  shares.set(operationId, share);
  problems.delete(operationId);
  share.subscribe(notify);
  notify();
}

/** The share is closed and no longer listed (ended on this machine). */
export function unregisterShare(operationId: string): void {
  shares.get(operationId)?.close();
  shares.delete(operationId);
  problems.delete(operationId);
  notify();
}

export function openShare(operationId: string): SharedOperation | undefined {
  return shares.get(operationId);
}

export function reportShareProblem(operationId: string, problem: ShareProblem): void {
  problems.set(operationId, problem);
  notify();
}

/** A save that succeeded again ends a save problem. */
export function clearShareProblem(operationId: string): void {
  if (problems.delete(operationId)) notify();
}

/** Kept shares that did not reopen for a reason no single operation's part can show: the
 *  list could not be read (none reopened; the error is kept so that its message follows the
 *  language), or records no longer open (how many). */
export type KeptSharesProblem =
  { kind: 'list'; error: unknown } | { kind: 'unreadable'; count: number };
let keptSharesProblem: KeptSharesProblem | null = null;

/** Set by each reopening after unlock; null when it found nothing wrong. */
export function reportKeptSharesProblem(problem: KeptSharesProblem | null): void {
  keptSharesProblem = problem;
  notify();
}

export function useKeptSharesProblem(): KeptSharesProblem | null {
  return useSyncExternalStore(subscribe, () => keptSharesProblem);
}

/** What went wrong with the operation's kept share, or null. */
export function useShareProblem(operationId: string): ShareProblem | null {
  return useSyncExternalStore(subscribe, () => problems.get(operationId) ?? null);
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
