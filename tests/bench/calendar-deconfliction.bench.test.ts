// Benchmark: deconfliction by premises over 10 000 operations with 50 000 targets (issue 14:
// ≤ 100 ms), against a bare baseline that only groups the targets by premises — the least any
// approach must do. Operations spread over a year, 20 000 premises, so some are revisited.
import { describe, expect, it } from 'vitest';
import { findPremisesConflicts } from '@shared/calendar';
import type { Operation, OperationTarget } from '@shared/domain';
import { demoPlan } from '../support/demo-plan';
import { report, sample, summarize, withBudget } from './harness';

const OPERATIONS = 10_000;
const TARGETS_PER_OPERATION = 5;
const PREMISES = 20_000;
const BUDGET_MS = 100;
const DAY = 24 * 3_600_000;

function dataset() {
  const { plan } = demoPlan();
  const baseTarget = plan.targets[0];
  if (!baseTarget) throw new Error('demo has targets');
  // A fixed pseudo-random sequence: the same workload in every run.
  let seed = 7;
  const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  const start = Date.UTC(2026, 0, 1);
  const operations: Operation[] = [];
  const targets: OperationTarget[] = [];
  for (let i = 0; i < OPERATIONS; i++) {
    const s = start + Math.floor(next() * 365) * DAY + 18 * 3_600_000;
    const id = `op-${i}`;
    operations.push({
      ...plan.operation,
      id,
      status: 'planning',
      timeWindow: {
        start: new Date(s).toISOString(),
        end: new Date(s + 7 * 3_600_000).toISOString(),
      },
    });
    for (let k = 0; k < TARGETS_PER_OPERATION; k++) {
      targets.push({
        ...baseTarget,
        id: `${id}-t${k}`,
        operationId: id,
        premisesId: `p-${Math.floor(next() * PREMISES)}`,
        status: 'planned',
      });
    }
  }
  return { operations, targets };
}

describe('deconfliction by premises', () => {
  it('10 000 operations, 50 000 targets vs grouping the targets by premises', async () => {
    const { operations, targets } = dataset();
    let sink = 0;
    const found = findPremisesConflicts(operations, targets);
    expect(found.length).toBeGreaterThan(0);
    const full = await sample(
      () => {
        sink += findPremisesConflicts(operations, targets).length;
      },
      15,
      3,
    );
    const bare = await sample(
      () => {
        const groups = new Map<string, string[]>();
        for (const t of targets) {
          const list = groups.get(t.premisesId);
          if (list) list.push(t.operationId);
          else groups.set(t.premisesId, [t.operationId]);
        }
        sink += groups.size;
      },
      15,
      3,
    );
    expect(sink).toBeGreaterThan(0);
    const m = summarize(
      'deconfliction by premises',
      `${OPERATIONS} operations, ${targets.length} targets, ${PREMISES} premises, ${found.length} conflicts`,
      full,
      { name: 'group targets by premises', times: bare },
    );
    report(withBudget(m, `≤ ${BUDGET_MS} ms`, m.medianMs <= BUDGET_MS));
  }, 120_000);
});
