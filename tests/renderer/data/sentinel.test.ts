// The "database emptied" sentinel: inside marker plus a copy outside the app database, which
// must be durable at once so a deletion after an early crash is still noticed.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';
import {
  checkSentinel,
  hostSentinelCopy,
  type KeyValueStore,
} from '../../../src/renderer/data/sentinel';
import { browserSentinel } from '../../../src/renderer/host/browser-vault';
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

describe('sentinel copy beside the vault record (F8)', () => {
  const copyIn = (vaultDb: string) => hostSentinelCopy({ sentinel: browserSentinel(vaultDb) });

  it('a database deleted after a crash right after the first start is reported', async () => {
    const name = `s-${newId()}`;
    const vaultDb = `v-${newId()}`;
    db = new VpDatabase(name);
    expect(await checkSentinel(db, copyIn(vaultDb), NOW)).toBe('fresh');
    // The crash: nothing that was still waiting to be flushed (localStorage) reaches disk, and
    // every object in memory is gone. Then something deletes the app database.
    localStorage.clear();
    db.close();
    await Dexie.delete(name);
    // The next start opens everything afresh.
    db = new VpDatabase(name);
    expect(await checkSentinel(db, copyIn(vaultDb), NOW)).toBe('emptied');
    expect(await checkSentinel(db, copyIn(vaultDb), NOW)).toBe('ok');
    await Dexie.delete(vaultDb);
  });

  it('fills the durable copy for a database that only had the old localStorage copy', async () => {
    const name = `s-${newId()}`;
    const vaultDb = `v-${newId()}`;
    db = new VpDatabase(name);
    await checkSentinel(db, memory(), NOW);
    expect(await checkSentinel(db, copyIn(vaultDb), NOW)).toBe('ok');
    db.close();
    await Dexie.delete(name);
    db = new VpDatabase(name);
    expect(await checkSentinel(db, copyIn(vaultDb), NOW)).toBe('emptied');
    await Dexie.delete(vaultDb);
  });

  it('an unreadable copy never keeps the user out', async () => {
    db = new VpDatabase(`s-${newId()}`);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = {
      getItem: async () => Promise.reject(new Error('io')),
      setItem: async () => Promise.reject(new Error('io')),
    };
    expect(await checkSentinel(db, broken, NOW)).toBe('fresh');
    vi.restoreAllMocks();
  });

  it('the browser copy refuses hostile names like main does', async () => {
    const sentinel = browserSentinel(`v-${newId()}`);
    expect(await sentinel.set({ name: '__proto__', id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
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
