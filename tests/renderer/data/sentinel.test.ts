import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';
import { checkSentinel, type KeyValueStore } from '../../../src/renderer/data/sentinel';
import { requestPersistentStorage } from '../../../src/renderer/data/persist';

const NOW = '2026-11-20T10:00:00.000Z';
const memory = (): KeyValueStore & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
};

let db: VpDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('empty-database sentinel', () => {
  it('a first start is fresh, later starts are ok', async () => {
    db = new VpDatabase(`s-${newId()}`);
    const kv = memory();
    expect(await checkSentinel(db, kv, NOW)).toBe('fresh');
    expect(await checkSentinel(db, kv, NOW)).toBe('ok');
  });

  it('reports a database that was emptied behind our back', async () => {
    const name = `s-${newId()}`;
    db = new VpDatabase(name);
    const kv = memory();
    await checkSentinel(db, kv, NOW);
    await db.delete();
    db = new VpDatabase(name);
    expect(await checkSentinel(db, kv, NOW)).toBe('emptied');
    // Once reported, the new database carries its own marker.
    expect(await checkSentinel(db, kv, NOW)).toBe('ok');
  });
});

describe('persistent storage request', () => {
  it('reports unsupported, granted and denied', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    const granted = { persisted: async () => false, persist: async () => true };
    expect(await requestPersistentStorage(granted)).toBe('persisted');
    const denied = { persisted: async () => false, persist: async () => false };
    expect(await requestPersistentStorage(denied)).toBe('denied');
  });
});
