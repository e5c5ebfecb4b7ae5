// The conflicts client answers each read-model version once: the same table views and window
// reuse the answer (the Kalender and Bereitschaft share it), a new view or window computes
// again, and a lock forgets it. Here without a Worker (happy-dom), so the rules run in-thread.
import { describe, expect, it } from 'vitest';
import type { Operation, OperationTarget } from '@shared/domain';
import {
  ConflictClient,
  type ConflictViews,
} from '../../../src/renderer/features/calendar/conflict-client';
import { agencyIdsByCatalogKey, buildDemoDataset, seedAgencies } from '@shared/demo';

const view = <T extends { id: string }>(rows: T[]) => ({
  ready: true,
  rows: new Map(rows.map((r) => [r.id, r])),
});

function twoPlansAtOnePremises(): ConflictViews {
  // The demo built here, not through tests/support (outside the renderer's tsconfig).
  let n = 0;
  const makeId = () => `id-${++n}`;
  const now = '2026-11-16T09:00:00.000Z';
  const byKey = agencyIdsByCatalogKey(seedAgencies(now, makeId));
  const plan = buildDemoDataset({ now, agencyIdByCatalogKey: byKey, makeId });
  const second: Operation = { ...plan.operation, id: 'op-2', codeName: 'ZWEI' };
  const target = plan.targets[0];
  if (!target) throw new Error('demo has targets');
  const copy: OperationTarget = { ...target, id: 't-2', operationId: 'op-2' };
  return {
    operations: view([plan.operation, second]),
    targets: view([...plan.targets, copy]),
    participations: view(plan.participations),
    agencies: view([]),
    teams: view(plan.teams),
  };
}

describe('ConflictClient', () => {
  it('computes once per version, again for a new one, and forgets on lock', () => {
    expect(typeof Worker).toBe('undefined');
    const client = new ConflictClient();
    let notified = 0;
    const stop = client.subscribe(() => (notified += 1));
    const views = twoPlansAtOnePremises();
    client.request(views, 14);
    const first = client.getResult();
    expect(first?.all.some((c) => c.kind === 'premises')).toBe(true);
    expect(first?.byOperation.get('op-2')?.length).toBeGreaterThan(0);
    client.request({ ...views }, 14);
    expect(client.getResult()).toBe(first);
    expect(notified).toBe(1);

    client.request({ ...views, targets: view([]) }, 14);
    expect(client.getResult()?.all.some((c) => c.kind === 'premises')).toBe(false);
    client.request({ ...views, targets: view([]) }, 30);
    expect(notified).toBe(3);

    client.dispose();
    expect(client.getResult()).toBe(null);
    stop();
  });
});
