// One open data session: the database, the record store and the repositories bound to them.
import { seedAgencies } from '@shared/catalog';
import { newId } from '@shared/domain';
import { plainCodec, type RecordCodec } from './codec';
import { DB_NAME, VpDatabase } from './db';
import { requestPersistentStorage, type PersistState } from './persist';
import { createRepositories, type RepoContext, type Repositories } from './repositories';
import { unfinishedBatches, type BatchJournal } from './chunked-batch';
import { hasSealMarker } from './seal/seal-marker';
import { sealPlaintextRows, type SealProgress } from './seal/seal-plaintext';
import { checkSentinel, type KeyValueStore, type SentinelState } from './sentinel';
import { openReadModel } from './read-model/open-read-model';
import type { ReadModel } from './read-model/read-model';
import { RecordStore } from './store';

export interface DataSession {
  db: VpDatabase;
  store: RecordStore;
  repos: Repositories;
  /** The actor and clock the repositories write with: writes beside them (kept shares) take
   *  them from here, so a name change (setActor) and a test clock apply there too. */
  context: RepoContext;
  /** Decrypted records for lists, map, calendar and readiness; dropped on close (lock). */
  readModel: ReadModel;
  sentinel: SentinelState;
  persist: PersistState;
  /** Bulk writes that stopped halfway (crash, error): running them again resumes them. */
  unfinishedBatches: BatchJournal[];
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
  if (codec.kind === 'sealed') {
    // Rows from before the vault (plaintext v1) are sealed once, before anything reads them;
    // the marker written with them spares every later unlock the scan of every row.
    if (!(await hasSealMarker(db, codec))) {
      await sealPlaintextRows(store, { actor: '', now: now() }, options.onSealProgress);
    }
    store.requireSealedRows();
  }
  // Started before the remaining set-up so the first list rows are ready sooner after unlock.
  const readModel = openReadModel(db, store, codec);
  let actor = '';
  const context: RepoContext = { store, actor: () => actor, now };
  const repos = createRepositories(context);
  const [sentinel, persist, settings, batches] = await Promise.all([
    checkSentinel(db, options.outside ?? globalThis.localStorage, now()),
    requestPersistentStorage(),
    repos.settings.get(),
    unfinishedBatches(db),
  ]);
  actor = settings.userName;
  // The agency catalogue is there from the first start; later edits are the user's own.
  if ((await repos.agencies.count()) === 0) await repos.agencies.seed(seedAgencies(now(), newId));
  return {
    db,
    store,
    repos,
    context,
    readModel,
    sentinel,
    persist,
    unfinishedBatches: batches,
    setActor: (name) => {
      actor = name;
    },
    close: () => {
      readModel.dispose();
      store.setCodec(null);
      db.close();
    },
  };
}

// Defined beside, in a module without runtime imports of the data layer (boot bundle).
export { DataContext, useDataSession, useRepos } from './session-context';
