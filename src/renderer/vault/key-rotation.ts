// Key rotation in the unlocked app (F3): finding a rotation under way at unlock, and completing
// one — re-seal every record under the new key, then let the host promote the new key's wraps.
// The session runs with both keys meanwhile (sealingCodec with a fallback), so reads and writes
// keep working during the rotation and after a crash halfway.
import { openPendingKey } from '@shared/crypto';
import type { HostApi } from '@shared/ipc/host-api';
import { CodedError, type Result } from '@shared/result';
import type { BatchProgress } from '../data/chunked-batch';
import { resealUnderNewKey, type RekeyKeys } from '../data/rekey';
import { sealingCodec } from '../data/sealing-codec';
import type { DataSession } from '../data/session';

export interface RotationProgress {
  status: 'running' | 'failed' | 'done';
  done: number;
  total: number;
  /** Set when status is `failed` (German, from the error). */
  error: string | null;
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new CodedError(result.error.code, result.error.message);
  return result.value;
}

/** The new key of a rotation under way, opened with the key the unlock gave; null if none. */
export async function pendingNewKey(
  host: HostApi,
  dataKey: Uint8Array,
): Promise<Uint8Array | null> {
  const { pending } = valueOf(await host.vault.rotationState());
  if (!pending) return null;
  return openPendingKey(pending.vaultId, pending.sealedKey, dataKey);
}

/**
 * Re-seals what is left and finishes the rotation; returns how many rows this run re-sealed.
 * Promotion happens only after the last row and the seal marker are sealed under the new key.
 */
export async function completeRotation(
  host: HostApi,
  session: DataSession,
  keys: RekeyKeys,
  onProgress: (p: BatchProgress) => void,
  signal?: AbortSignal,
  chunkSize?: number,
): Promise<number> {
  const { userName } = await session.repos.settings.get();
  const count = await resealUnderNewKey(session.store, keys, {
    actor: userName,
    now: () => new Date().toISOString(),
    onProgress,
    signal,
    chunkSize,
  });
  valueOf(await host.vault.finishRotation());
  // The old key is of no use any more; a session closed meanwhile (lock) stays closed.
  if (session.store.isOpen) session.store.setCodec(sealingCodec(keys.record));
  return count;
}
