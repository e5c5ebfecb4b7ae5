import { afterEach, describe, expect, it } from 'vitest';
import { isSealedRow } from '@shared/crypto';
import { loadDemo } from '../../../src/renderer/data/demo';
import {
  countPlaintextRows,
  sealPlaintextRows,
} from '../../../src/renderer/data/seal/seal-plaintext';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { openDataSession } from '../../../src/renderer/data/session';
import { TABLE_NAMES } from '../../../src/renderer/data/schema';
import { RecordStore } from '../../../src/renderer/data/store';
import { openTestData, type TestData } from '../support/data';
import { testKeys } from '../support/keys';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

describe('migration of a plaintext v1 database to the encrypted form', () => {
  it('seals every row in one transaction and keeps every value', async () => {
    t = openTestData(); // plaintext, as written before the vault existed
    const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const before = await t.repos.operations.loadPlan(op.id);
    const plaintextRows = await countPlaintextRows(t.db);
    expect(plaintextRows).toBeGreaterThan(150);

    const keys = await testKeys();
    const codec = sealingCodec(keys.record);
    const progress: number[] = [];
    t.store.setCodec(codec);
    const sealed = await sealPlaintextRows(
      t.store,
      { actor: 'Test', now: '2026-11-21T08:00:00.000Z' },
      (p) => progress.push(p.done),
    );
    expect(sealed).toBe(plaintextRows);
    expect(progress.at(-1)).toBe(plaintextRows);
    expect(await countPlaintextRows(t.db)).toBe(0);
    for (const table of TABLE_NAMES) {
      for (const row of await t.db.rows(table).toArray())
        expect(isSealedRow(row), table).toBe(true);
    }
    expect(await t.repos.operations.loadPlan(op.id)).toEqual(before);
    const migration = (await t.store.all<{ action: string; summary: string }>('audit')).filter(
      (a) => a.action === 'migrate',
    );
    expect(migration).toHaveLength(1);
    expect(migration[0]?.summary).toContain(String(plaintextRows));
  });

  it('opening a session with the vault codec migrates automatically', async () => {
    t = openTestData();
    await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    t.db.close();
    const keys = await testKeys();
    const memory = new Map<string, string>();
    const session = await openDataSession({
      dbName: t.db.name,
      codec: sealingCodec(keys.record),
      outside: { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) },
    });
    expect(await countPlaintextRows(session.db)).toBe(0);
    expect((await session.repos.operationQueries.overview()).active[0]?.codeName).toMatch(/DEMO/);
    session.close();
  });

  it('refuses to overwrite a row that changed while sealing', async () => {
    t = openTestData();
    await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const keys = await testKeys();
    const codec = sealingCodec(keys.record);
    const slow = {
      ...codec,
      encode: async (table: Parameters<typeof codec.encode>[0], record: { id: string }) => {
        if (table === 'operations') await t.db.rows('operations').update(record.id, { rev: 99 });
        return codec.encode(table, record);
      },
    };
    await expect(
      sealPlaintextRows(new RecordStore(t.db, slow), {
        actor: '',
        now: '2026-11-21T08:00:00.000Z',
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    // Nothing was half-written: every row is still plaintext.
    expect(await countPlaintextRows(t.db)).toBeGreaterThan(150);
  });
});
