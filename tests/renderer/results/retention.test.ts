// Retention on the real repositories (fake-indexeddb): after the run the demo operation's
// details are gone — plan parts, revision snapshot, Verlauf, results' notes and goods — and
// Auswertung's aggregation over what is left gives the same numbers as before.
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, Operation, OperationTarget, Participation } from '@shared/domain';
import {
  addGoods,
  aggregate,
  aggregationInputs,
  NO_FILTER,
  prepareOperations,
  setCell,
  type OperationResults,
} from '@shared/results';
import { loadDemo } from '../../../src/renderer/data/demo';
import { DELETED_PARTS } from '../../../src/renderer/data/retention';
import { approveWithReasons } from '../support/approval';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

async function situation() {
  const [ops, parts, targets, results] = await Promise.all([
    t.store.all<Operation>('operations'),
    t.store.all<Participation>('participations'),
    t.store.all<OperationTarget>('targets'),
    t.store.all<OperationResults>('results'),
  ]);
  const a = aggregate(
    prepareOperations(
      aggregationInputs(ops, parts, targets, new Map(results.map((r) => [r.id, r]))),
    ),
    NO_FILTER,
  );
  // Premises visits go with the targets (details); everything else must stay.
  return { ...a, repeatedTargets: [] };
}

describe('retention', () => {
  it('deletes an old operation’s details and keeps Auswertung’s numbers', async () => {
    t = openTestData(undefined, 'POK Weber');
    const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    await t.repos.operations.transition(op.id, 'in_review');
    await approveWithReasons(t, op.id);
    // A new revision keeps the approved plan as a snapshot: a detail retention must delete.
    await t.repos.operations.transition(op.id, 'planning');
    await t.repos.operations.transition(op.id, 'in_review');
    await approveWithReasons(t, op.id);
    t.setNow('2026-12-20T10:00:00.000Z');
    await t.repos.operations.transition(op.id, 'executed');
    const plan = await t.repos.operations.loadPlan(op.id);
    const agencies = plan.participations.map((p) => p.agencyId).slice(0, 3);
    for (const [i, agencyId] of agencies.entries())
      for (const target of plan.targets)
        await t.repos.results.update(op.id, (r) =>
          setCell(
            setCell(r, agencyId, target.id, 'persons_checked', 2 + i),
            agencyId,
            target.id,
            'closures',
            1,
          ),
        );
    await t.repos.results.update(op.id, (r) =>
      addGoods(r, agencies[0] ?? '', plan.targets[0]?.id ?? null, {
        description: 'Unversteuerter Tabak',
        quantity: 12,
        unit: 'packs',
      }),
    );
    const before = await situation();
    expect(before.operations).toBe(1);
    expect(before.totals.persons_checked).toBeGreaterThan(0);

    // Not yet old enough: nothing due.
    t.setNow('2027-06-01T10:00:00.000Z');
    expect((await t.repos.retention.preview(12)).items).toEqual([]);

    t.setNow('2029-01-10T10:00:00.000Z');
    const preview = await t.repos.retention.preview(12);
    expect(preview.items.map((i) => i.operationId)).toEqual([op.id]);
    expect(preview.deleted.targets).toBe(plan.targets.length);
    expect(preview.deleted.revisions).toBe(1);
    expect(preview.deleted.audit).toBeGreaterThan(10);

    const done = await t.repos.retention.run(12);
    expect(done.deleted).toEqual(preview.deleted);

    for (const table of DELETED_PARTS)
      expect(await t.store.where(table, 'operationId', op.id), table).toEqual([]);
    const history = await t.store.where<AuditEntry>('audit', 'operationId', op.id);
    expect(history.map((h) => h.summary)).toEqual([
      'Einsatzdetails gelöscht (Aufbewahrung 12 Monate); die Zahlen bleiben',
    ]);
    expect(history[0]?.changes).toEqual([]);
    const kept = JSON.stringify([
      await t.store.get('operations', op.id),
      await t.store.where('participations', 'operationId', op.id),
      await t.store.get('results', op.id),
    ]);
    for (const detail of [op.codeName, 'Unversteuerter Tabak', ...plan.targets.map((x) => x.id)])
      expect(kept).not.toContain(detail);

    expect(await situation()).toEqual(before);
    // The run itself is in the Verlauf, and a second run finds nothing.
    const all = await t.store.all<AuditEntry>('audit');
    expect(all.some((a) => a.summary.startsWith('Aufbewahrung: Details von 1 Einsätzen'))).toBe(
      true,
    );
    expect((await t.repos.retention.preview(12)).items).toEqual([]);
  });
});
