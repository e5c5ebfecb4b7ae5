import { afterEach, describe, expect, it } from 'vitest';
import {
  createVaultFile,
  deriveSessionKeys,
  encodeValue,
  sealBackup,
  unwrapBackupDataKey,
} from '@shared/crypto';
import {
  contentHash,
  countRecords,
  createBackup,
  replaceDatabase,
  snapshotTables,
  verifyBackup,
} from '../../../src/renderer/data/backup';
import { loadDemo } from '../../../src/renderer/data/demo';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { restoreBackup } from '../../../src/renderer/data/restore';
import { TABLE_NAMES } from '../../../src/renderer/data/schema';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

const FAST_KDF = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

async function vaultAndKeys(passphrase = 'Testpassphrase-lang-genug') {
  const { file, dataKey } = await createVaultFile({
    passphrase,
    now: new Date('2026-11-20T10:00:00Z'),
    kdfParams: FAST_KDF,
  });
  const keys = await deriveSessionKeys(dataKey);
  return { file, keys };
}

describe('encrypted backup and restore', () => {
  it('backup → wipe → restore gives identical counts and content hash', async () => {
    const { file, keys } = await vaultAndKeys();
    t = openTestData(sealingCodec(keys.record));
    await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const before = await snapshotTables(t.store);
    const { bytes, manifest } = await createBackup({
      store: t.store,
      backupKey: keys.backup,
      vault: file,
      appVersion: '0.1.0',
      now: '2026-11-20T12:00:00.000Z',
    });
    expect(manifest.counts).toEqual(countRecords(before));
    expect(manifest.contentHash).toBe(await contentHash(before));

    for (const table of t.db.tables) await table.clear();
    expect(await t.repos.operations.count()).toBe(0);

    const { tables } = await verifyBackup(bytes, keys.backup);
    await replaceDatabase(t.store, tables, {
      actor: 'Test',
      now: '2026-11-20T12:05:00.000Z',
      summary: 'restore',
    });
    const after = await snapshotTables(t.store);
    // The restore itself is audited: one more audit entry, everything else identical.
    const withoutRestoreAudit = {
      ...after,
      audit: after.audit.filter((a) => (a as { action?: string }).action !== 'import'),
    };
    expect(countRecords(withoutRestoreAudit)).toEqual(manifest.counts);
    expect(await contentHash(withoutRestoreAudit)).toBe(manifest.contentHash);
  });

  it('a backup from schema version 1 (before results, exchange and the register) restores', async () => {
    const { file, keys } = await vaultAndKeys();
    t = openTestData(sealingCodec(keys.record));
    await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const now = await snapshotTables(t.store);
    // What version 1 wrote: only its own tables, counted and hashed over them.
    const later = ['results', 'exchange', 'distribution'];
    const v1 = TABLE_NAMES.filter((n) => !later.includes(n));
    expect(v1.length).toBe(TABLE_NAMES.length - later.length);
    const tables = Object.fromEntries(v1.map((n) => [n, now[n]]));
    const manifest = {
      appVersion: '0.1.0',
      schemaVersion: 1,
      createdAt: '2026-11-20T12:00:00.000Z',
      counts: Object.fromEntries(v1.map((n) => [n, now[n].length])),
      contentHash: await contentHash(now, v1),
    };
    const bytes = await sealBackup({
      payload: encodeValue({ tables }),
      manifest,
      vault: file,
      backupKey: keys.backup,
    });
    const verified = await verifyBackup(bytes, keys.backup);
    for (const n of later) expect(verified.tables[n as keyof typeof verified.tables]).toEqual([]);
    expect(verified.tables.operations).toHaveLength(1);
    // A table smuggled in beside the manifest is refused, not restored unchecked.
    const smuggled = await sealBackup({
      payload: encodeValue({ tables: { ...tables, results: [{ id: 'x' }] } }),
      manifest,
      vault: file,
      backupKey: keys.backup,
    });
    await expect(verifyBackup(smuggled, keys.backup)).rejects.toThrow(/nicht im Verzeichnis/);
  });

  it('a one-byte change anywhere in the backup is refused', async () => {
    const { file, keys } = await vaultAndKeys();
    t = openTestData(sealingCodec(keys.record));
    await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const { bytes } = await createBackup({
      store: t.store,
      backupKey: keys.backup,
      vault: file,
      appVersion: '0.1.0',
      now: '2026-11-20T12:00:00.000Z',
    });
    for (const pos of [0, 10, 40, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const tampered = bytes.slice();
      tampered[pos] = (tampered[pos] ?? 0) ^ 0x01;
      await expect(verifyBackup(tampered, keys.backup), `byte ${pos}`).rejects.toMatchObject({});
    }
    await expect(
      verifyBackup(bytes.slice(0, bytes.length - 10), keys.backup),
    ).rejects.toMatchObject({});
    await expect(
      verifyBackup(new TextEncoder().encode('PK\x03\x04 not a backup'), keys.backup),
    ).rejects.toMatchObject({});
    // Nothing was replaced by the refused attempts.
    expect(await t.repos.operations.count()).toBe(1);
  });

  it('restores on a fresh machine with only the passphrase of the backup', async () => {
    const { file, keys } = await vaultAndKeys('Alte-Passphrase-vom-Sommer');
    t = openTestData(sealingCodec(keys.record));
    await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const { bytes, manifest } = await createBackup({
      store: t.store,
      backupKey: keys.backup,
      vault: file,
      appVersion: '0.1.0',
      now: '2026-11-20T12:00:00.000Z',
    });
    await t.db.delete();

    const fresh = await vaultAndKeys('Neue-Passphrase-im-Winter');
    t = openTestData(sealingCodec(fresh.keys.record));
    const { readBackupHeader } = await import('@shared/crypto');
    const header = readBackupHeader(bytes);
    await expect(unwrapBackupDataKey(header, 'falsch-falsch-falsch')).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    // The whole restore as the settings screen runs it (data/restore.ts).
    await restoreBackup({
      store: t.store,
      file: { name: 'alt.vpbak', data: bytes },
      header,
      currentBackupKey: fresh.keys.backup,
      passphrase: 'Alte-Passphrase-vom-Sommer',
      actor: '',
      now: '2026-11-20T12:05:00.000Z',
    });
    expect(await t.repos.operations.count()).toBe(manifest.counts.operations);
    expect((await t.repos.operationQueries.overview()).active[0]?.codeName).toMatch(/DEMO/);
  });
});
