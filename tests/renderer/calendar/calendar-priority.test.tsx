// Kalender opened right after unlock asks the read model for what it reads first: operations
// (the calendar), agencies and participations (the filters), teams and targets (the conflicts)
// come before the premises and results it never reads.
import { afterEach, describe, expect, it } from 'vitest';
import { plainCodec } from '../../../src/renderer/data/codec';
import {
  READ_MODEL_TABLES,
  ReadModel,
  type ReadModelTable,
} from '../../../src/renderer/data/read-model/read-model';
import type { DataSession } from '../../../src/renderer/data/session';
import { useCalendarData } from '../../../src/renderer/features/calendar/useCalendarData';
import { openUiSession, renderWithSession } from '../support/session-ui';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

function Probe() {
  useCalendarData();
  return null;
}

describe('Kalender and the read model', () => {
  it('has its tables built before the premises and results', async () => {
    const session: DataSession = await openUiSession();
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
    const view = (() => {
      model.start();
      // Rendered in the same task: the first table (operations) is being read already.
      return renderWithSession({ ...session, readModel: model }, <Probe />);
    })();
    cleanup = async () => {
      view.unmount();
      model.dispose();
      session.close();
      await session.db.delete();
    };
    await model.settled();
    const unread = READ_MODEL_TABLES.filter(
      (t) => !['operations', 'agencies', 'participations', 'teams', 'targets'].includes(t),
    );
    expect(order).toEqual([
      'operations',
      'agencies',
      'participations',
      'teams',
      'targets',
      ...unread,
    ]);
  });
});
