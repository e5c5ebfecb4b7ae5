// Detects a silently emptied database: a marker is kept both inside IndexedDB and outside it
// (localStorage). If the outside marker survives but the inside one is gone, the browser or an
// external tool emptied the database and the user must be told instead of seeing a fresh start.
import { newId } from '@shared/domain';
import type { VpDatabase } from './db';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type SentinelState = 'fresh' | 'ok' | 'emptied';

const META_KEY = 'sentinel';

export function sentinelStorageKey(dbName: string): string {
  return `verbundplaner.sentinel.${dbName}`;
}

export async function checkSentinel(
  db: VpDatabase,
  outside: KeyValueStore,
  now: string,
): Promise<SentinelState> {
  const key = sentinelStorageKey(db.name);
  const remembered = outside.getItem(key);
  const row = await db.meta.get(META_KEY);
  const inside = (row?.value as { dbId?: string } | undefined)?.dbId;
  if (inside) {
    if (remembered !== inside) outside.setItem(key, inside);
    return 'ok';
  }
  const dbId = newId();
  await db.meta.put({ key: META_KEY, value: { dbId, createdAt: now } });
  outside.setItem(key, dbId);
  return remembered ? 'emptied' : 'fresh';
}
