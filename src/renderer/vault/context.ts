// What the unlocked app can ask of the vault: lock it, and the session keys for backups.
import { createContext, useContext } from 'react';
import type { SessionKeys } from '@shared/crypto';
import type { RotationProgress } from './key-rotation';

export type LockReason = 'manual' | 'idle';

export interface VaultControl {
  keys: SessionKeys;
  lock(reason: LockReason): void;
  /** Re-reads the vault status (after changing keychain settings). */
  refreshStatus(): void;
  /** The key rotation of this session (F3), or null when none ran since the unlock. */
  rotation: RotationProgress | null;
  /** Re-seals everything under the new data key that `vault.startRotation` returned. */
  rotateKey(newKey: Uint8Array): Promise<void>;
}

export const VaultContext = createContext<VaultControl | null>(null);

export function useVault(): VaultControl {
  const v = useContext(VaultContext);
  if (!v) throw new Error('VaultContext fehlt');
  return v;
}
