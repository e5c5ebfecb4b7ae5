// Key rotation in the vault service (F3), in Node with the real file store in a temp folder;
// the OS keychain is the only stand-in. While a rotation is pending every unlock path yields the
// current key and, through the sealed pending key, the new one; finishing promotes the new
// key's wraps in one write, after which an old copy of vault.json yields only the old key.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createVaultService,
  openPendingKey,
  unwrapWithPassphrase,
  unwrapWithRecovery,
  vaultFileSchema,
} from '@shared/crypto';
import type { VaultFile, VaultService } from '@shared/crypto';
import { createFileVaultStore, createSafeStorageKeychain } from '../../../src/main/services/vault';
import { safeStorageStandIn } from './safe-storage-stand-in';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'Einsatz Nordstern bleibt geheim';
const NEXT = 'Neue Passphrase für den Winter';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vp-rotation-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup() {
  const safeStorage = safeStorageStandIn();
  const service = createVaultService({
    store: createFileVaultStore(dir),
    keychain: createSafeStorageKeychain(safeStorage, 'linux'),
    now: () => new Date('2026-11-20T10:00:00.000Z'),
    kdfParams: FAST,
  });
  return { service, safeStorage };
}

const readVault = async (): Promise<VaultFile> =>
  vaultFileSchema.parse(JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')));

/** What a session gets at unlock: the key the wraps open and, if pending, the new one. */
async function keysOf(service: VaultService, dataKey: Uint8Array) {
  const { pending } = await service.rotationState();
  return {
    current: dataKey,
    next: pending ? await openPendingKey(pending.vaultId, pending.sealedKey, dataKey) : null,
  };
}

async function createWithKeychain(service: VaultService) {
  return service.create({ passphrase: PASS, useKeychain: true });
}

describe('key rotation in the vault service', () => {
  it('stores every wrap of the new key as pending before returning it; every unlock yields both', async () => {
    const { service } = setup();
    const { dataKey: oldKey, recoveryCode: oldCode } = await createWithKeychain(service);
    const oldFile = await readVault();

    await expect(service.startRotation({ passphrase: NEXT })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect((await readVault()).pending).toBeUndefined();
    expect((await service.rotationState()).pending).toBeNull();

    const { dataKey: newKey, recoveryCode: newCode } = await service.startRotation({
      passphrase: PASS,
    });
    expect(newKey).not.toEqual(oldKey);
    expect(newCode).not.toBe(oldCode);
    const file = await readVault();
    expect(file.pending).toBeDefined();
    // The current slots are untouched until the end: the old secrets still open the vault.
    expect(file.passphrase).toEqual(oldFile.passphrase);
    expect(file.recovery).toEqual(oldFile.recovery);
    expect(file.keychain).toEqual(oldFile.keychain);
    const onDisk = await readFile(join(dir, 'vault.json'), 'utf8');
    expect(onDisk).not.toContain(Buffer.from(newKey).toString('base64'));

    const unlocks = [
      await service.unlock({ method: 'passphrase', passphrase: PASS }),
      await service.unlock({ method: 'recovery', recoveryCode: oldCode }),
      await service.unlock({ method: 'keychain' }),
    ];
    for (const { dataKey } of unlocks) {
      expect(await keysOf(service, dataKey)).toEqual({ current: oldKey, next: newKey });
    }
    // New backups are sealed under the new key, so their header carries its wraps.
    const header = await service.backupHeader();
    expect(await unwrapWithPassphrase(header, PASS)).toEqual(newKey);
    expect(await unwrapWithRecovery(header, newCode)).toEqual(newKey);

    await expect(service.startRotation({ passphrase: PASS })).rejects.toMatchObject({
      code: 'not_allowed',
    });
  });

  it('finishing promotes the new wraps in one write; an old vault.json copy yields only the old key', async () => {
    const { service } = setup();
    const { dataKey: oldKey, recoveryCode: oldCode } = await createWithKeychain(service);
    const oldFile = await readVault();
    const { dataKey: newKey, recoveryCode: newCode } = await service.startRotation({
      passphrase: PASS,
    });

    expect(await service.finishRotation()).toEqual({ finished: true });
    const file = await readVault();
    expect(file.pending).toBeUndefined();
    expect(JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8'))).not.toHaveProperty(
      'pending',
    );
    expect((await service.unlock({ method: 'passphrase', passphrase: PASS })).dataKey).toEqual(
      newKey,
    );
    expect((await service.unlock({ method: 'recovery', recoveryCode: newCode })).dataKey).toEqual(
      newKey,
    );
    expect((await service.unlock({ method: 'keychain' })).dataKey).toEqual(newKey);
    await expect(
      service.unlock({ method: 'recovery', recoveryCode: oldCode }),
    ).rejects.toMatchObject({ code: 'wrong_passphrase' });
    expect((await service.rotationState()).pending).toBeNull();
    expect(await service.finishRotation()).toEqual({ finished: false });

    // The old copy still opens with the old passphrase — to the old key, which opens nothing new.
    const fromOldCopy = await unwrapWithPassphrase(oldFile, PASS);
    expect(fromOldCopy).toEqual(oldKey);
    expect(fromOldCopy).not.toEqual(newKey);
  });

  it('a passphrase, recovery code or keychain change while pending also covers the new key', async () => {
    const { service } = setup();
    await createWithKeychain(service);
    const { dataKey: newKey } = await service.startRotation({ passphrase: PASS });

    await service.changePassphrase({ current: PASS, next: NEXT });
    const { recoveryCode: laterCode } = await service.newRecoveryCode({ passphrase: NEXT });
    // Switching the keychain off while pending leaves it off after the rotation too.
    await service.setKeychain({ enabled: false, passphrase: NEXT });
    // The current key still opens with the new secrets, so the session can resume.
    const byCode = await service.unlock({ method: 'recovery', recoveryCode: laterCode });
    expect((await keysOf(service, byCode.dataKey)).next).toEqual(newKey);

    await service.finishRotation();
    await expect(service.unlock({ method: 'passphrase', passphrase: PASS })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect((await service.unlock({ method: 'passphrase', passphrase: NEXT })).dataKey).toEqual(
      newKey,
    );
    expect((await service.unlock({ method: 'recovery', recoveryCode: laterCode })).dataKey).toEqual(
      newKey,
    );
    expect((await readVault()).keychain).toBeNull();
  });

  it('re-enabling the keychain while pending wraps the new key too; an unavailable keychain is left off', async () => {
    const { service, safeStorage } = setup();
    await createWithKeychain(service);
    safeStorage.state.available = false;
    const { dataKey: newKey } = await service.startRotation({ passphrase: PASS });
    expect((await readVault()).pending?.keychain).toBeNull();
    safeStorage.state.available = true;
    await service.setKeychain({ enabled: true, passphrase: PASS });
    expect((await readVault()).pending?.keychain).not.toBeNull();
    await service.finishRotation();
    expect((await service.unlock({ method: 'keychain' })).dataKey).toEqual(newKey);
  });
});
