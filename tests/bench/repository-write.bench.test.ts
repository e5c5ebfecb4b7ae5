// Benchmark: one audited repository edit (validate, diff, audit, revision check, one transaction)
// against a bare IndexedDB put of the same record, both on fake-indexeddb in the same run.
import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import { newOperation } from '@shared/domain';
import { openTestData } from '../renderer/support/data';
import { report, sample, summarize } from './harness';

describe('repository write', () => {
  it('audited edit vs bare put', async () => {
    const t = openTestData();
    const op = await t.repos.operations.create(newOperation({ codeName: 'BENCH' }, t.ctx.now()));
    let n = 0;
    const edit = await sample(
      () => t.repos.operations.update(op.id, (o) => ({ ...o, title: `Titel ${n++}` })),
      200,
      20,
    );
    const raw = t.db.rows('operations');
    const plain = await t.repos.operations.get(op.id);
    const bare = await sample(() => raw.put({ ...plain, title: `Titel ${n++}` }), 200, 20);
    report(
      summarize('operation edit (audited)', '1 field, 1 record', edit, {
        name: 'bare IndexedDB put',
        times: bare,
      }),
    );
    await t.db.delete();
  }, 120_000);
});
