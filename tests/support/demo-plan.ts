// The fictional demo operation as a plan snapshot with its agencies and premises: the one demo
// fixture for tests of plan rules, roster rules and documents (real shapes, nothing to drift).
import { buildDemoDataset, seedAgencies, agencyIdsByCatalogKey } from '@shared/demo';
import type { Agency, PlanSnapshot, Premises } from '@shared/domain';

export const NOW = '2026-11-16T09:00:00.000Z';

export interface DemoPlan {
  plan: PlanSnapshot;
  agencies: Agency[];
  premises: Premises[];
  byKey: Map<string, string>;
}

export function demoPlan(now = NOW): DemoPlan {
  let n = 0;
  const makeId = () => `id-${++n}`;
  const agencies = seedAgencies(now, makeId);
  const byKey = agencyIdsByCatalogKey(agencies);
  const d = buildDemoDataset({ now, agencyIdByCatalogKey: byKey, makeId });
  return {
    plan: {
      operation: d.operation,
      targets: d.targets,
      participations: d.participations,
      teams: d.teams,
      timeline: d.timeline,
      comms: d.comms,
    },
    agencies,
    premises: d.premises,
    byKey,
  };
}

/** A counter-based id maker for deterministic tests. */
export function ids(prefix = 'x'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
