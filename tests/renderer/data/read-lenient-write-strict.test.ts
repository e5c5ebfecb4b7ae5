// Limits (issue 12, item 5): repositories refuse values beyond today's limits, while records
// stored before a limit was tightened still load, list, restore from a backup and keep their
// other fields editable. The over-long record is written behind the app's back (straight
// through the store, which does not validate), sealed as the vault stores it.
import { afterEach, describe, expect, it } from 'vitest';
import { createVaultFile, deriveSessionKeys } from '@shared/crypto';
import { hasUpperBound, LIMITS, type Operation, type Participation } from '@shared/domain';
import { createBackup, replaceDatabase, verifyBackup } from '../../../src/renderer/data/backup';
import { ValidationError } from '../../../src/renderer/data/repositories/base';
import { TABLE_NAMES, TABLE_SCHEMAS, TABLES } from '../../../src/renderer/data/schema';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { makeOperation } from '../../support/factories';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

const FAST_KDF = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
const LONG = 'Ü'.repeat(5_000);

async function sealedData() {
  const { file, dataKey } = await createVaultFile({
    passphrase: 'Testpassphrase-lang-genug',
    now: new Date('2026-11-20T10:00:00Z'),
    kdfParams: FAST_KDF,
  });
  const keys = await deriveSessionKeys(dataKey);
  t = openTestData(sealingCodec(keys.record));
  return { file, keys };
}

/** Stores a plan whose code name is 5 000 characters long, as an older version could have. */
async function storeOverLongPlan(): Promise<Operation> {
  const op = await t.repos.operations.create(makeOperation());
  const old = { ...op, codeName: LONG, rev: op.rev + 1 };
  await t.store.commit([{ table: 'operations', put: old }]);
  return old;
}

describe('write schemas hold the field limits', () => {
  const op = makeOperation();
  const write = TABLES.operations.schema;

  it('a code name has at most 40 characters, a title at most 200', () => {
    expect(write.safeParse({ ...op, codeName: 'A'.repeat(LIMITS.codeName) }).success).toBe(true);
    expect(write.safeParse({ ...op, codeName: 'A'.repeat(LIMITS.codeName + 1) }).success).toBe(
      false,
    );
    expect(write.safeParse({ ...op, title: 'T'.repeat(200) }).success).toBe(true);
    expect(write.safeParse({ ...op, title: 'T'.repeat(201) }).success).toBe(false);
  });

  it('strengths are whole numbers from 0 to 2 000', () => {
    const p = TABLES.participations.schema;
    const base: Participation = {
      id: 'p1',
      createdAt: op.createdAt,
      updatedAt: op.updatedAt,
      rev: 1,
      operationId: op.id,
      agencyId: 'a1',
      role: 'support',
      tasks: '',
      legalBasis: '',
      requestedStrength: 4,
      vehicles: [],
      specialEquipment: '',
      liaison: { contactId: null, name: '', function: '', phone: '', mobile: '', email: '' },
      confirmation: {
        status: 'requested',
        confirmedStrength: null,
        by: '',
        at: op.createdAt,
        via: null,
        comment: '',
        recordedBy: '',
      },
      history: [],
    };
    expect(p.safeParse(base).success).toBe(true);
    for (const n of [0, 2_000])
      expect(p.safeParse({ ...base, requestedStrength: n }).success).toBe(true);
    for (const n of [-5, 2_001, 99_999, 1.5]) {
      expect(p.safeParse({ ...base, requestedStrength: n }).success, String(n)).toBe(false);
      expect(p.safeParse({ ...base, actualStrength: n }).success, String(n)).toBe(false);
    }
    // Read leniently: a request stored under the old limit (10 000) still loads …
    expect(
      TABLES.participations.readSchema.safeParse({ ...base, requestedStrength: 9_000 }).success,
    ).toBe(true);
    // … but a negative or fractional one was never valid and is not now.
    expect(
      TABLES.participations.readSchema.safeParse({ ...base, requestedStrength: -5 }).success,
    ).toBe(false);
  });

  it('every table is read without upper bounds, and restore uses the read schemas', () => {
    for (const name of TABLE_NAMES) {
      expect(hasUpperBound(TABLES[name].readSchema), name).toBe(false);
      expect(TABLE_SCHEMAS[name], name).toBe(TABLES[name].readSchema);
    }
    expect(hasUpperBound(TABLES.operations.schema)).toBe(true);
    // Shapes stay strict when read: an unknown field or a wrong type is still refused.
    const read = TABLES.operations.readSchema;
    expect(read.safeParse({ ...op, codeName: LONG }).success).toBe(true);
    expect(read.safeParse({ ...op, codeName: LONG, extra: 1 }).success).toBe(false);
    expect(read.safeParse({ ...op, hHour: '11.12.2026 20:00' }).success).toBe(false);
  });
});

describe('a plan stored with a 5 000-character code name', () => {
  it('loads and is listed, unchanged', async () => {
    await sealedData();
    const old = await storeOverLongPlan();
    expect((await t.repos.operations.get(old.id)).codeName).toBe(LONG);
    const { active } = await t.repos.operationQueries.overview();
    expect(active.map((o) => o.codeName)).toEqual([LONG]);
  });

  it('keeps its other fields editable but takes a new code name only within the limit', async () => {
    await sealedData();
    const old = await storeOverLongPlan();
    const titled = await t.repos.operations.update(old.id, (o) => ({ ...o, title: 'Neu' }));
    expect(titled).toMatchObject({ title: 'Neu', codeName: LONG });

    const shorter = LONG.slice(0, 4_000);
    await expect(
      t.repos.operations.update(old.id, (o) => ({ ...o, codeName: shorter })),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await t.repos.operations.get(old.id)).codeName).toBe(LONG);

    const fits = await t.repos.operations.update(old.id, (o) => ({ ...o, codeName: 'KURZ' }));
    expect(fits.codeName).toBe('KURZ');
  });

  it('a new plan cannot be created with it', async () => {
    await sealedData();
    await expect(
      t.repos.operations.create(makeOperation({ codeName: LONG })),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await t.repos.operations.count()).toBe(0);
  });

  it('restores from a backup that holds it', async () => {
    const { file, keys } = await sealedData();
    const old = await storeOverLongPlan();
    const { bytes } = await createBackup({
      store: t.store,
      backupKey: keys.backup,
      vault: file,
      appVersion: '0.1.0',
      now: '2026-11-20T12:00:00.000Z',
    });
    for (const table of t.db.tables) await table.clear();
    const { tables } = await verifyBackup(bytes, keys.backup);
    await replaceDatabase(t.store, tables, {
      actor: 'Test',
      now: '2026-11-20T12:05:00.000Z',
      summary: 'restore',
    });
    expect((await t.repos.operations.get(old.id)).codeName).toBe(LONG);
  });
});
