// The read model against the truth: after random sequences of writes in this window, writes from
// "another window" (a second connection to the same database, seen only through Dexie's change
// notifications), table clears and lock/unlock, every modelled table equals a fresh full decrypt
// of the database, and no deleted row survives — with the builds on the page and in the
// read-model worker (its real reader, in process behind structured clones).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';
import {
  ReadModel,
  readModelOf,
  type TableView,
} from '../../../src/renderer/data/read-model/read-model';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { RecordStore, UnsealedRowError } from '../../../src/renderer/data/store';
import { WorkerTableLoader } from '../../../src/renderer/data/worker/table-loader';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import { testKeys } from '../support/keys';
import { inProcessReaderPort } from './reader-port';

const TABLES = ['operations', 'participations'] as const;
type Table = (typeof TABLES)[number];
const IDS = ['a', 'b', 'c', 'd', 'e'];

// `overlap`: the write is not awaited before the next command starts, so commits, re-reads
// and decrypts of both windows interleave.
type Write = { window: 'this' | 'other'; table: Table; ids: string[]; overlap: boolean };
type Command =
  | ({ kind: 'put'; text: string } & Write)
  | ({ kind: 'delete' } & Write)
  | { kind: 'clear'; table: Table }
  | { kind: 'relock' };

const table = fc.constantFrom(...TABLES);
const windowArb = fc.constantFrom<'this' | 'other'>('this', 'other');
const ids = fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: 3 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      window: windowArb,
      table,
      ids,
      text: fc.string({ maxLength: 8 }),
      overlap: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      window: windowArb,
      table,
      ids,
      overlap: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const), table }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'relock' as const }) },
);

/** A put of a test record (any fields; the read model does not look inside). */
function put(table: Table, record: { id: string } & Record<string, unknown>) {
  return { table, put: record };
}

type BuildPath = 'page' | 'worker';

async function fixture(path: BuildPath = 'page') {
  const key = (await testKeys()).record;
  const codec = sealingCodec(key);
  const name = `vp-read-model-${newId()}`;
  const db = new VpDatabase(name);
  const other = new VpDatabase(name);
  const store = new RecordStore(db, codec);
  const otherStore = new RecordStore(other, codec);
  const open = () => {
    const loader =
      path === 'worker'
        ? new WorkerTableLoader(inProcessReaderPort(), name, { current: key })
        : null;
    const m = new ReadModel(db, store, (t, row) => codec.decode(t, row), TABLES, loader);
    m.start();
    return m;
  };
  return { db, other, store, otherStore, open, codec };
}

describe('read model', () => {
  it.each<[BuildPath, number]>([
    ['page', 100],
    ['worker', 60],
  ])(
    'equals a fresh full decrypt after random writes, deletes, clears and relocks (%s)',
    async (path, runs) => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { maxLength: 20 }), async (commands) => {
          const f = await fixture(path);
          let model = f.open();
          // Revisions only grow, as with every real writer.
          const revs = new Map<string, number>();
          const deleted = new Set<string>();
          const inFlight: Promise<void>[] = [];
          const overlapped = commands.some((c) => 'overlap' in c && c.overlap);
          try {
            for (const c of commands) {
              if (c.kind === 'relock' || c.kind === 'clear') await Promise.all(inFlight.splice(0));
              if (c.kind === 'relock') {
                model.dispose();
                expect(model.getSnapshot().tables.operations.rows.size).toBe(0);
                model = f.open();
              } else if (c.kind === 'clear') {
                await f.other.rows(c.table).clear();
                for (const id of IDS) deleted.add(`${c.table}/${id}`);
              } else {
                const store = c.window === 'this' ? f.store : f.otherStore;
                const write = store.commit(
                  c.ids.map((id) => {
                    const key = `${c.table}/${id}`;
                    if (c.kind === 'delete') {
                      deleted.add(key);
                      return { table: c.table, delete: id };
                    }
                    deleted.delete(key);
                    const rev = (revs.get(key) ?? 0) + 1;
                    revs.set(key, rev);
                    return {
                      table: c.table,
                      put: {
                        id,
                        rev,
                        operationId: 'op',
                        name: `${c.text} ${rev}`,
                        notes: [c.text],
                      },
                    };
                  }),
                );
                if (c.overlap) inFlight.push(write);
                else await write;
              }
            }
            await Promise.all(inFlight);
            await model.settled();
            const snapshot = model.getSnapshot();
            expect(snapshot.error).toBeUndefined();
            for (const t of TABLES) {
              const truth = await f.store.all<{ id: string }>(t);
              const view: TableView<unknown> = snapshot.tables[t];
              expect(view.ready).toBe(true);
              const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
              expect([...(view.rows.values() as Iterable<{ id: string }>)].sort(byId)).toEqual(
                truth.sort(byId),
              );
              // With overlapping writes the commit order is the database's; the equality above
              // already refuses any row the database no longer has.
              if (!overlapped) {
                for (const id of view.rows.keys()) expect(deleted.has(`${t}/${id}`)).toBe(false);
              }
            }
          } finally {
            model.dispose();
            f.other.close();
            await f.db.delete();
          }
        }),
        { numRuns: fcRuns(runs) },
      );
    },
    fcTimeout(100, 120_000, 1_000),
  );

  it('publishes a new view only for the changed table and lets queries wait for the build', async () => {
    const f = await fixture();
    await f.store.commit([put('operations', { id: 'x', rev: 1, name: 'Alt' })]);
    const model = f.open();
    expect(readModelOf(f.store)).toBe(model);
    const rows = await model.table('operations');
    expect(rows.get('x')).toEqual({ id: 'x', rev: 1, name: 'Alt' });
    await model.settled();
    const before = model.getSnapshot();
    await f.store.commit([put('operations', { id: 'x', rev: 2, name: 'Neu' })]);
    const after = model.getSnapshot();
    expect(after.tables.operations).not.toBe(before.tables.operations);
    expect(after.tables.participations).toBe(before.tables.participations);
    expect(after.tables.operations.rows.get('x')).toEqual({ id: 'x', rev: 2, name: 'Neu' });
    await model.settled();
    model.dispose();
    expect(readModelOf(f.store)).toBeUndefined();
    await expect(model.table('operations')).rejects.toThrow(/gesperrt/);
    f.other.close();
    await f.db.delete();
  }, 30_000);

  it('drops a row deleted while the build was decrypting it, and keeps an update made then', async () => {
    // The race pinned down: the build has read x and y and is decrypting them when x is
    // deleted and y updated. When the build ends, the newer data wins for both keys.
    const f = await fixture();
    const { codec } = f;
    await f.store.commit([
      put('operations', { id: 'x', rev: 1, name: 'Alt' }),
      put('operations', { id: 'y', rev: 1, name: 'Alt' }),
    ]);
    let reached: () => void = () => {};
    const decoding = new Promise<void>((resolve) => (reached = resolve));
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const model = new ReadModel(
      f.db,
      f.store,
      async (t, row) => {
        reached();
        await gate;
        return codec.decode(t, row);
      },
      ['operations'],
    );
    model.start();
    await decoding;
    await f.store.commit([
      { table: 'operations', delete: 'x' },
      put('operations', { id: 'y', rev: 2, name: 'Neu' }),
    ]);
    release();
    const rows = await model.table('operations');
    await model.settled();
    expect(rows.has('x')).toBe(false);
    expect(model.getSnapshot().tables.operations.rows.get('y')).toEqual({
      id: 'y',
      rev: 2,
      name: 'Neu',
    });
    model.dispose();
    f.other.close();
    await f.db.delete();
  }, 30_000);

  it('reports a row that fails its integrity check instead of showing it', async () => {
    const f = await fixture();
    await f.store.commit([put('operations', { id: 'x', rev: 1, name: 'Alt' })]);
    const stored = await f.db.rows('operations').get('x');
    // The ciphertext of x copied to y: bound to x's key, so it must not open as y.
    await f.db.rows('operations').put({ ...stored, id: 'y' });
    const model = f.open();
    await expect(model.table('operations')).rejects.toThrow();
    expect(model.getSnapshot().error).toBeDefined();
    model.dispose();
    f.other.close();
    await f.db.delete();
  }, 30_000);

  it('refuses a plaintext row once the store requires sealed rows, also from another window', async () => {
    const f = await fixture();
    f.store.requireSealedRows();
    const model = f.open();
    await model.table('operations');
    // Written behind the app's back: no seal, so not a record the app wrote.
    await f.other.rows('operations').put({ id: 'forged', rev: 1, codeName: 'UNTERGESCHOBEN' });
    await model.settled();
    expect(model.getSnapshot().tables.operations.rows.has('forged')).toBe(false);
    expect(model.getSnapshot().error).toBeInstanceOf(UnsealedRowError);
    model.dispose();
    f.other.close();
    await f.db.delete();
  }, 30_000);
});
