// Loads the fictional example operation: the agency catalogue first (idempotent), then the
// premises and the whole plan in one transaction.
import { seedAgencies } from '@shared/catalog';
import { buildDemoDataset } from '@shared/demo';
import { newId, type Operation } from '@shared/domain';
import type { Repositories } from './repositories';

export async function loadDemo(
  repos: Repositories,
  now = new Date().toISOString(),
): Promise<Operation> {
  const agencyIdByCatalogKey = await repos.agencies.seed(seedAgencies(now, newId));
  const demo = buildDemoDataset({ now, agencyIdByCatalogKey, makeId: newId });
  return repos.operations.insertPlan(
    {
      operation: demo.operation,
      targets: demo.targets,
      participations: demo.participations,
      teams: demo.teams,
      timeline: demo.timeline,
      comms: demo.comms,
    },
    demo.premises,
  );
}
