// The order in which a fresh read model builds its tables while one page is shown: for the tests
// that a page asks for what it reads first (useReadModelPriority). One row per table is stored,
// then a model starts as after unlock and the page's hook renders in the same task.
import type { ReactNode } from 'react';
import { plainCodec } from '../../../src/renderer/data/codec';
import {
  READ_MODEL_TABLES,
  ReadModel,
  type ReadModelTable,
} from '../../../src/renderer/data/read-model/read-model';
import { openUiSession, renderWithSession } from './session-ui';

export async function buildOrderWhileShown(page: ReactNode): Promise<ReadModelTable[]> {
  const session = await openUiSession();
  await session.readModel.settled();
  for (const t of READ_MODEL_TABLES) {
    const record = { id: `${t}-1`, rev: 1, operationId: 'op' };
    await session.store.commit([{ table: t, put: record }]);
  }
  // A model that starts now, as after unlock; the session's own one is already complete.
  const model = new ReadModel(session.db, session.store, (t, row) => plainCodec.decode(t, row));
  const order: ReadModelTable[] = [];
  model.subscribe(() => {
    const { tables } = model.getSnapshot();
    for (const t of READ_MODEL_TABLES) if (tables[t].ready && !order.includes(t)) order.push(t);
  });
  model.start();
  // Rendered in the same task: the first table (operations) is being read already.
  const view = renderWithSession({ ...session, readModel: model }, page);
  try {
    await model.settled();
    return order;
  } finally {
    view.unmount();
    model.dispose();
    session.close();
    await session.db.delete();
  }
}
