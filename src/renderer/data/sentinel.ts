// Detects a silently emptied database: a marker is kept both inside the app's IndexedDB database
// and outside it. If the outside copy survives but the inside marker is gone, the browser or an
// external tool emptied the database and the user must be told instead of seeing a fresh start.
// The outside copy lives beside the vault record (hostSentinelCopy): localStorage reaches disk
// only seconds after a write, so a crash soon after the first start used to lose it and a
// deleted database then looked like a first start.
import { newId } from '@shared/domain';
import type { HostApi } from '@shared/ipc/host-api';
import { CodedError } from '@shared/result';
import type { VpDatabase } from './db';

/** Where the outside copy is kept; sync (localStorage in tests) or async (the host). */
export interface KeyValueStore {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
}

export type SentinelState = 'fresh' | 'ok' | 'emptied';

const META_KEY = 'sentinel';

export function sentinelStorageKey(dbName: string): string {
  return `verbundplaner.sentinel.${dbName}`;
}

/**
 * The copy beside the vault record: main's user-data folder on the desktop, the browser vault's
 * own database in the web edition. Both are durable when the call returns.
 */
export function hostSentinelCopy(host: Pick<HostApi, 'sentinel'>): KeyValueStore {
  return {
    async getItem(key) {
      const answer = await host.sentinel.get({ name: key });
      if (!answer.ok) throw new CodedError(answer.error.code, answer.error.message);
      return answer.value.id;
    },
    async setItem(key, value) {
      const answer = await host.sentinel.set({ name: key, id: value });
      if (!answer.ok) throw new CodedError(answer.error.code, answer.error.message);
    },
  };
}

export async function checkSentinel(
  db: VpDatabase,
  outside: KeyValueStore,
  now: string,
): Promise<SentinelState> {
  const key = sentinelStorageKey(db.name);
  // The check must never keep the user from their data: an unreadable copy counts as none.
  const remembered = await Promise.resolve()
    .then(() => outside.getItem(key))
    .catch((error: unknown) => {
      console.warn('Kontrollmarke nicht lesbar', error);
      return null;
    });
  const remember = (dbId: string): Promise<void> =>
    Promise.resolve()
      .then(() => outside.setItem(key, dbId))
      .catch((error: unknown) => console.warn('Kontrollmarke nicht gespeichert', error));
  const row = await db.meta.get(META_KEY);
  const inside = (row?.value as { dbId?: string } | undefined)?.dbId;
  if (inside) {
    // Also fills the durable copy on the first start after an update (it was in localStorage).
    if (remembered !== inside) await remember(inside);
    return 'ok';
  }
  const dbId = newId();
  await db.meta.put({ key: META_KEY, value: { dbId, createdAt: now } });
  // Awaited: only once the copy is durable does a later deletion count as "emptied".
  await remember(dbId);
  return remembered ? 'emptied' : 'fresh';
}
