// The desktop vault: vault.json in the user-data folder (atomic writes, never silently replaced)
// and the OS keychain through Electron's safeStorage, plugged into the shared vault service.
import { join } from 'node:path';
import { base64Decode, base64Encode, vaultFileSchema } from '@shared/crypto';
import type { Keychain, KeychainStatus, VaultFile, VaultService, VaultStore } from '@shared/crypto';
import type { Channel } from '@shared/ipc/contract';
import { CodedError } from '@shared/result';
import type { Service } from '../ipc';
import { atomicWriteFile, codeOf, ensurePrivateFolder, readLimited } from './files';

export const VAULT_FILE_NAME = 'vault.json';
// A real vault file is about 1.5 kB; anything near this limit is not ours.
const MAX_VAULT_FILE_BYTES = 64 * 1024;

const corrupted = (): CodedError =>
  new CodedError(
    'integrity',
    'Die Tresordatei (vault.json) ist beschädigt und wurde nicht verändert. Bitte stellen Sie sie aus einer Sicherung wieder her; eine neue Einrichtung würde den Zugang zu den bisherigen Daten verlieren.',
  );

export interface FileVaultStoreOptions {
  /** How the file is written; tests inject a writer that dies halfway. Default: atomic. */
  write?: (path: string, data: string) => Promise<void>;
}

/** vault.json in `dir`. A missing file is "no vault"; a damaged one is an error, never null. */
export function createFileVaultStore(dir: string, options: FileVaultStoreOptions = {}): VaultStore {
  const path = join(dir, VAULT_FILE_NAME);
  // 0o600 on every write, also over an existing 0644 file: the wraps are safe against guessing
  // only as long as Argon2id holds, so nobody else needs to read them.
  const write = options.write ?? ((target, data) => atomicWriteFile(target, data, { mode: 0o600 }));
  return {
    async load(): Promise<VaultFile | null> {
      let bytes: Uint8Array;
      try {
        bytes = await readLimited(path, MAX_VAULT_FILE_BYTES);
      } catch (error) {
        if (codeOf(error) === 'ENOENT') return null;
        if (error instanceof CodedError) throw corrupted(); // too large, or not a file
        console.error('vault load failed', error);
        throw new CodedError('io_error', 'Die Tresordatei konnte nicht gelesen werden.');
      }
      let raw: unknown;
      try {
        raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch {
        throw corrupted();
      }
      const parsed = vaultFileSchema.safeParse(raw);
      if (!parsed.success) throw corrupted();
      return parsed.data;
    },

    async save(file: VaultFile): Promise<void> {
      // Never write what load() would refuse to read back.
      const checked = vaultFileSchema.parse(file);
      try {
        await ensurePrivateFolder(dir);
        await write(path, `${JSON.stringify(checked, null, 2)}\n`);
      } catch (error) {
        console.error('vault save failed', error);
        throw new CodedError(
          'io_error',
          'Die Tresordatei konnte nicht gespeichert werden; die bisherige Fassung ist unverändert.',
        );
      }
    },
  };
}

/** The part of Electron's safeStorage we use, injected so tests can stand in for the OS. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer | Uint8Array;
  decryptString(encrypted: Buffer): string;
  /** Linux only: basic_text, gnome_libsecret, kwallet, kwallet5, kwallet6 or unknown. */
  getSelectedStorageBackend?(): string;
}

const safely = <T>(read: () => T, fallback: T): T => {
  try {
    return read();
  } catch {
    return fallback;
  }
};

/**
 * The OS keychain as the vault sees it. On Linux, `basic_text` means Chromium found no secret
 * service and would "encrypt" with a hard-coded key: that is refused, as is `unknown` (asked
 * before the app was ready). On macOS and Windows the backend is named after the platform.
 */
export function createSafeStorageKeychain(
  safeStorage: SafeStorageLike,
  platform: string,
): Keychain {
  const status = (): KeychainStatus => {
    const available = safely(() => safeStorage.isEncryptionAvailable(), false);
    if (platform === 'darwin' || platform === 'win32') {
      return available
        ? { available: true, reason: null, backend: platform }
        : { available: false, reason: 'unavailable', backend: platform };
    }
    const backend = safely(() => safeStorage.getSelectedStorageBackend?.() ?? 'unknown', 'unknown');
    if (backend === 'basic_text') return { available: false, reason: 'basic_text', backend };
    if (backend === 'unknown') return { available: false, reason: 'unavailable', backend: null };
    if (!available) return { available: false, reason: 'unavailable', backend };
    return { available: true, reason: null, backend };
  };

  return {
    status,
    async wrap(dataKey) {
      if (!status().available) {
        throw new CodedError('unsupported', 'Der Schlüsselbund ist nicht verfügbar.');
      }
      return base64Encode(new Uint8Array(safeStorage.encryptString(base64Encode(dataKey))));
    },
    async unwrap(wrapped) {
      const plain = safeStorage.decryptString(Buffer.from(base64Decode(wrapped)));
      return base64Decode(plain);
    },
  };
}

export type VaultChannel = Extract<Channel, `vault:${string}`>;

/** The vault's channels for main's Services map. */
export function vaultServices(vault: VaultService): { [C in VaultChannel]: Service<C> } {
  return {
    'vault:status': () => vault.status(),
    'vault:create': (request) => vault.create(request),
    'vault:unlock': (request) => vault.unlock(request),
    'vault:changePassphrase': (request) => vault.changePassphrase(request),
    'vault:recover': (request) => vault.recover(request),
    'vault:setKeychain': (request) => vault.setKeychain(request),
    'vault:newRecoveryCode': (request) => vault.newRecoveryCode(request),
    'vault:backupHeader': () => vault.backupHeader(),
    'vault:startRotation': (request) => vault.startRotation(request),
    'vault:rotationState': () => vault.rotationState(),
    'vault:finishRotation': () => vault.finishRotation(),
  };
}
