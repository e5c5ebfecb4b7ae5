import { afterEach, describe, expect, it } from 'vitest';
import { AGENCY_CATALOG } from '@shared/catalog';
import { loadDemo } from '../../../src/renderer/data/demo';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

describe('demo data', () => {
  it('loads the catalogue and one complete example plan, all audited', async () => {
    t = openTestData();
    const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    expect(op.codeName).toMatch(/DEMO/);
    expect(await t.repos.agencies.count()).toBe(AGENCY_CATALOG.length);
    const plan = await t.repos.operations.loadPlan(op.id);
    expect(plan.targets.length).toBeGreaterThanOrEqual(5);
    expect(plan.targets.length).toBeLessThanOrEqual(8);
    expect(plan.participations.length).toBeGreaterThanOrEqual(8);
    expect(plan.teams.length).toBeGreaterThan(0);
    expect(plan.timeline.length).toBeGreaterThan(0);
    expect(plan.comms.length).toBeGreaterThan(0);
    const premises = await t.repos.premises.getMany(plan.targets.map((x) => x.premisesId));
    expect(premises).toHaveLength(plan.targets.length);
    const history = await t.repos.audit.forOperation(op.id);
    const planRows =
      1 +
      plan.targets.length +
      plan.participations.length +
      plan.teams.length +
      plan.timeline.length +
      plan.comms.length;
    expect(history).toHaveLength(planRows);
    const counts = (await t.repos.operationQueries.rosterCounts()).get(op.id);
    expect(counts?.total).toBe(plan.participations.length);
    expect(counts?.targets).toBe(plan.targets.length);
  });

  it('loading the example twice does not duplicate the agency catalogue', async () => {
    t = openTestData();
    await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
    await loadDemo(t.repos, '2026-11-20T10:05:00.000Z');
    expect(await t.repos.agencies.count()).toBe(AGENCY_CATALOG.length);
    expect(await t.repos.operations.count()).toBe(2);
  });
});
