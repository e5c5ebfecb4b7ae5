// The vault service in Node with the real file store in temp folders; the OS keychain is the
// only stand-in. Create, status, unlock three ways, change passphrase, recover, keychain rules.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVaultService, vaultFileSchema } from '@shared/crypto';
import type { VaultFile } from '@shared/crypto';
import { createFileVaultStore, createSafeStorageKeychain } from '../../../src/main/services/vault';
import { safeStorageStandIn } from './safe-storage-stand-in';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'Einsatz Nordstern bleibt geheim';
const NEXT = 'Neue Passphrase für den Winter';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vp-vault-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(options: { backend?: string; available?: boolean; keychain?: boolean } = {}) {
  const safeStorage = safeStorageStandIn(options);
  const keychain =
    options.keychain === false ? null : createSafeStorageKeychain(safeStorage, 'linux');
  const service = createVaultService({
    store: createFileVaultStore(dir),
    keychain,
    now: () => new Date('2026-11-20T10:00:00.000Z'),
    kdfParams: FAST,
  });
  return { service, safeStorage };
}

const readVault = async (): Promise<VaultFile> =>
  vaultFileSchema.parse(JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')));

describe('vault service', () => {
  it('reports no vault before set-up', async () => {
    const { service } = setup();
    expect(await service.status()).toEqual({
      exists: false,
      keychain: {
        available: true,
        reason: null,
        backend: 'gnome_libsecret',
        enabled: false,
        backendChanged: false,
      },
      throttle: { failedAttempts: 0, retryAfterMs: 0 },
    });
    await expect(service.unlock({ method: 'passphrase', passphrase: PASS })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('creates a vault once and unlocks it with passphrase and recovery code', async () => {
    const { service } = setup();
    const { dataKey, recoveryCode } = await service.create({
      passphrase: PASS,
      useKeychain: false,
    });
    expect(dataKey.byteLength).toBe(32);
    expect((await service.status()).exists).toBe(true);
    expect((await service.status()).keychain.enabled).toBe(false);

    const onDisk = await readFile(join(dir, 'vault.json'), 'utf8');
    expect(onDisk).not.toContain(PASS);
    expect(onDisk).not.toContain(recoveryCode);
    expect(onDisk).not.toContain(Buffer.from(dataKey).toString('base64'));

    const byPass = await service.unlock({ method: 'passphrase', passphrase: PASS });
    expect(byPass.dataKey).toEqual(dataKey);
    const byCode = await service.unlock({
      method: 'recovery',
      recoveryCode: recoveryCode.toLowerCase().replace(/-/g, ' '),
    });
    expect(byCode.dataKey).toEqual(dataKey);

    await expect(service.create({ passphrase: PASS, useKeychain: false })).rejects.toMatchObject({
      code: 'not_allowed',
    });
    expect((await service.unlock({ method: 'passphrase', passphrase: PASS })).dataKey).toEqual(
      dataKey,
    );
  });

  it('says a wrong passphrase is wrong and changes nothing but the counter', async () => {
    const { service } = setup();
    await service.create({ passphrase: PASS, useKeychain: false });
    const before = await readVault();
    await expect(
      service.unlock({ method: 'passphrase', passphrase: 'Einsatz Nordstern bleibt geheim!' }),
    ).rejects.toMatchObject({ code: 'wrong_passphrase', message: 'Die Passphrase ist falsch.' });
    const after = await readVault();
    expect({ ...after, throttle: before.throttle }).toEqual(before);
    expect(after.throttle.failedAttempts).toBe(1);
    await service.unlock({ method: 'passphrase', passphrase: PASS });
    expect((await readVault()).throttle).toEqual({ failedAttempts: 0, lastFailureAt: null });
  });

  it('refuses a too short new passphrase and a malformed recovery code without counting', async () => {
    const { service } = setup();
    await expect(service.create({ passphrase: 'kurz', useKeychain: false })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await service.create({ passphrase: PASS, useKeychain: false });
    await expect(
      service.unlock({ method: 'recovery', recoveryCode: 'ABCD-EFGH-1234' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await service.status()).throttle.failedAttempts).toBe(0);
  });

  it('changes the passphrase: the old one fails, the new one opens the same key', async () => {
    const { service } = setup();
    const { dataKey, recoveryCode } = await service.create({
      passphrase: PASS,
      useKeychain: false,
    });
    const saltBefore = (await readVault()).passphrase.kdf.salt;
    await expect(service.changePassphrase({ current: NEXT, next: NEXT })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect(await service.changePassphrase({ current: PASS, next: NEXT })).toEqual({});
    expect((await readVault()).passphrase.kdf.salt).not.toBe(saltBefore);
    await expect(service.unlock({ method: 'passphrase', passphrase: PASS })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect((await service.unlock({ method: 'passphrase', passphrase: NEXT })).dataKey).toEqual(
      dataKey,
    );
    expect((await service.unlock({ method: 'recovery', recoveryCode })).dataKey).toEqual(dataKey);
    expect((await service.status()).throttle.failedAttempts).toBe(0);
  });

  it('recovers with the recovery code: a new passphrase, the same data key', async () => {
    const { service } = setup();
    const { dataKey, recoveryCode } = await service.create({
      passphrase: PASS,
      useKeychain: false,
    });
    await expect(
      service.recover({
        recoveryCode: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789',
        newPassphrase: NEXT,
      }),
    ).rejects.toMatchObject({ code: 'wrong_passphrase' });
    const recovered = await service.recover({ recoveryCode, newPassphrase: NEXT });
    expect(recovered.dataKey).toEqual(dataKey);
    await expect(service.unlock({ method: 'passphrase', passphrase: PASS })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect((await service.unlock({ method: 'passphrase', passphrase: NEXT })).dataKey).toEqual(
      dataKey,
    );
  });

  it('replaces the recovery code: the old one stops working, the new one opens the same key (F3)', async () => {
    const { service } = setup();
    const { dataKey, recoveryCode: old } = await service.create({
      passphrase: PASS,
      useKeychain: false,
    });
    const before = await readVault();
    // The passphrase proves who asks, and a wrong one is counted like any other attempt.
    await expect(service.newRecoveryCode({ passphrase: NEXT })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect((await readVault()).recovery).toEqual(before.recovery);
    expect((await service.status()).throttle.failedAttempts).toBe(1);

    const { recoveryCode } = await service.newRecoveryCode({ passphrase: PASS });
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(recoveryCode).not.toBe(old);
    const after = await readVault();
    expect(after.recovery.kdf.salt).not.toBe(before.recovery.kdf.salt);
    expect(after.passphrase).toEqual(before.passphrase);
    expect(after.throttle.failedAttempts).toBe(0);
    await expect(service.unlock({ method: 'recovery', recoveryCode: old })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect((await service.unlock({ method: 'recovery', recoveryCode })).dataKey).toEqual(dataKey);
    // New backups carry the new wrap, so the old code opens no backup made from now on.
    expect((await service.backupHeader()).recovery).toEqual(after.recovery);
  });

  it('unlocks with the keychain when enabled at set-up and on the same backend', async () => {
    const { service } = setup();
    const { dataKey } = await service.create({ passphrase: PASS, useKeychain: true });
    const file = await readVault();
    expect(file.keychain?.backend).toBe('gnome_libsecret');
    expect((await service.status()).keychain).toMatchObject({
      enabled: true,
      backendChanged: false,
    });
    expect((await service.unlock({ method: 'keychain' })).dataKey).toEqual(dataKey);
  });

  it('refuses keychain unlock when it was never enabled', async () => {
    const { service } = setup();
    await service.create({ passphrase: PASS, useKeychain: false });
    await expect(service.unlock({ method: 'keychain' })).rejects.toMatchObject({
      code: 'not_allowed',
    });
  });

  it('refuses the keychain on Linux with basic_text and says why', async () => {
    const { service } = setup({ backend: 'basic_text' });
    const status = await service.status();
    expect(status.keychain).toMatchObject({ available: false, reason: 'basic_text' });
    const why =
      'Unter Linux steht kein Schlüsselbund zur Verfügung (basic_text); die Passphrase ist erforderlich.';
    await expect(service.create({ passphrase: PASS, useKeychain: true })).rejects.toMatchObject({
      code: 'unsupported',
      message: why,
    });
    expect((await service.status()).exists).toBe(false);

    await service.create({ passphrase: PASS, useKeychain: false });
    // Refused before the passphrase is even checked: a wrong one is not counted either.
    for (const passphrase of [PASS, 'falsch falsch falsch']) {
      await expect(service.setKeychain({ enabled: true, passphrase })).rejects.toMatchObject({
        code: 'unsupported',
        message: why,
      });
    }
    expect((await readVault()).keychain).toBeNull();
    expect((await service.status()).throttle.failedAttempts).toBe(0);
  });

  it('on a backend change asks for the passphrase and never overwrites the keychain slot', async () => {
    const { service, safeStorage } = setup();
    const { dataKey } = await service.create({ passphrase: PASS, useKeychain: true });
    const slotBefore = (await readVault()).keychain;

    safeStorage.state.backend = 'kwallet5';
    expect((await service.status()).keychain).toEqual({
      available: true,
      reason: null,
      backend: 'kwallet5',
      enabled: true,
      backendChanged: true,
    });
    await expect(service.unlock({ method: 'keychain' })).rejects.toMatchObject({
      code: 'not_allowed',
      message: expect.stringContaining('mit der Passphrase entsperren'),
    });
    expect((await readVault()).keychain).toEqual(slotBefore);

    expect((await service.unlock({ method: 'passphrase', passphrase: PASS })).dataKey).toEqual(
      dataKey,
    );
    expect((await readVault()).keychain).toEqual(slotBefore);

    await expect(
      service.setKeychain({ enabled: true, passphrase: 'nicht die Passphrase' }),
    ).rejects.toMatchObject({ code: 'wrong_passphrase' });
    expect((await readVault()).keychain).toEqual(slotBefore);

    const status = await service.setKeychain({ enabled: true, passphrase: PASS });
    expect(status.keychain).toMatchObject({
      enabled: true,
      backendChanged: false,
      backend: 'kwallet5',
    });
    expect((await readVault()).keychain?.backend).toBe('kwallet5');
    expect((await service.unlock({ method: 'keychain' })).dataKey).toEqual(dataKey);
  });

  it('disables the keychain with the passphrase, even when the keychain is unavailable', async () => {
    const { service, safeStorage } = setup();
    await service.create({ passphrase: PASS, useKeychain: true });
    safeStorage.state.available = false;
    await expect(service.unlock({ method: 'keychain' })).rejects.toMatchObject({
      code: 'unsupported',
    });
    const status = await service.setKeychain({ enabled: false, passphrase: PASS });
    expect(status.keychain).toMatchObject({
      enabled: false,
      available: false,
      reason: 'unavailable',
    });
    expect((await readVault()).keychain).toBeNull();
  });

  it('reports a keychain that cannot decrypt as integrity, not as a wrong key', async () => {
    const { service } = setup();
    await service.create({ passphrase: PASS, useKeychain: true });
    const file = await readVault();
    const broken = { ...file, keychain: { backend: 'gnome_libsecret', wrapped: 'AAAA' } };
    await createFileVaultStore(dir).save(broken);
    await expect(service.unlock({ method: 'keychain' })).rejects.toMatchObject({
      code: 'integrity',
    });
  });

  it('works without any keychain (the web edition) and hands out the backup header', async () => {
    const { service } = setup({ keychain: false });
    expect((await service.status()).keychain).toMatchObject({
      available: false,
      reason: 'unsupported',
      backend: null,
    });
    await expect(service.create({ passphrase: PASS, useKeychain: true })).rejects.toMatchObject({
      code: 'unsupported',
    });
    await service.create({ passphrase: PASS, useKeychain: false });
    const header = await service.backupHeader();
    const file = await readVault();
    expect(header).toEqual({
      vaultId: file.vaultId,
      passphrase: file.passphrase,
      recovery: file.recovery,
    });
  });
});
