// What changed between two versions of a plan (revision comparison), per part and field.
import { diffRecords, type FieldChange } from '../util/diff';
import type { PlanSnapshot } from './revision';

export const PLAN_PARTS = [
  'operation',
  'targets',
  'participations',
  'teams',
  'timeline',
  'comms',
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export interface PlanChange {
  part: PlanPart;
  id: string;
  kind: 'added' | 'removed' | 'changed';
  /** Field changes for `changed`; empty for added/removed. */
  fields: FieldChange[];
}

function diffList(
  part: PlanPart,
  a: readonly { id: string }[],
  b: readonly { id: string }[],
): PlanChange[] {
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  const out: PlanChange[] = [];
  for (const [id, x] of before) {
    const y = after.get(id);
    if (!y) out.push({ part, id, kind: 'removed', fields: [] });
    else {
      const fields = diffRecords(x, y);
      if (fields.length > 0) out.push({ part, id, kind: 'changed', fields });
    }
  }
  for (const id of after.keys())
    if (!before.has(id)) out.push({ part, id, kind: 'added', fields: [] });
  return out;
}

/** Bookkeeping that changes with every revision and says nothing about the plan. */
const OPERATION_NOISE = new Set([
  'status',
  'approval',
  'revision',
  'submittedForApproval',
  'approvalByTwoPersons',
  'executed',
  // Not noise, but compared as geometry and put into words by describeMapChanges (shared/maps)
  // instead of as a list of coordinates.
  'map',
]);

export function diffPlans(a: PlanSnapshot, b: PlanSnapshot): PlanChange[] {
  const opFields = diffRecords(a.operation, b.operation).filter(
    (f) => !OPERATION_NOISE.has(f.path.split('.')[0] ?? ''),
  );
  return [
    ...(opFields.length > 0
      ? [
          {
            part: 'operation' as const,
            id: b.operation.id,
            kind: 'changed' as const,
            fields: opFields,
          },
        ]
      : []),
    ...diffList('targets', a.targets, b.targets),
    ...diffList('participations', a.participations, b.participations),
    ...diffList('teams', a.teams, b.teams),
    ...diffList('timeline', a.timeline, b.timeline),
    ...diffList('comms', a.comms, b.comms),
  ];
}
