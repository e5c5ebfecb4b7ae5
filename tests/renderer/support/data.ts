// Opens a fresh, uniquely named database with repositories for one renderer test.
import { newId } from '@shared/domain';
import { plainCodec, type RecordCodec } from '../../../src/renderer/data/codec';
import { VpDatabase } from '../../../src/renderer/data/db';
import { createRepositories, type RepoContext } from '../../../src/renderer/data/repositories';
import { RecordStore } from '../../../src/renderer/data/store';

export interface TestData {
  db: VpDatabase;
  store: RecordStore;
  ctx: RepoContext;
  repos: ReturnType<typeof createRepositories>;
  setNow(iso: string): void;
}

export function openTestData(codec: RecordCodec = plainCodec, actor = 'Testnutzer'): TestData {
  const db = new VpDatabase(`vp-test-${newId()}`);
  const store = new RecordStore(db, codec);
  let now = '2026-11-20T10:00:00.000Z';
  const ctx: RepoContext = { store, actor: () => actor, now: () => now };
  return {
    db,
    store,
    ctx,
    repos: createRepositories(ctx),
    setNow: (iso) => {
      now = iso;
    },
  };
}
