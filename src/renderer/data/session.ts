// One open data session: the database, the record store and the repositories bound to them.
import { createContext, useContext } from 'react';
import { seedAgencies } from '@shared/catalog';
import { newId } from '@shared/domain';
import { plainCodec, type RecordCodec } from './codec';
import { DB_NAME, VpDatabase } from './db';
import { requestPersistentStorage, type PersistState } from './persist';
import { createRepositories, type Repositories } from './repositories';
import {
  countPlaintextRows,
  sealPlaintextRows,
  type SealProgress,
} from './migrations/seal-plaintext';
import { checkSentinel, type KeyValueStore, type SentinelState } from './sentinel';
import { RecordStore } from './store';

export interface DataSession {
  db: VpDatabase;
  store: RecordStore;
  repos: Repositories;
  sentinel: SentinelState;
  persist: PersistState;
  /** Name recorded in audit entries; follows the settings. */
  setActor(name: string): void;
  close(): void;
}

export interface OpenOptions {
  dbName?: string;
  codec?: RecordCodec;
  outside?: KeyValueStore;
  now?: () => string;
  /** Progress of sealing rows written before the vault existed (shown while unlocking). */
  onSealProgress?: (p: SealProgress) => void;
}

export async function openDataSession(options: OpenOptions = {}): Promise<DataSession> {
  const now = options.now ?? (() => new Date().toISOString());
  const db = new VpDatabase(options.dbName ?? DB_NAME);
  await db.open();
  const codec = options.codec ?? plainCodec;
  const store = new RecordStore(db, codec);
  // Rows from before the vault (plaintext v1) are sealed before anything reads them.
  if (codec.kind === 'sealed' && (await countPlaintextRows(db)) > 0) {
    await sealPlaintextRows(db, codec, { actor: '', now: now() }, options.onSealProgress);
  }
  let actor = '';
  const repos = createRepositories({ store, actor: () => actor, now });
  const [sentinel, persist, settings] = await Promise.all([
    checkSentinel(db, options.outside ?? globalThis.localStorage, now()),
    requestPersistentStorage(),
    repos.settings.get(),
  ]);
  actor = settings.userName;
  // The agency catalogue is there from the first start; later edits are the user's own.
  if ((await repos.agencies.count()) === 0) await repos.agencies.seed(seedAgencies(now(), newId));
  return {
    db,
    store,
    repos,
    sentinel,
    persist,
    setActor: (name) => {
      actor = name;
    },
    close: () => {
      store.setCodec(null);
      db.close();
    },
  };
}

export const DataContext = createContext<DataSession | null>(null);

export function useDataSession(): DataSession {
  const session = useContext(DataContext);
  if (!session) throw new Error('DataContext fehlt');
  return session;
}

export function useRepos(): Repositories {
  return useDataSession().repos;
}
