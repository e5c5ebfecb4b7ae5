// The web edition's vault: the same shared vault service as the desktop app, with the vault file
// kept in its own IndexedDB database and no OS keychain (passphrase and recovery code only).
import Dexie, { type Table } from 'dexie';
import {
  createVaultService,
  vaultFileSchema,
  type VaultFile,
  type VaultStore,
} from '@shared/crypto';
import type { HostApi } from '@shared/ipc/host-api';
import { CodedError } from '@shared/result';
import { workerKdf } from '../vault/kdf-client';
import { toResult } from './envelope';

export const VAULT_DB_NAME = 'verbundplaner-vault';

class VaultDatabase extends Dexie {
  files!: Table<{ key: string; file: unknown }, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ files: '&key' });
  }
}

export function indexedDbVaultStore(name = VAULT_DB_NAME): VaultStore {
  const db = new VaultDatabase(name);
  return {
    async load(): Promise<VaultFile | null> {
      const row = await db.files.get('vault');
      if (!row) return null;
      const parsed = vaultFileSchema.safeParse(row.file);
      if (!parsed.success) {
        throw new CodedError(
          'integrity',
          'Die Tresordatei ist beschädigt. Bitte eine Sicherung wiederherstellen.',
        );
      }
      return parsed.data;
    },
    async save(file: VaultFile): Promise<void> {
      await db.files.put({ key: 'vault', file });
    },
  };
}

export function browserVault(store: VaultStore = indexedDbVaultStore()): HostApi['vault'] {
  const service = createVaultService({
    store,
    keychain: null,
    now: () => new Date(),
    kdf: workerKdf,
  });
  return {
    status: () => toResult(() => service.status()),
    create: (r) => toResult(() => service.create(r)),
    unlock: (r) => toResult(() => service.unlock(r)),
    changePassphrase: (r) => toResult(async () => (await service.changePassphrase(r), {})),
    recover: (r) => toResult(() => service.recover(r)),
    setKeychain: (r) => toResult(() => service.setKeychain(r)),
    backupHeader: () => toResult(() => service.backupHeader()),
  };
}
