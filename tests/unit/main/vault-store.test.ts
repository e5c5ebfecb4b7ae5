// vault.json on disk: written atomically with owner-only permissions, a killed write leaves the
// previous vault intact, a damaged file is an integrity error (never a fresh vault); and the
// safeStorage adapter's view of each platform.
import { chmod, mkdtemp, open, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVaultService } from '@shared/crypto';
import { createFileVaultStore, createSafeStorageKeychain } from '../../../src/main/services/vault';
import { safeStorageStandIn } from './safe-storage-stand-in';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'Einsatz Nordstern bleibt geheim';
const NEXT = 'Neue Passphrase für den Winter';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vp-vault-store-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});
// The store logs failed writes with console.error/warn; expected here, so kept out of the output.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const vaultPath = () => join(dir, 'vault.json');
const serviceOn = (store = createFileVaultStore(dir)) =>
  createVaultService({ store, keychain: null, now: () => new Date(), kdfParams: FAST });

/** A writer that dies like a killed process: half the bytes in the temp file, no rename. */
const dyingWrite = async (path: string, data: string): Promise<void> => {
  const temp = join(dir, `.vault.json.${Date.now().toString(16)}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
  await handle.close();
  throw new Error(`killed while writing ${path}`);
};

describe('file vault store', () => {
  it('returns null when there is no vault.json and creates it with mode 0600', async () => {
    const store = createFileVaultStore(join(dir, 'profile'));
    expect(await store.load()).toBeNull();
    await serviceOn(store).create({ passphrase: PASS, useKeychain: false });
    const info = await stat(join(dir, 'profile', 'vault.json'));
    if (process.platform !== 'win32') {
      expect(info.mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, 'profile'))).mode & 0o777).toBe(0o700);
    }
    expect(await readdir(join(dir, 'profile'))).toEqual(['vault.json']);
  });

  it('makes a vault.json that had become 0644 (and its folder) owner-only on the next write', async () => {
    if (process.platform === 'win32') return;
    await serviceOn().create({ passphrase: PASS, useKeychain: false });
    await chmod(vaultPath(), 0o644);
    await chmod(dir, 0o755);
    await serviceOn().changePassphrase({ current: PASS, next: NEXT });
    expect((await stat(vaultPath())).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('a write killed halfway leaves the previous vault intact and working', async () => {
    const { dataKey } = await serviceOn().create({ passphrase: PASS, useKeychain: false });
    const before = await readFile(vaultPath(), 'utf8');

    const dying = serviceOn(createFileVaultStore(dir, { write: dyingWrite }));
    await expect(dying.changePassphrase({ current: PASS, next: NEXT })).rejects.toMatchObject({
      code: 'io_error',
      message: expect.stringContaining('bisherige Fassung ist unverändert'),
    });
    // The torn temp file is there, as after a crash; vault.json is untouched.
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    expect(await readFile(vaultPath(), 'utf8')).toBe(before);

    const restarted = serviceOn();
    expect((await restarted.unlock({ method: 'passphrase', passphrase: PASS })).dataKey).toEqual(
      dataKey,
    );
    await expect(
      restarted.unlock({ method: 'passphrase', passphrase: NEXT }),
    ).rejects.toMatchObject({ code: 'wrong_passphrase' });
    // The next real write succeeds despite the leftover.
    await restarted.changePassphrase({ current: PASS, next: NEXT });
    expect((await restarted.unlock({ method: 'passphrase', passphrase: NEXT })).dataKey).toEqual(
      dataKey,
    );
  });

  it('a failed counter write does not let the guess through unnoticed', async () => {
    await serviceOn().create({ passphrase: PASS, useKeychain: false });
    const dying = serviceOn(createFileVaultStore(dir, { write: dyingWrite }));
    // The wrong guess is reported as an error either way; it never unlocks.
    await expect(dying.unlock({ method: 'passphrase', passphrase: NEXT })).rejects.toMatchObject({
      code: 'io_error',
    });
  });

  it.each([
    ['garbage', 'das ist kein JSON'],
    ['a truncated file', null],
    ['valid JSON of the wrong shape', '{"format":"verbundplaner-vault","version":1}'],
    ['an unknown version', 'VERSION2'],
    ['an empty file', ''],
  ])(
    'refuses %s as integrity and never replaces it with a fresh vault',
    async (_label, content) => {
      await serviceOn().create({ passphrase: PASS, useKeychain: false });
      const good = await readFile(vaultPath(), 'utf8');
      const damaged =
        content === null
          ? good.slice(0, good.length / 2)
          : content === 'VERSION2'
            ? good.replace('"version": 1', '"version": 2')
            : content;
      await writeFile(vaultPath(), damaged);
      const vault = serviceOn();
      const integrity = { code: 'integrity', message: expect.stringContaining('vault.json') };
      await expect(vault.status()).rejects.toMatchObject(integrity);
      await expect(vault.create({ passphrase: PASS, useKeychain: false })).rejects.toMatchObject(
        integrity,
      );
      await expect(vault.unlock({ method: 'passphrase', passphrase: PASS })).rejects.toMatchObject(
        integrity,
      );
      expect(await readFile(vaultPath(), 'utf8')).toBe(damaged);
    },
  );

  it('refuses an oversized vault.json and a folder in its place', async () => {
    await writeFile(vaultPath(), 'x'.repeat(100 * 1024));
    await expect(createFileVaultStore(dir).load()).rejects.toMatchObject({ code: 'integrity' });
    await rm(vaultPath());
    await import('node:fs/promises').then((fs) => fs.mkdir(vaultPath()));
    await expect(createFileVaultStore(dir).load()).rejects.toMatchObject({ code: 'integrity' });
  });

  it('refuses to save a file that does not match the schema', async () => {
    const store = createFileVaultStore(dir);
    await expect(
      store.save({ format: 'x' } as unknown as Parameters<typeof store.save>[0]),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('safeStorage keychain adapter', () => {
  it.each([
    [
      'linux',
      'gnome_libsecret',
      true,
      { available: true, reason: null, backend: 'gnome_libsecret' },
    ],
    ['linux', 'kwallet6', true, { available: true, reason: null, backend: 'kwallet6' }],
    [
      'linux',
      'basic_text',
      true,
      { available: false, reason: 'basic_text', backend: 'basic_text' },
    ],
    ['linux', 'unknown', true, { available: false, reason: 'unavailable', backend: null }],
    [
      'linux',
      'gnome_libsecret',
      false,
      { available: false, reason: 'unavailable', backend: 'gnome_libsecret' },
    ],
    ['darwin', 'ignored', true, { available: true, reason: null, backend: 'darwin' }],
    ['win32', 'ignored', true, { available: true, reason: null, backend: 'win32' }],
    ['win32', 'ignored', false, { available: false, reason: 'unavailable', backend: 'win32' }],
  ])('on %s with %s (encryption %s) reports %j', (platform, backend, available, expected) => {
    const keychain = createSafeStorageKeychain(
      safeStorageStandIn({ backend, available }),
      platform,
    );
    expect(keychain.status()).toEqual(expected);
  });

  it('treats a safeStorage that throws or lacks the backend query as unavailable', () => {
    const throwing = {
      ...safeStorageStandIn(),
      isEncryptionAvailable: (): boolean => {
        throw new Error('not ready');
      },
    };
    expect(createSafeStorageKeychain(throwing, 'darwin').status().available).toBe(false);
    const { getSelectedStorageBackend: _omit, ...noQuery } = safeStorageStandIn();
    expect(createSafeStorageKeychain(noQuery, 'linux').status()).toMatchObject({
      available: false,
      reason: 'unavailable',
    });
  });

  it('wraps and unwraps a key, and refuses to wrap on basic_text', async () => {
    const storage = safeStorageStandIn();
    const keychain = createSafeStorageKeychain(storage, 'linux');
    const key = crypto.getRandomValues(new Uint8Array(32));
    const wrapped = await keychain.wrap(key);
    expect(wrapped).not.toContain(Buffer.from(key).toString('base64'));
    expect(await keychain.unwrap(wrapped)).toEqual(key);
    storage.state.backend = 'basic_text';
    await expect(keychain.wrap(key)).rejects.toMatchObject({ code: 'unsupported' });
  });
});
