// The read model's worker path: the real TableReader (the worker's code) on fake-indexeddb,
// behind structured clones. The page decrypts nothing for a build, chunks arrive in key order,
// a rotation's previous key still opens rows, forged and tampered rows fail as on the page, and
// a worker that cannot start leaves the build to the page.
import { describe, expect, it } from 'vitest';
import { IntegrityError, sealRecord } from '@shared/crypto';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';
import { ReadModel } from '../../../src/renderer/data/read-model/read-model';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { RecordStore, UnsealedRowError } from '../../../src/renderer/data/store';
import type { ReaderKeys, ReaderResponse } from '../../../src/renderer/data/worker/protocol';
import { READER_CHUNK, TableReader } from '../../../src/renderer/data/worker/table-reader';
import { WorkerTableLoader, type ReaderPort } from '../../../src/renderer/data/worker/table-loader';
import { testKeys } from '../support/keys';
import { inProcessReaderPort } from './reader-port';

type Row = { id: string; rev: number; name: string };

async function fixture(count: number) {
  const key = (await testKeys()).record;
  const codec = sealingCodec(key);
  const db = new VpDatabase(`vp-worker-reader-${newId()}`);
  await db.open();
  const store = new RecordStore(db, codec);
  const records: Row[] = Array.from({ length: count }, (_, i) => ({
    id: `op-${String(i).padStart(5, '0')}`,
    rev: 1,
    name: `Einsatz ${i}`,
  }));
  if (count > 0) {
    await store.bulkPut('operations', records, { key: 'seed', label: 'seed', now: 'x' });
  }
  let pageDecrypts = 0;
  const port = inProcessReaderPort();
  const model = (keys: ReaderKeys = { current: key }) =>
    new ReadModel(
      db,
      store,
      (t, row) => {
        pageDecrypts++;
        return codec.decode(t, row);
      },
      ['operations'],
      new WorkerTableLoader(port, db.name, keys),
    );
  return { key, codec, db, store, records, port, model, pageDecrypts: () => pageDecrypts };
}

describe('read model built in the worker', () => {
  it('builds a table of several chunks with no decrypt on the page', async () => {
    const count = READER_CHUNK * 2 + 234;
    const f = await fixture(count);
    const m = f.model();
    m.start();
    const rows = await m.table('operations');
    expect(rows.size).toBe(count);
    expect([...rows.values()]).toEqual(f.records);
    expect(f.pageDecrypts()).toBe(0);
    // The keys went over as CryptoKeys, not as bytes.
    const open = f.port.sent.find((s) => s.type === 'open');
    expect(open?.type === 'open' && open.keys.current).toBeInstanceOf(CryptoKey);
    // A later edit patches the model from the commit, still without a decrypt.
    const edited: Row = { id: 'op-00001', rev: 2, name: 'Neu' };
    await f.store.commit([{ table: 'operations', put: edited }]);
    expect(m.getSnapshot().tables.operations.rows.get('op-00001')).toEqual({
      id: 'op-00001',
      rev: 2,
      name: 'Neu',
    });
    m.dispose();
    expect(f.port.terminated).toBe(true);
    await f.db.delete();
  }, 60_000);

  it('opens rows sealed under the previous key during a rotation', async () => {
    const f = await fixture(3);
    const next = (await testKeys()).record;
    const m = f.model({ current: next, previous: f.key });
    m.start();
    expect((await m.table('operations')).size).toBe(3);
    m.dispose();
    await f.db.delete();
  }, 30_000);

  it('refuses a plaintext row once sealed rows are required', async () => {
    const f = await fixture(2);
    f.store.requireSealedRows();
    await f.db.rows('operations').put({ id: 'forged', rev: 1, name: 'UNTERGESCHOBEN' });
    const m = f.model();
    m.start();
    await expect(m.table('operations')).rejects.toBeInstanceOf(UnsealedRowError);
    expect(m.getSnapshot().tables.operations.rows.has('forged')).toBe(false);
    m.dispose();
    await f.db.delete();
  }, 30_000);

  it('reports a ciphertext moved to another row as an integrity error', async () => {
    const f = await fixture(1);
    const stored = await f.db.rows('operations').get('op-00000');
    await f.db.rows('operations').put({ ...stored, id: 'op-moved' });
    const m = f.model();
    m.start();
    await expect(m.table('operations')).rejects.toBeInstanceOf(IntegrityError);
    m.dispose();
    await f.db.delete();
  }, 30_000);

  it('builds on the page when the worker cannot start', async () => {
    const f = await fixture(5);
    const port = inProcessReaderPort();
    const failing: ReaderPort = {
      onmessage: null,
      onerror: null,
      terminate: () => port.terminate(),
      postMessage() {
        // A worker whose script did not load: an error event, and nothing ever answers.
        setTimeout(() => failing.onerror?.(new ErrorEvent('error', { message: 'CSP' })), 0);
      },
    };
    const m = new ReadModel(
      f.db,
      f.store,
      (t, row) => f.codec.decode(t, row),
      ['operations'],
      new WorkerTableLoader(failing, f.db.name, { current: f.key }),
    );
    m.start();
    expect((await m.table('operations')).size).toBe(5);
    m.dispose();
    await f.db.delete();
  }, 30_000);
});

describe('the worker reader (table-reader.ts) on its own', () => {
  const request = <T>(req: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const openAt = (name: string, version: number): Promise<IDBDatabase> => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      if (version === 1) req.result.createObjectStore('operations', { keyPath: 'id' });
    };
    return request(req);
  };

  it('opens the database again after a version change closed its connection', async () => {
    const key = (await testKeys()).record;
    const name = `vp-table-reader-${newId()}`;
    const first = await openAt(name, 1);
    const sealed = await sealRecord(key, 'operations', { id: 'a', rev: 1, name: 'A' }, ['rev']);
    await request(
      first.transaction('operations', 'readwrite').objectStore('operations').put(sealed),
    );
    first.close();
    const responses: ReaderResponse[] = [];
    const reader = new TableReader(indexedDB, (m) => responses.push(m));
    const load = async (id: number) => {
      reader.handle({ type: 'load', id, table: 'operations', sealedOnly: true });
      await expect
        .poll(() => responses.find((r) => r.id === id && r.type !== 'chunk'))
        .toBeTruthy();
      return responses.filter((r) => r.id === id);
    };
    reader.handle({ type: 'open', dbName: name, keys: { current: key } });
    expect((await load(1)).map((r) => r.type)).toEqual(['chunk', 'done']);
    // An upgrade elsewhere (another window, a newer app version) closes the reader's connection.
    (await openAt(name, 2)).close();
    const again = await load(2);
    expect(again.map((r) => r.type)).toEqual(['chunk', 'done']);
    expect(again[0]?.type === 'chunk' && again[0].records).toEqual([
      { id: 'a', rev: 1, name: 'A' },
    ]);
    reader.close();
    await request(indexedDB.deleteDatabase(name));
  }, 30_000);
});
