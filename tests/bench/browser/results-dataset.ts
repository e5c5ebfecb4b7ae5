// The Auswertung workload, shared by the Node bench (results-aggregation.bench.test.ts, the data
// path) and the Chromium bench (results.bench.spec.ts, the page after unlock): 10 000 completed
// operations of a year, 5 agencies × 10 targets each, one results record of 50 rows per
// operation with the sums the repository keeps at write time. Every 20th is cancelled and every
// 25th an exercise (left out by default).
import {
  newOperation,
  newParticipation,
  newTarget,
  type Operation,
  type OperationTarget,
  type Participation,
} from '@shared/domain';
import { emptyResults, RESULT_METRICS, withSums, type OperationResults } from '@shared/results';

export const RESULTS_OPERATIONS = 10_000;
export const AGENCIES_PER_OP = 5;
export const TARGETS_PER_OP = 10;
export const RESULTS_MUNICIPALITIES = [
  'essen',
  'bochum',
  'dortmund',
  'gelsenkirchen',
  'herne',
  'duisburg',
];
const FIELDS = ['shisha', 'illegal_gambling', 'red_light', 'traffic'];

export function resultsDataset(count = RESULTS_OPERATIONS, now = '2026-01-01T00:00:00.000Z') {
  const operations: Operation[] = [];
  const participations: Participation[] = [];
  const targets: OperationTarget[] = [];
  const results = new Map<string, OperationResults>();
  const codes = RESULT_METRICS.map((m) => m.code);
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString();
    const op = newOperation(
      {
        codeName: `OP ${i}`,
        status: i % 20 === 0 ? 'cancelled' : i % 3 === 0 ? 'followed_up' : 'executed',
        exercise: i % 25 === 0,
        hHour: day,
        municipalityId: RESULTS_MUNICIPALITIES[i % RESULTS_MUNICIPALITIES.length] ?? null,
        thematicFields: [FIELDS[i % FIELDS.length] ?? 'shisha'],
      },
      now,
    );
    operations.push(op);
    const agencyIds = Array.from({ length: AGENCIES_PER_OP }, (_, a) => `agency-${(i + a) % 40}`);
    for (const agencyId of agencyIds)
      participations.push(newParticipation({ operationId: op.id, agencyId }, now));
    const opTargets = Array.from({ length: TARGETS_PER_OP }, (_, t) =>
      newTarget({ operationId: op.id, premisesId: `premises-${(i * 7 + t) % 3000}` }, now),
    );
    targets.push(...opTargets);
    const r = emptyResults(op.id, op.id, now);
    for (const agencyId of agencyIds)
      for (const t of opTargets)
        r.rows.push({
          agencyId,
          targetId: t.id,
          values: {
            persons_checked: (i % 9) + 1,
            [codes[(i + t.order) % codes.length] ?? 'arrests']: 1 + (i % 4),
            [codes[(i * 3) % codes.length] ?? 'closures']: 2,
          },
          goods: [],
          note: '',
        });
    results.set(op.id, withSums(r));
  }
  return { operations, participations, targets, results };
}
