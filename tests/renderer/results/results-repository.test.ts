// The results record in the real repositories (fake-indexeddb): one audited record per
// operation, accepted only once the operation is "Durchgeführt", and an agency's slice merged.
import { afterEach, describe, expect, it } from 'vitest';
import { newAgency, type AuditEntry } from '@shared/domain';
import { setCell, sliceFor, sumRows } from '@shared/results';
import { loadDemo } from '../../../src/renderer/data/demo';
import { approveWithReasons } from '../support/approval';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

async function demo() {
  t = openTestData(undefined, 'POK Weber');
  const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
  return op;
}

describe('results repository', () => {
  it('refuses results before "Durchgeführt" and stores them after, audited, as one record', async () => {
    const op = await demo();
    const add = (n: number) => (r: Parameters<typeof setCell>[0]) =>
      setCell(r, 'agency-x', null, 'arrests', n);
    await expect(t.repos.results.update(op.id, add(1))).rejects.toMatchObject({
      code: 'not_allowed',
    });
    await t.repos.operations.transition(op.id, 'in_review');
    await approveWithReasons(t, op.id);
    await expect(t.repos.results.update(op.id, add(1))).rejects.toMatchObject({
      code: 'not_allowed',
    });
    t.setNow('2026-12-20T10:00:00.000Z');
    await t.repos.operations.transition(op.id, 'executed');
    await t.repos.results.update(op.id, add(2));
    const second = await t.repos.results.update(op.id, (r) =>
      setCell(r, 'agency-y', null, 'cash_seized_cents', 150_000),
    );
    expect(second.id).toBe(op.id);
    // Rev 1 is the empty record "Durchgeführt" started (see results-start.test.ts).
    expect(second.rev).toBe(3);
    expect(await t.store.where('results', 'operationId', op.id)).toHaveLength(1);
    expect(sumRows(second.rows)).toEqual({ arrests: 2, cash_seized_cents: 150_000 });
    const audit = await t.store.where<AuditEntry>('audit', 'entityId', op.id);
    const resultEntries = audit.filter((a) => a.summary.includes('Ergebnisse'));
    expect(resultEntries.map((a) => a.action).sort()).toEqual(['create', 'update', 'update']);
    expect(resultEntries.every((a) => a.actor === 'POK Weber')).toBe(true);
  });

  it("merges an agency's slice and leaves the other agencies' numbers", async () => {
    const op = await demo();
    await t.repos.operations.transition(op.id, 'in_review');
    await approveWithReasons(t, op.id);
    t.setNow('2026-12-20T10:00:00.000Z');
    await t.repos.operations.transition(op.id, 'executed');
    const stored = await t.repos.results.update(op.id, (r) =>
      setCell(setCell(r, 'a1', null, 'arrests', 1), 'a2', null, 'closures', 1),
    );
    const slice = sliceFor(setCell(stored, 'a2', null, 'closures', 3), 'a2');
    const merged = await t.repos.results.applySlice(slice);
    expect(sumRows(merged.rows)).toEqual({ arrests: 1, closures: 3 });
  });

  it('writes the next inspection to the results and back to the premises', async () => {
    const op = await demo();
    const plan = await t.repos.operations.loadPlan(op.id);
    const target = plan.targets[0];
    if (!target) throw new Error('demo');
    const at = '2027-03-01T09:00:00.000Z';
    await expect(t.repos.results.setNextInspection(op.id, target.id, at)).rejects.toMatchObject({
      code: 'not_allowed',
    });
    await t.repos.operations.transition(op.id, 'in_review');
    await approveWithReasons(t, op.id);
    t.setNow('2026-12-20T10:00:00.000Z');
    await t.repos.operations.transition(op.id, 'executed');
    await t.repos.results.setNextInspection(op.id, target.id, at);
    expect((await t.repos.premises.get(target.premisesId)).nextInspectionAt).toBe(at);
    expect((await t.repos.results.get(op.id))?.nextInspections).toEqual([
      { targetId: target.id, at },
    ]);
    await t.repos.results.setNextInspection(op.id, target.id, null);
    expect((await t.repos.premises.get(target.premisesId)).nextInspectionAt).toBeNull();
    expect((await t.repos.results.get(op.id))?.nextInspections).toEqual([]);
  }, 30_000);

  it("an agency merge moves the duplicate's result rows to the agency kept", async () => {
    const op = await demo();
    await t.repos.operations.transition(op.id, 'in_review');
    await approveWithReasons(t, op.id);
    t.setNow('2026-12-20T10:00:00.000Z');
    await t.repos.operations.transition(op.id, 'executed');
    const plan = await t.repos.operations.loadPlan(op.id);
    const keep = plan.participations[0]?.agencyId;
    const target = plan.targets[0]?.id;
    if (!keep || !target) throw new Error('demo');
    const dup = await t.repos.agencies.create(
      newAgency({ name: 'Doppelte Behörde', kind: 'regulatory_office' }, t.ctx.now()),
    );
    await t.repos.results.update(op.id, (r) =>
      setCell(setCell(r, keep, target, 'arrests', 1), dup.id, target, 'arrests', 2),
    );
    // The preview counts the results record among the references that move.
    expect((await t.repos.agencies.previewMerge(keep, dup.id)).summary.results).toBe(1);
    await t.repos.agencies.merge(keep, dup.id);
    const after = await t.repos.results.get(op.id);
    expect(after?.rows.map((r) => [r.agencyId, r.values])).toEqual([[keep, { arrests: 3 }]]);
    // The operation (same id as its results record) is written as itself, not mixed up.
    expect((await t.repos.operations.get(op.id)).codeName).toBe(op.codeName);
    expect(after?.sums?.byAgency).toEqual({ [keep]: { arrests: 3 } });
  }, 30_000);
});
