// Marking an operation "Durchgeführt" starts its (empty) results record in the same save, so an
// agency member of a shared operation can type their rows without waiting for the lead's first
// number (creating the record is the lead's, shared/sync/rights.ts). Real repositories on
// fake-indexeddb: the record is audited with the status move, and a record already there is
// never replaced, nor started twice.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyResults, setCell, withSums } from '@shared/results';
import { loadDemo } from '../../../src/renderer/data/demo';
import { WriteBatch } from '../../../src/renderer/data/repositories/base';
import { startResults } from '../../../src/renderer/data/repositories/results';
import { approveWithReasons } from '../support/approval';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

/** The demo plan approved, the clock past H: ready to be marked executed. */
async function approvedPastH(): Promise<string> {
  t = openTestData(undefined, 'EPHK Prüfer');
  const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
  await t.repos.operations.transition(op.id, 'in_review');
  await approveWithReasons(t, op.id);
  t.setNow('2026-12-20T10:00:00.000Z');
  return op.id;
}

/** The results record's history entries (the registry names it a finding, id = the operation's). */
const resultsAudit = async (opId: string) =>
  (await t.repos.audit.forOperation(opId)).filter(
    (e) => e.entity === 'finding' && e.entityId === opId,
  );

describe('"Durchgeführt" starts the results record', () => {
  it('creates the empty record with the status move, audited in the same save', async () => {
    const opId = await approvedPastH();
    expect(await t.repos.results.get(opId)).toBeUndefined();

    await t.repos.operations.transition(opId, 'executed');

    const stored = await t.repos.results.get(opId);
    expect(stored).toMatchObject({ id: opId, operationId: opId, rev: 1, rows: [], followUps: [] });
    const created = await resultsAudit(opId);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      action: 'create',
      actor: 'EPHK Prüfer',
      entityId: opId,
      summary: 'Nachtrag nach Freigabe: Ergebnisse angelegt',
    });
    // One save: the status entry and the results entry carry the batch's one time.
    const status = (await t.repos.audit.forOperation(opId)).find(
      (e) => e.entity === 'operation' && e.action === 'status',
    );
    expect(status?.at).toBe(created[0]?.at);
  });

  it('keeps a record that is already there (arrived before the status) as it is', async () => {
    const opId = await approvedPastH();
    const arrived = withSums(
      setCell(
        { ...emptyResults(opId, opId, '2026-12-20T09:00:00.000Z'), rev: 3 },
        'agency-police',
        null,
        'arrests',
        2,
      ),
    );
    await t.store.commit([{ table: 'results', put: arrived }]);

    await t.repos.operations.transition(opId, 'executed');

    expect(await t.repos.results.get(opId)).toEqual(arrived);
    expect(await resultsAudit(opId)).toHaveLength(0);
  });

  it('adds nothing a second time: the entered numbers stay, no second entry', async () => {
    const opId = await approvedPastH();
    await t.repos.operations.transition(opId, 'executed');
    const entered = await t.repos.results.update(opId, (r) =>
      setCell(r, 'agency-police', null, 'persons_checked', 7),
    );

    // A replay of the start (what a repeated completion would run) finds the record.
    const batch = new WriteBatch(t.ctx);
    await startResults(t.ctx, batch, opId);
    expect(batch.size).toBe(0);
    await batch.commit();

    expect(await t.repos.results.get(opId)).toEqual(entered);
    expect((await resultsAudit(opId)).map((e) => e.action).sort()).toEqual(['create', 'update']);
  });
});
