// A page that needs some tables asks for them first: Auswertung opened right after unlock
// should not wait behind the premises it never reads.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';
import { ReadModel, type ReadModelTable } from '../../../src/renderer/data/read-model/read-model';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { RecordStore } from '../../../src/renderer/data/store';
import { testKeys } from '../support/keys';

const TABLES: readonly ReadModelTable[] = ['operations', 'agencies', 'premises', 'results'];
let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

async function buildOrder(prioritised: readonly ReadModelTable[]): Promise<ReadModelTable[]> {
  const codec = sealingCodec((await testKeys()).record);
  const db = new VpDatabase(`vp-priority-${newId()}`);
  const store = new RecordStore(db, codec);
  for (const t of TABLES) {
    const record = { id: `${t}-1`, rev: 1, operationId: 'op' };
    await store.commit([{ table: t, put: record }]);
  }
  const model = new ReadModel(db, store, (t, row) => codec.decode(t, row), TABLES);
  cleanup = async () => {
    model.dispose();
    await db.delete();
  };
  const order: ReadModelTable[] = [];
  model.subscribe(() => {
    const { tables } = model.getSnapshot();
    for (const t of TABLES) if (tables[t].ready && !order.includes(t)) order.push(t);
  });
  model.start();
  model.prioritise(prioritised);
  await model.settled();
  return order;
}

describe('read model build order', () => {
  it('builds in the registry order when nobody asks', async () => {
    expect(await buildOrder([])).toEqual(TABLES);
  });

  it('builds the tables a page asks for next, before the rest', async () => {
    // The first table is already being read when the page asks.
    expect(await buildOrder(['results', 'agencies'])).toEqual([
      'operations',
      'results',
      'agencies',
      'premises',
    ]);
  });
});
