// The web edition's vault: the same shared vault service as the desktop app, with the vault file
// kept in its own IndexedDB database and no OS keychain (passphrase and recovery code only).
import Dexie, { type Table } from 'dexie';
import type { z } from 'zod';
import {
  createVaultService,
  vaultFileSchema,
  type VaultFile,
  type VaultStore,
} from '@shared/crypto';
import {
  sentinelGetRequestSchema,
  sentinelGetResultSchema,
  sentinelSetRequestSchema,
} from '@shared/ipc/contract';
import type { HostApi } from '@shared/ipc/host-api';
import { CodedError } from '@shared/result';
import { workerKdf } from './kdf-client';
import { toResult } from './envelope';

export const VAULT_DB_NAME = 'verbundplaner-vault';

class VaultDatabase extends Dexie {
  files!: Table<{ key: string; file: unknown }, string>;
  /** The "database emptied" sentinel's copy, beside the vault record (data/sentinel.ts). */
  sentinels!: Table<{ name: string; id: string }, string>;
  constructor(name: string) {
    // Strict: a write is on disk when its transaction completes, which is what both the vault
    // file and the sentinel copy are for (Chromium's default lets it linger in a cache).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ files: '&key' });
    this.version(2).stores({ files: '&key', sentinels: '&name' });
  }
}

/** The sentinel copy in the vault's own database, which is separate from the app data. */
export function browserSentinel(name = VAULT_DB_NAME): HostApi['sentinel'] {
  const db = new VaultDatabase(name);
  return {
    get: (request) =>
      toResult(async () => {
        const { name: key } = parseRequest(sentinelGetRequestSchema, request);
        const row = await db.sentinels.get(key);
        return sentinelGetResultSchema.parse({ id: row?.id ?? null });
      }),
    set: (request) =>
      toResult(async () => {
        const { name: key, id } = parseRequest(sentinelSetRequestSchema, request);
        await db.sentinels.put({ name: key, id });
        return {};
      }),
  };
}

// As main's handle() does: a malformed request is invalid_input, never a thrown ZodError.
function parseRequest<T>(schema: z.ZodType<T>, request: unknown): T {
  const parsed = schema.safeParse(request);
  if (!parsed.success) throw new CodedError('invalid_input', 'Ungültige Anfrage.');
  return parsed.data;
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
    newRecoveryCode: (r) => toResult(() => service.newRecoveryCode(r)),
    backupHeader: () => toResult(() => service.backupHeader()),
    startRotation: (r) => toResult(() => service.startRotation(r)),
    rotationState: () => toResult(() => service.rotationState()),
    finishRotation: () => toResult(() => service.finishRotation()),
  };
}
