// Record sealing: plain fields stay readable, everything else is sealed and bound to table and
// id, so a ciphertext moved to another row or table fails; legacy plaintext rows pass through.
import { describe, expect, it } from 'vitest';
import {
  encodeValue,
  importAesKey,
  recordAad,
  seal,
  IntegrityError,
  isSealedRow,
  randomBytes,
  sealRecord,
  unsealRecord,
} from '@shared/crypto';

const key = await importAesKey(randomBytes(32));
const plain = ['id', 'rev', 'kind', 'updatedAt'] as const;
const premises = {
  id: 'p-1',
  rev: 3,
  kind: 'restaurant',
  updatedAt: '2026-11-20T10:00:00.000Z',
  name: 'Imbiss Zur Zeche',
  address: { street: 'Zechenstraße 12', postcode: '45127', city: 'Essen' },
  operator: 'Erika Musterfrau',
  phone: '0201 98765432',
  floorPlan: Uint8Array.of(0x25, 0x50, 0x44, 0x46),
};

describe('sealRecord / unsealRecord', () => {
  it('round-trips and leaves only the plain fields readable', async () => {
    const row = await sealRecord(key, 'premises', premises, plain);
    expect(Object.keys(row).sort()).toEqual(['_sealed', 'id', 'kind', 'rev', 'updatedAt']);
    expect(row.kind).toBe('restaurant');
    expect(isSealedRow(row)).toBe(true);
    const raw = new TextDecoder('latin1').decode(row._sealed);
    for (const secret of ['Zeche', 'Musterfrau', '98765432', 'Essen']) {
      expect(raw).not.toContain(secret);
    }
    expect(await unsealRecord(key, 'premises', row)).toEqual(premises);
  });

  it('opens a row sealed with the version-1 encoding (stored before version 2)', async () => {
    const { id, rev, kind, updatedAt, ...secret } = premises;
    const old = {
      id,
      rev,
      kind,
      updatedAt,
      _sealed: await seal(key, encodeValue(secret), recordAad('premises', id)),
    };
    expect(await unsealRecord(key, 'premises', old)).toEqual(premises);
    const withoutBinary = { ...premises, floorPlan: undefined };
    const compact = await sealRecord(key, 'premises', withoutBinary, plain);
    expect(await unsealRecord(key, 'premises', compact)).toEqual({
      ...premises,
      floorPlan: undefined,
    });
  });

  it('always keeps the id plain, even if not listed', async () => {
    const row = await sealRecord(key, 'premises', premises, []);
    expect(Object.keys(row).sort()).toEqual(['_sealed', 'id']);
    expect(await unsealRecord(key, 'premises', row)).toEqual(premises);
  });

  it('fails for a ciphertext moved to another row of the same table', async () => {
    const a = await sealRecord(key, 'premises', premises, plain);
    const b = await sealRecord(key, 'premises', { ...premises, id: 'p-2', name: 'B' }, plain);
    const swapped = { ...b, _sealed: a._sealed };
    await expect(unsealRecord(key, 'premises', swapped)).rejects.toThrow(IntegrityError);
    await expect(unsealRecord(key, 'premises', { ...a, id: 'p-2' })).rejects.toThrow(
      IntegrityError,
    );
  });

  it('fails for a ciphertext moved to another table with the same id', async () => {
    const row = await sealRecord(key, 'premises', premises, plain);
    await expect(unsealRecord(key, 'agencies', row)).rejects.toThrow(IntegrityError);
  });

  it('fails with another key and for a damaged ciphertext', async () => {
    const row = await sealRecord(key, 'premises', premises, plain);
    const other = await importAesKey(randomBytes(32));
    await expect(unsealRecord(other, 'premises', row)).rejects.toThrow(IntegrityError);
    const damaged = new Uint8Array(row._sealed);
    damaged[20] = (damaged[20] ?? 0) ^ 1;
    await expect(unsealRecord(key, 'premises', { ...row, _sealed: damaged })).rejects.toThrow(
      IntegrityError,
    );
    await expect(unsealRecord(key, 'premises', { ...row, _sealed: 'x' })).rejects.toThrow(
      IntegrityError,
    );
  });

  it('passes a legacy plaintext row through unchanged', async () => {
    expect(isSealedRow(premises)).toBe(false);
    expect(await unsealRecord(key, 'premises', premises)).toBe(premises);
  });

  it('refuses a record that already has a _sealed field or no id', async () => {
    const row = await sealRecord(key, 'premises', premises, plain);
    await expect(sealRecord(key, 'premises', row, plain)).rejects.toThrow(TypeError);
    await expect(sealRecord(key, 'premises', { ...premises, id: '' }, plain)).rejects.toThrow(
      TypeError,
    );
  });

  it('seals a fresh ciphertext each time the same record is written', async () => {
    const a = await sealRecord(key, 'premises', premises, plain);
    const b = await sealRecord(key, 'premises', premises, plain);
    expect(a._sealed).not.toEqual(b._sealed);
  });
});
