// In-page benchmarks of the data layer, built into the web build only for `npm run bench`
// (VP_BENCH_PAGE=1, see vite.renderer.ts) as /bench.js and driven by data-layer.bench.spec.ts.
// They run in Chromium against real IndexedDB, real WebCrypto and the real search worker, each
// with its bare baseline in the same page and run. Every function returns plain numbers.
import { deriveSessionKeys, recordAad, SEAL_VERSION, SEALED_FIELD } from '@shared/crypto';
import { newId, newOperation, type Operation, type Premises } from '@shared/domain';
import { buildOperationsDataset } from '../../../renderer/support/operations-dataset';
import { premisesDataset } from '../../premises-dataset';
import { VpDatabase, type StoredRow } from '../../../../src/renderer/data/db';
import type { RecordCodec } from '../../../../src/renderer/data/codec';
import {
  openReadModel,
  WORKER_TABLES,
} from '../../../../src/renderer/data/read-model/open-read-model';
import type { ReadModelTable } from '../../../../src/renderer/data/read-model/read-model';
import { createRepositories } from '../../../../src/renderer/data/repositories';
import { overviewOfView } from '../../../../src/renderer/data/repositories/operation-queries';
import { sealingCodec } from '../../../../src/renderer/data/sealing-codec';
import { RecordStore } from '../../../../src/renderer/data/store';
import { premisesSearchDoc } from '../../../../src/renderer/features/premises/search-docs';
import { SearchClient } from '../../../../src/renderer/search/search-client';
// The map benchmark's two halves (window.vpMapBench, page/map-bench.tsx) travel in /bench.js too.
import './map-bench';
// B8's main-thread check (window.vpBriefingBench, page/briefing-bench.ts).
import './briefing-bench';
// B7's bare react-big-calendar (window.vpCalendarBench, page/calendar-bench.tsx).
import './calendar-bench';

const NOW = '2026-11-20T10:00:00.000Z';

async function openSealed(name = `bench-${newId()}`) {
  const key = (await deriveSessionKeys(crypto.getRandomValues(new Uint8Array(32)))).record;
  const codec = sealingCodec(key);
  const db = new VpDatabase(name);
  await db.open();
  const store = sessionStore(db, codec);
  const repos = createRepositories({ store, actor: () => 'Bench', now: () => NOW });
  return { key, codec, db, store, repos };
}

const premisesList = (n: number): Premises[] => premisesDataset(n, NOW);

/**
 * A store as the unlocked session has it: rows without a seal are refused (the seal marker
 * exists), so the read model's decrypts take the app's checks.
 */
function sessionStore(db: VpDatabase, codec: RecordCodec): RecordStore {
  const store = new RecordStore(db, codec);
  store.requireSealedRows();
  return store;
}

/**
 * The read model as the session opens it (`openReadModel`: the tables of WORKER_TABLES in the
 * read-model worker, the rest on the page), or as the app falls back without a worker — the same
 * function given a codec with no keys for a worker, so both paths are the app's own.
 */
function appReadModel(
  db: VpDatabase,
  store: RecordStore,
  codec: RecordCodec,
  inWorker: boolean,
  tables?: readonly ReadModelTable[],
) {
  const pageOnly: RecordCodec = { kind: codec.kind, encode: codec.encode, decode: codec.decode };
  return openReadModel(db, store, inWorker ? codec : pageOnly, tables);
}

/** Which tables the worker builds in these runs (printed with the rows). */
const workerTables = (): string[] => [...WORKER_TABLES];

/** Longest task seen by a PerformanceObserver while `work` runs (0 where unsupported). */
async function longestTask<T>(work: () => Promise<T>): Promise<{ result: T; longestMs: number }> {
  let longestMs = 0;
  const observer = (() => {
    try {
      const o = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longestMs = Math.max(longestMs, e.duration);
      });
      o.observe({ type: 'longtask', buffered: false });
      return o;
    } catch {
      return null;
    }
  })();
  const result = await work();
  // Entries are delivered asynchronously; one more task lets the last ones arrive.
  await new Promise((r) => setTimeout(r, 50));
  observer?.disconnect();
  return { result, longestMs };
}

/** Raw IndexedDB: one readwrite transaction putting every row, no Dexie, no encryption. */
function rawBulkPut(dbName: string, rows: readonly object[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('premises', { keyPath: 'id' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const t0 = performance.now();
      const tx = db.transaction('premises', 'readwrite');
      const os = tx.objectStore('premises');
      for (const r of rows) os.put(r);
      tx.oncomplete = () => {
        const ms = performance.now() - t0;
        db.close();
        indexedDB.deleteDatabase(dbName);
        resolve(ms);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** 50k import through the app's bulk path (seal, validate, audit) vs a raw IndexedDB put. */
async function importPremises(n: number) {
  const list = premisesList(n);
  const raw = await rawBulkPut(`bench-raw-${newId()}`, list);
  const s = await openSealed();
  const t0 = performance.now();
  // Marks for a trace (DevTools, or the profiling notes in tests/bench/README) to find the span.
  performance.mark('vp-bench-import-start');
  const { longestMs } = await longestTask(() => s.repos.premises.importMany(list));
  performance.mark('vp-bench-import-end');
  const ms = performance.now() - t0;
  const stored = await s.db.rows('premises').count();
  // Each run leaves nothing behind: an open connection and 50 000 rows per earlier run made
  // the origin's store (and its compaction) grow under the later runs and their raw baselines.
  await s.db.delete();
  return { ms, raw, longestMs, stored };
}

/**
 * Decrypt into the read model: a fresh model building the premises table as the session starts
 * it (in the read-model worker), and the same model built on the page (the fallback without a
 * Worker), against the fairest bare equivalent — the model's own read pattern without the model:
 * the same 500-row reads by primary key, the next chunk read while this one decrypts, all of a
 * chunk's decrypts in flight at once, and nothing but `crypto.subtle.decrypt` per row (no JSON,
 * no record, no map). The ratio is then the cost of the codec and the model alone.
 */
async function decryptPremises(n: number) {
  const s = await openSealed();
  await s.repos.premises.importMany(premisesList(n));
  s.db.close();
  const measure = async (inWorker: boolean) => {
    const db = new VpDatabase(s.db.name);
    await db.open();
    const store = sessionStore(db, s.codec);
    const t0 = performance.now();
    const { result: model, longestMs } = await longestTask(async () => {
      const built = appReadModel(db, store, s.codec, inWorker, ['premises']);
      await built.table('premises');
      return built;
    });
    const ms = performance.now() - t0;
    model.dispose();
    db.close();
    return { ms, longestMs };
  };
  const bare = async () => {
    const db = new VpDatabase(s.db.name);
    await db.open();
    const t0 = performance.now();
    let count = 0;
    const read = (after: string | undefined): Promise<StoredRow[]> => {
      const table = db.rows('premises');
      return (after === undefined ? table.orderBy(':id') : table.where(':id').above(after))
        .limit(500)
        .toArray();
    };
    let next = read(undefined);
    for (;;) {
      const rows = await next;
      if (rows.length === 0) break;
      if (rows.length === 500) next = read(rows[rows.length - 1]?.id);
      await Promise.all(
        rows.map((r) => {
          const sealed = r[SEALED_FIELD] as Uint8Array<ArrayBuffer>;
          return crypto.subtle.decrypt(
            {
              name: 'AES-GCM',
              iv: sealed.subarray(1, 13),
              // As sealed: the format version byte, then table and id.
              additionalData: new Uint8Array([SEAL_VERSION, ...recordAad('premises', r.id)]),
            },
            s.key,
            sealed.subarray(13),
          );
        }),
      );
      count += rows.length;
      if (rows.length < 500) break;
    }
    const ms = performance.now() - t0;
    db.close();
    return { ms, count };
  };
  const model: number[] = [];
  const page: number[] = [];
  const baseline: number[] = [];
  let longestMs = 0;
  let pageLongestMs = 0;
  for (let i = 0; i < 3; i++) {
    baseline.push((await bare()).ms);
    const m = await measure(true);
    model.push(m.ms);
    longestMs = Math.max(longestMs, m.longestMs);
    const p = await measure(false);
    page.push(p.ms);
    pageLongestMs = Math.max(pageLongestMs, p.longestMs);
  }
  await s.db.delete();
  return { model, page, baseline, longestMs, pageLongestMs };
}

/** Search: build 100k premises in the worker, then queries typed letter by letter. */
async function searchPremises(n: number, words: readonly string[]) {
  const docs = premisesList(n).map((p) => premisesSearchDoc(p, 'de'));
  const client = new SearchClient();
  const t0 = performance.now();
  const { longestMs } = await longestTask(() => client.sync(docs));
  const build = performance.now() - t0;
  const queries: number[] = [];
  for (const word of words) {
    for (let i = 2; i <= word.length; i++) {
      const q0 = performance.now();
      await client.search(word.slice(0, i));
      queries.push(performance.now() - q0);
    }
  }
  client.dispose();
  return { build, queries, longestMs };
}

/** One audited plan edit (sealed) vs a bare Dexie put of the same record, same database. */
async function editOperation(runs: number) {
  const s = await openSealed();
  const op = await s.repos.operations.create(newOperation({ codeName: 'BENCH' }, NOW));
  let n = 0;
  const edit: number[] = [];
  const bare: number[] = [];
  const plain: Operation = { ...op };
  for (let i = 0; i < runs + 10; i++) {
    const t0 = performance.now();
    await s.repos.operations.update(op.id, (o) => ({ ...o, title: `Titel ${n++}` }));
    const t1 = performance.now();
    await s.db.rows('operations').put({ ...plain, id: 'bare', title: `Titel ${n++}` });
    const t2 = performance.now();
    // The first runs warm up caches and the JIT.
    if (i >= 10) {
      edit.push(t1 - t0);
      bare.push(t2 - t1);
    }
  }
  await s.db.delete();
  return { edit, bare };
}

/**
 * The operations list model with `n` plans: after unlock (a fresh read model decrypting
 * operations and agencies, then the overview) and warm (the overview again after one plan
 * changed, the case of returning to the list after an edit). Baseline: reading the same rows
 * from IndexedDB without decrypting them.
 */
async function listModel(n: number) {
  const data = buildOperationsDataset(n, NOW);
  const s = await openSealed();
  await s.store.bulkPut('agencies', data.agencies, { key: 'bench-a', label: 'bench', now: NOW });
  await s.store.bulkPut('operations', data.operations, {
    key: 'bench-o',
    label: 'bench',
    now: NOW,
  });
  const afterUnlock: number[] = [];
  const warm: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r0 = performance.now();
    await Promise.all([s.db.rows('operations').toArray(), s.db.rows('agencies').toArray()]);
    raw.push(performance.now() - r0);
    const t0 = performance.now();
    const model = appReadModel(s.db, s.store, s.codec, true, ['operations', 'agencies']);
    await Promise.all([model.table('operations'), model.table('agencies')]);
    overviewOfView(model.getSnapshot().tables.operations);
    afterUnlock.push(performance.now() - t0);
    for (let k = 0; k < 5; k++) {
      const first = data.operations[k];
      if (!first) break;
      const current = model.getSnapshot().tables.operations.rows.get(first.id);
      if (!current) break;
      // Straight through the store: the dataset holds approved plans the repository refuses.
      const next: Operation = { ...current, rev: current.rev + 1, title: `Neu ${k}` };
      await s.store.commit([{ table: 'operations', put: next }]);
      const w0 = performance.now();
      overviewOfView(model.getSnapshot().tables.operations);
      warm.push(performance.now() - w0);
    }
    await model.settled();
    model.dispose();
  }
  await s.db.delete();
  return { afterUnlock, warm, raw };
}

/**
 * After unlock in a full database: 10 000 plans and `premises` premises, the read model of every
 * table as the session starts it. The operations list needs operations and agencies; they are
 * built first, so the list is ready while the premises still decrypt in the background.
 */
async function listWhilePremisesWarm(plans: number, premises: number) {
  const data = buildOperationsDataset(plans, NOW);
  const s = await openSealed();
  const opts = (key: string) => ({ key, label: 'bench', now: NOW });
  await s.store.bulkPut('agencies', data.agencies, opts('bench-a'));
  await s.store.bulkPut('operations', data.operations, opts('bench-o'));
  await s.store.bulkPut('premises', premisesList(premises), opts('bench-p'));
  s.db.close();
  // One warm-up as the session runs it (in the read-model worker) or on the page (the fallback),
  // alternating, so both see the same load.
  const warmUp = async (inWorker: boolean) => {
    const db = new VpDatabase(s.db.name);
    await db.open();
    const store = sessionStore(db, s.codec);
    const t0 = performance.now();
    const run = await longestTask(async () => {
      const model = appReadModel(db, store, s.codec, inWorker);
      await Promise.all([model.table('operations'), model.table('agencies')]);
      overviewOfView(model.getSnapshot().tables.operations);
      const list = performance.now() - t0;
      await model.table('premises');
      return { list, model };
    });
    const all = performance.now() - t0;
    await run.result.model.settled();
    run.result.model.dispose();
    db.close();
    return { list: run.result.list, all, longestMs: run.longestMs };
  };
  const worker = { listReady: [] as number[], allReady: [] as number[], longestMs: 0 };
  const page = { listReady: [] as number[], allReady: [] as number[], longestMs: 0 };
  for (let i = 0; i < 3; i++) {
    for (const [inWorker, into] of [
      [true, worker],
      [false, page],
    ] as const) {
      const r = await warmUp(inWorker);
      into.listReady.push(r.list);
      into.allReady.push(r.all);
      into.longestMs = Math.max(into.longestMs, r.longestMs);
    }
  }
  await new VpDatabase(s.db.name).delete();
  return { ...worker, page, workerTables: workerTables() };
}

/** 1 000 plans: from the unlocked key to the list model ready (the first row can render). */
async function unlockToFirstRow(n: number) {
  const data = buildOperationsDataset(n, NOW);
  const s = await openSealed();
  await s.store.bulkPut('agencies', data.agencies, { key: 'bench-a', label: 'bench', now: NOW });
  await s.store.bulkPut('operations', data.operations, {
    key: 'bench-o',
    label: 'bench',
    now: NOW,
  });
  s.db.close();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const db = new VpDatabase(s.db.name);
    await db.open();
    const store = sessionStore(db, s.codec);
    const model = appReadModel(db, store, s.codec, true);
    await Promise.all([model.table('operations'), model.table('agencies')]);
    overviewOfView(model.getSnapshot().tables.operations);
    times.push(performance.now() - t0);
    await model.settled();
    model.dispose();
    db.close();
  }
  await new VpDatabase(s.db.name).delete();
  return { times };
}

const api = {
  importPremises,
  decryptPremises,
  searchPremises,
  editOperation,
  listModel,
  listWhilePremisesWarm,
  unlockToFirstRow,
};
export type BenchApi = typeof api;
(window as unknown as { vpBench: BenchApi }).vpBench = api;
