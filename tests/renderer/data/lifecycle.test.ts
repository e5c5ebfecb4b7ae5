import { afterEach, describe, expect, it } from 'vitest';
import { newTimelineEntry } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { approveWithReasons } from '../support/approval';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

async function approvedDemo() {
  t = openTestData(undefined, 'EPHK Prüfer');
  const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
  await t.repos.operations.transition(op.id, 'in_review');
  await approveWithReasons(t, op.id);
  return op;
}

describe('approval, read-only and revisions', () => {
  it('an approved plan refuses changes to the plan and its parts', async () => {
    const op = await approvedDemo();
    await expect(
      t.repos.operations.update(op.id, (o) => ({ ...o, title: 'x' })),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    const plan = await t.repos.operations.loadPlan(op.id);
    const target = plan.targets[0];
    if (!target) throw new Error('demo');
    await expect(
      t.repos.plan.targets.update(target.id, (x) => ({ ...x, reason: 'x' })),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    await expect(
      t.repos.plan.timeline.add(
        newTimelineEntry({ operationId: op.id, title: 'neu' }, t.ctx.now()),
      ),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    expect((await t.repos.operations.get(op.id)).approval?.by).toBe('EPHK Prüfer');
  });

  it('changing an approved plan starts revision 2 and keeps revision 1 readable', async () => {
    const op = await approvedDemo();
    const approvedPlan = await t.repos.operations.loadPlan(op.id);
    const rev2 = await t.repos.operations.transition(op.id, 'planning');
    expect(rev2.revision).toBe(2);
    expect(rev2.approval).toBeNull();
    await t.repos.operations.update(op.id, (o) => ({ ...o, title: 'Revision 2' }));
    const revisions = await t.repos.operations.revisions(op.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]?.revision).toBe(1);
    expect(revisions[0]?.approval?.by).toBe('EPHK Prüfer');
    expect(revisions[0]?.snapshot).toEqual(approvedPlan);
    expect((await t.repos.operations.get(op.id)).title).toBe('Revision 2');
    const actions = (await t.repos.audit.forOperation(op.id)).map((a) => a.action);
    expect(actions).toContain('revise');
    expect(actions).toContain('approve');
  });
});

describe('trash, archive, permanent deletion', () => {
  it('trash hides, restore brings back, purge removes the plan and the personal data in its history', async () => {
    t = openTestData();
    const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    await t.repos.operations.trash(op.id);
    expect((await t.repos.operationQueries.overview()).active).toHaveLength(0);
    expect((await t.repos.operationQueries.overview()).trash.map((o) => o.id)).toEqual([op.id]);
    await t.repos.operations.restore(op.id);
    expect((await t.repos.operationQueries.overview()).active).toHaveLength(1);

    await expect(t.repos.operations.purge(op.id)).rejects.toMatchObject({ code: 'not_allowed' });
    await t.repos.operations.trash(op.id);
    await t.repos.operations.purge(op.id);
    expect(await t.repos.operations.count()).toBe(0);
    for (const table of ['targets', 'participations', 'teams', 'timeline', 'comms'] as const) {
      expect(await t.db.rows(table).where('operationId').equals(op.id).count(), table).toBe(0);
    }
    expect(await t.repos.audit.forOperation(op.id)).toEqual([]);
    const deletion = (await t.repos.audit.forEntity(op.id)).find((a) => a.action === 'delete');
    expect(deletion?.changes).toEqual([]);
    expect(deletion?.summary).toContain('endgültig gelöscht');
  });

  it('archive keeps the plan listed with its archive date', async () => {
    t = openTestData();
    const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    await t.repos.operations.archive(op.id);
    expect((await t.repos.operationQueries.overview()).active[0]?.archivedAt).not.toBeNull();
    await t.repos.operations.unarchive(op.id);
    expect((await t.repos.operationQueries.overview()).active[0]?.archivedAt).toBeNull();
  });
});

describe('copies and templates', () => {
  it('duplicate, save as template, create from template', async () => {
    t = openTestData();
    const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const dup = await t.repos.operations.duplicate(op.id, 'DEMO KOPIE');
    const dupPlan = await t.repos.operations.loadPlan(dup.id);
    const srcPlan = await t.repos.operations.loadPlan(op.id);
    expect(dupPlan.targets).toHaveLength(srcPlan.targets.length);
    expect(dupPlan.operation.hHour).toBe(srcPlan.operation.hHour);

    const template = await t.repos.operations.saveAsTemplate(op.id, 'Muster Shisha-Kontrolle');
    expect((await t.repos.operationQueries.overview()).templates.map((o) => o.codeName)).toEqual([
      'Muster Shisha-Kontrolle',
    ]);
    expect(
      (await t.repos.operationQueries.overview()).active.map((o) => o.codeName).sort(),
    ).toEqual(['DEMO KOPIE', op.codeName].sort());
    const fresh = await t.repos.operations.createFromPattern(template.id, 'NEU AUS MUSTER');
    const freshPlan = await t.repos.operations.loadPlan(fresh.id);
    expect(freshPlan.operation.template).toBe(false);
    expect(freshPlan.operation.hHour).toBeNull();
    expect(freshPlan.teams.map((x) => x.name)).toEqual(srcPlan.teams.map((x) => x.name));
    expect(freshPlan.teams.every((x) => x.leader.name === '')).toBe(true);
  });

  it('removing a target clears it from teams and the timeline in the same transaction', async () => {
    t = openTestData();
    const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    const plan = await t.repos.operations.loadPlan(op.id);
    const target = plan.targets.find((x) =>
      plan.teams.some((team) => team.targetIds.includes(x.id)),
    );
    if (!target) throw new Error('demo');
    await t.repos.plan.targets.remove(target.id);
    const after = await t.repos.operations.loadPlan(op.id);
    expect(after.teams.some((team) => team.targetIds.includes(target.id))).toBe(false);
    expect(after.timeline.some((e) => e.targetId === target.id)).toBe(false);
  });
});
