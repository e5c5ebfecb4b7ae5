// The one stand-in of the vault tests: the OS keychain behind Electron's safeStorage interface.
// It really encrypts (AES-256-GCM under a key per backend), so a key wrapped under one backend
// cannot be read under another, as with the real keychains.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../../src/main/services/vault';

export interface StandInState {
  backend: string;
  available: boolean;
}

export function safeStorageStandIn(
  initial: Partial<StandInState> = {},
): SafeStorageLike & { state: StandInState } {
  const state: StandInState = {
    backend: initial.backend ?? 'gnome_libsecret',
    available: initial.available ?? true,
  };
  const keyOf = (backend: string): Buffer =>
    createHash('sha256').update(`stand-in keychain/${backend}`).digest();
  return {
    state,
    isEncryptionAvailable: () => state.available,
    getSelectedStorageBackend: () => state.backend,
    encryptString(plainText) {
      if (!state.available) throw new Error('Encryption is not available.');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keyOf(state.backend), iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]);
    },
    decryptString(encrypted) {
      if (!state.available) throw new Error('Decryption is not available.');
      const decipher = createDecipheriv(
        'aes-256-gcm',
        keyOf(state.backend),
        encrypted.subarray(0, 12),
      );
      decipher.setAuthTag(encrypted.subarray(encrypted.length - 16));
      const body = encrypted.subarray(12, encrypted.length - 16);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}
