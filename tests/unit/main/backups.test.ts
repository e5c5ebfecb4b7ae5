// The backup folder kept by main: store/list/read on the real file system, pruning of automatic
// backups (manual ones are never deleted), and names from the renderer that try to escape.
import { chmod, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVaultFile, deriveSessionKeys, sealBackup, sha256Hex } from '@shared/crypto';
import { backupFileName, createBackupService } from '../../../src/main/services/backups';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
let backup: Uint8Array;
beforeAll(async () => {
  const vault = await createVaultFile({
    passphrase: 'Sicherung im Revier 2026',
    now: new Date(),
    kdfParams: FAST,
  });
  const keys = await deriveSessionKeys(vault.dataKey);
  const payload = new TextEncoder().encode('{"operations":[]}');
  backup = await sealBackup({
    payload,
    manifest: {
      appVersion: '0.2.0',
      schemaVersion: 2,
      createdAt: '2026-11-20T12:05:00.000Z',
      counts: { operations: 0 },
      contentHash: await sha256Hex(payload),
    },
    vault: vault.file,
    backupKey: keys.backup,
  });
});

let root: string;
let dir: string;
let clock: number;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vp-backups-'));
  dir = join(root, 'backups');
  clock = Date.parse('2026-11-20T12:05:00.000Z');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

const service = (keep?: number) =>
  createBackupService({
    dir,
    keep: keep === undefined ? undefined : () => keep,
    now: () => new Date(clock),
  });

describe('backup service', () => {
  it('names files by UTC time and reason', () => {
    expect(backupFileName(new Date('2026-03-29T01:59:59.999Z'), 'lock')).toBe(
      'verbundplaner-20260329T015959Z-lock.vpbak',
    );
  });

  it('stores, lists and reads a backup with owner-only permissions', async () => {
    const backups = service();
    const info = await backups.store(backup, 'manual');
    expect(info).toEqual({
      name: 'verbundplaner-20261120T120500Z-manual.vpbak',
      createdAt: '2026-11-20T12:05:00.000Z',
      size: backup.byteLength,
      reason: 'manual',
    });
    expect(await backups.list()).toEqual([info]);
    const read = await backups.read(info.name);
    expect(read.name).toBe(info.name);
    expect(Buffer.from(read.data).equals(backup)).toBe(true);
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, info.name))).mode & 0o777).toBe(0o600);
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
    }
  });

  it('lists newest first and ignores foreign files, temp files, folders and links', async () => {
    const backups = service();
    await backups.store(backup, 'daily');
    clock += 60_000;
    await backups.store(backup, 'lock');
    clock += 60_000;
    await backups.store(backup, 'manual');
    await writeFile(join(dir, 'notizen.txt'), 'x');
    await writeFile(join(dir, '.verbundplaner-20261120T130000Z-lock.vpbak.ab12.tmp'), 'x');
    await mkdir(join(dir, 'verbundplaner-20261120T140000Z-lock.vpbak'));
    await symlink(join(root, 'elsewhere'), join(dir, 'verbundplaner-20261120T150000Z-lock.vpbak'));
    expect((await backups.list()).map((b) => [b.createdAt, b.reason])).toEqual([
      ['2026-11-20T12:07:00.000Z', 'manual'],
      ['2026-11-20T12:06:00.000Z', 'lock'],
      ['2026-11-20T12:05:00.000Z', 'daily'],
    ]);
  });

  it('never replaces a backup: the same reason in the same second gets the next number', async () => {
    const backups = service();
    const payloads = [backup, Uint8Array.from([...backup, 0]), Uint8Array.from([...backup, 1])];
    const infos = [];
    for (const data of payloads) infos.push(await backups.store(data, 'lock'));
    expect(infos.map((i) => i.name)).toEqual([
      'verbundplaner-20261120T120500Z-lock.vpbak',
      'verbundplaner-20261120T120500Z-lock-2.vpbak',
      'verbundplaner-20261120T120500Z-lock-3.vpbak',
    ]);
    for (const [i, data] of payloads.entries()) {
      const name = infos[i]?.name ?? '';
      expect(Buffer.from((await backups.read(name)).data).equals(data)).toBe(true);
    }
    // Newest first also within one second, and pruning keeps the later ones.
    expect((await backups.list()).map((b) => b.name)).toEqual(infos.map((i) => i.name).reverse());
    await service(2).store(backup, 'lock');
    expect((await service().list()).map((b) => b.name)).toEqual([
      'verbundplaner-20261120T120500Z-lock-4.vpbak',
      'verbundplaner-20261120T120500Z-lock-3.vpbak',
    ]);
  });

  it('makes an existing, wider backup folder owner-only', async () => {
    if (process.platform === 'win32') return;
    await mkdir(dir, { mode: 0o755 });
    await chmod(dir, 0o755);
    await service().store(backup, 'manual');
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('returns an empty list before the first backup', async () => {
    expect(await service().list()).toEqual([]);
  });

  it('keeps the newest N automatic backups and every manual one', async () => {
    const backups = service(3);
    const reasons = ['manual', 'daily', 'lock', 'lock', 'manual', 'daily', 'lock', 'lock'] as const;
    for (const reason of reasons) {
      await backups.store(backup, reason);
      clock += 3_600_000;
    }
    const listed = await backups.list();
    expect(listed.map((b) => b.reason)).toEqual(['lock', 'lock', 'daily', 'manual', 'manual']);
    expect(listed.map((b) => b.createdAt.slice(11, 13))).toEqual(['19', '18', '17', '16', '12']);
    expect((await readdir(dir)).sort()).toEqual(listed.map((b) => b.name).sort());
  });

  it('keeps 10 automatic backups by default and at least one', async () => {
    const backups = service();
    for (let i = 0; i < 12; i++) {
      await backups.store(backup, 'daily');
      clock += 86_400_000;
    }
    expect(await backups.list()).toHaveLength(10);
    const one = service(0);
    await one.store(backup, 'lock');
    expect((await one.list()).filter((b) => b.reason !== 'manual')).toHaveLength(1);
  });

  it('refuses to store anything that is not a Verbundplaner backup', async () => {
    const backups = service();
    await expect(backups.store(new TextEncoder().encode('hallo'), 'manual')).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(readdir(dir)).rejects.toThrow(); // not even the folder was created
  });

  it('refuses a backup over the size limit, on store and on read', async () => {
    const small = createBackupService({ dir, now: () => new Date(clock), maxBytes: 100 });
    await expect(small.store(backup, 'manual')).rejects.toMatchObject({ code: 'too_large' });
    const info = await service().store(backup, 'manual');
    await expect(small.read(info.name)).rejects.toMatchObject({ code: 'too_large' });
  });

  it.each([
    '../vault.json',
    '../../etc/passwd',
    '/etc/passwd',
    'verbundplaner-20261120T120500Z-manual.vpbak/../../vault.json',
    '..%2fvault.json',
    'verbundplaner-20261120T120500Z-manual.vpbak\0',
    'verbundplaner-20261120T120500Z-manual.vpbak\n',
    'VERBUNDPLANER-20261120T120500Z-manual.vpbak',
    'verbundplaner-20261120T120500Z-other.vpbak',
    'verbundplaner-20261120T120500Z-lock-1.vpbak',
    'verbundplaner-20261120T120500Z-lock-02.vpbak',
    'verbundplaner-20261120T120500Z-lock-1000.vpbak',
    'verbundplaner-20261399T999999Z-manual.vpbak',
    '.verbundplaner-20261120T120500Z-manual.vpbak',
    'C:\\Windows\\verbundplaner-20261120T120500Z-manual.vpbak',
    '',
  ])('refuses the name %j before touching the file system', async (name) => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(root, 'vault.json'), 'geheim');
    await expect(service().read(name)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('reports a missing backup and a planted link as not found', async () => {
    const backups = service();
    await expect(backups.read('verbundplaner-20261120T120500Z-manual.vpbak')).rejects.toMatchObject(
      {
        code: 'not_found',
      },
    );
    await mkdir(dir, { recursive: true });
    await writeFile(join(root, 'vault.json'), 'geheim');
    await symlink(join(root, 'vault.json'), join(dir, 'verbundplaner-20261120T120500Z-lock.vpbak'));
    await expect(backups.read('verbundplaner-20261120T120500Z-lock.vpbak')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
