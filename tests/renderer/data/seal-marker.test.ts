// F1: once the seal marker exists, a row without a seal is refused as forged (no silent "legacy"
// acceptance) and unlocking scans nothing; before it, plaintext rows are sealed as before. A
// backup made before the marker existed restores sealed, with the marker, in the same batch.
import { afterEach, describe, expect, it } from 'vitest';
import { createVaultFile, deriveSessionKeys, isSealedRow, type SessionKeys } from '@shared/crypto';
import { newId } from '@shared/domain';
import { createBackup } from '../../../src/renderer/data/backup';
import { VpDatabase } from '../../../src/renderer/data/db';
import { loadDemo } from '../../../src/renderer/data/demo';
import { backupHeaderOf, restoreBackup } from '../../../src/renderer/data/restore';
import { TABLE_NAMES } from '../../../src/renderer/data/schema';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { hasSealMarker, SEAL_MARKER_KEY } from '../../../src/renderer/data/seal/seal-marker';
import { openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { RecordStore, type CommittedChange } from '../../../src/renderer/data/store';
import { openTestData } from '../support/data';
import { testKeys } from '../support/keys';

const dbs: VpDatabase[] = [];
const sessions: DataSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) s.close();
  for (const db of dbs.splice(0)) await db.delete();
});

function outside() {
  const memory = new Map<string, string>();
  return {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
  };
}

async function unlock(dbName: string, keys: SessionKeys, kv = outside()): Promise<DataSession> {
  const session = await openDataSession({ dbName, codec: sealingCodec(keys.record), outside: kv });
  sessions.push(session);
  return session;
}

/** A premises row as an attacker with file access would write it: plaintext, no seal. */
const forgedRow = () => ({
  id: newId(),
  rev: 1,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  kind: 'kiosk',
  name: 'Untergeschobenes Objekt',
});

describe('seal marker (F1)', () => {
  it('after the marker exists, a plaintext row written behind the app is refused', async () => {
    const keys = await testKeys();
    const name = `vp-test-${newId()}`;
    const kv = outside();
    const first = await unlock(name, keys, kv);
    dbs.push(first.db);
    expect(await hasSealMarker(first.db, sealingCodec(keys.record))).toBe(true);
    const forged = forgedRow();
    await first.db.rows('premises').put(forged);

    const refused = { code: 'integrity', message: expect.stringContaining('unverschlüsselter') };
    await expect(first.repos.premises.get(forged.id)).rejects.toMatchObject(refused);
    await expect(first.repos.premises.list()).rejects.toMatchObject(refused);
    await expect(first.store.bulkGet('premises', [forged.id])).rejects.toMatchObject(refused);
    first.close();

    // The next unlock trusts the marker: nothing is scanned, so the forged row is not "migrated"
    // into a sealed one, and it stays refused.
    const second = await unlock(name, keys, kv);
    expect(isSealedRow((await second.db.rows('premises').get(forged.id)) ?? {})).toBe(false);
    await expect(second.repos.premises.get(forged.id)).rejects.toMatchObject(refused);
  });

  it('before the marker, a plaintext row is sealed at unlock and the marker is written', async () => {
    const t = openTestData(); // plaintext, as before the vault existed
    dbs.push(t.db);
    await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const legacy = forgedRow();
    await t.db.rows('premises').put(legacy);
    t.db.close();

    const keys = await testKeys();
    const session = await unlock(t.db.name, keys);
    for (const table of TABLE_NAMES) {
      for (const row of await session.db.rows(table).toArray()) expect(isSealedRow(row)).toBe(true);
    }
    expect((await session.repos.premises.get(legacy.id)).name).toBe('Untergeschobenes Objekt');
    expect(await hasSealMarker(session.db, sealingCodec(keys.record))).toBe(true);
  });

  it('a marker that does not open under the key stops the unlock', async () => {
    const keys = await testKeys();
    const name = `vp-test-${newId()}`;
    const first = await unlock(name, keys);
    dbs.push(first.db);
    const marker = await first.db.meta.get(SEAL_MARKER_KEY);
    first.close();
    const other = await testKeys();
    const db = new VpDatabase(name);
    await db.meta.put({ key: SEAL_MARKER_KEY, value: marker?.value });
    db.close();
    await expect(unlock(name, other)).rejects.toMatchObject({ code: 'integrity' });
  });

  it('a backup made before the marker existed restores sealed, marker included', async () => {
    // A backup of a database whose rows were still plaintext (read without the marker).
    const legacy = openTestData();
    dbs.push(legacy.db);
    const op = await loadDemo(legacy.repos, '2026-11-20T10:00:00.000Z');
    const { file, dataKey } = await createVaultFile({
      passphrase: 'Testpassphrase-lang-genug',
      now: new Date('2026-11-20T10:00:00Z'),
      kdfParams: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
    });
    const keys = await deriveSessionKeys(dataKey);
    const beforeMarker = new RecordStore(legacy.db, sealingCodec(keys.record));
    const plan = await legacy.repos.operations.loadPlan(op.id);
    const { bytes } = await createBackup({
      store: beforeMarker,
      backupKey: keys.backup,
      vault: file,
      appVersion: '0.1.0',
      now: '2026-11-20T12:00:00.000Z',
    });
    const header = backupHeaderOf(bytes);
    if (!header) throw new Error('keine Sicherung');

    // Restored into a database without a marker: sealed, and the marker, in the same batch.
    const target = openTestData(sealingCodec(keys.record));
    dbs.push(target.db);
    await target.db.rows('premises').put(forgedRow()); // replaced by the restore
    const committed: CommittedChange[] = [];
    target.store.subscribe((c) => committed.push(...c));
    await restoreBackup({
      store: target.store,
      file: { name: 'alt.vpbak', data: bytes },
      header,
      currentBackupKey: keys.backup,
      passphrase: null,
      actor: 'Test',
      now: '2026-11-20T12:05:00.000Z',
    });
    for (const table of TABLE_NAMES) {
      for (const row of await target.db.rows(table).toArray()) expect(isSealedRow(row)).toBe(true);
    }
    expect(await hasSealMarker(target.db, sealingCodec(keys.record))).toBe(true);
    expect(target.store.requiresSealedRows).toBe(true);
    expect(await target.repos.operations.loadPlan(op.id)).toEqual(plan);
    // Listeners were told about the row that went away as well as every restored record.
    expect(committed.filter((c) => 'delete' in c)).toHaveLength(1);
    expect(committed.filter((c) => 'put' in c).length).toBeGreaterThan(150);
  });
});
