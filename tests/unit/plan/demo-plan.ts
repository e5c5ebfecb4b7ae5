// The demo dataset as a PlanSnapshot with deterministic ids, for plan-rule tests.
import { buildDemoDataset, DEMO_AGENCY_KEYS } from '@shared/demo';
import type { PlanSnapshot, Premises } from '@shared/domain';

export const NOW = '2026-11-20T10:00:00.000Z';

export function demoPlan(): { plan: PlanSnapshot; premises: Premises[] } {
  let n = 0;
  const d = buildDemoDataset({
    now: NOW,
    agencyIdByCatalogKey: new Map(DEMO_AGENCY_KEYS.map((k) => [k, `catalog-${k}`])),
    makeId: () => `id${n++}`,
  });
  const { premises, ...plan } = d;
  return { plan, premises };
}

export function idGen(prefix = 'n') {
  let n = 0;
  return () => `${prefix}${n++}`;
}
