// What the vault service needs from its host: a store for the vault file and, on the desktop,
// the OS keychain. Main and the web edition each provide their own.
import type { KEYCHAIN_UNAVAILABLE_REASONS } from './vault-api';
import type { VaultFile } from './schemas';

/** Where the vault file lives: vault.json written atomically (desktop) or IndexedDB (web). */
export interface VaultStore {
  /** null when no vault exists; a damaged file is an error, never null. */
  load(): Promise<VaultFile | null>;
  save(file: VaultFile): Promise<void>;
}

export type KeychainUnavailableReason = (typeof KEYCHAIN_UNAVAILABLE_REASONS)[number];
export interface KeychainStatus {
  available: boolean;
  reason: KeychainUnavailableReason | null;
  backend: string | null;
}

/** The OS keychain (Electron safeStorage in main); absent in the browser. */
export interface Keychain {
  status(): KeychainStatus;
  wrap(dataKey: Uint8Array): Promise<string>;
  unwrap(wrapped: string): Promise<Uint8Array>;
}

/** Why the keychain option is refused, in the words the user reads. */
export const KEYCHAIN_REFUSALS: Readonly<Record<KeychainUnavailableReason, string>> = {
  basic_text:
    'Unter Linux steht kein Schlüsselbund zur Verfügung (basic_text); die Passphrase ist erforderlich.',
  unsupported:
    'Hier gibt es keinen Schlüsselbund des Betriebssystems; die Passphrase ist erforderlich.',
  unavailable:
    'Der Schlüsselbund des Betriebssystems ist derzeit nicht verfügbar; die Passphrase ist erforderlich.',
};
