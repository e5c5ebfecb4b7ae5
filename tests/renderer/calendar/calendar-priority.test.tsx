// Kalender opened right after unlock asks the read model for what it reads first: operations
// (the calendar), agencies and participations (the filters), teams and targets (the conflicts)
// come before the premises and results it never reads.
import { describe, expect, it } from 'vitest';
import { READ_MODEL_TABLES } from '../../../src/renderer/data/read-model/read-model';
import { useCalendarData } from '../../../src/renderer/features/calendar/useCalendarData';
import { buildOrderWhileShown } from '../support/build-order';

function Probe() {
  useCalendarData();
  return null;
}

describe('Kalender and the read model', () => {
  it('has its tables built before the premises and results', async () => {
    const order = await buildOrderWhileShown(<Probe />);
    const read = ['operations', 'agencies', 'participations', 'teams', 'targets'];
    const unread = READ_MODEL_TABLES.filter((t) => !read.includes(t));
    expect(order).toEqual([...read, ...unread]);
  });
});
