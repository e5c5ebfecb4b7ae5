// All repositories for one open database; components receive them through DataProvider.
import { agencyRepository } from './agencies';
import { attachmentRepository } from './attachments';
import { auditRepository } from './audit';
import type { RepoContext } from './base';
import { operationQueries } from './operation-queries';
import { operationRepository } from './operations';
import { planItemRepositories } from './plan-items';
import { premisesRepository } from './premises';
import { resultsRepository } from './results';
import { settingsRepository } from './settings';
import { retentionRepository } from '../retention';

export function createRepositories(ctx: RepoContext) {
  return {
    operations: operationRepository(ctx),
    operationQueries: operationQueries(ctx),
    plan: planItemRepositories(ctx),
    agencies: agencyRepository(ctx),
    premises: premisesRepository(ctx),
    attachments: attachmentRepository(ctx),
    settings: settingsRepository(ctx),
    audit: auditRepository(ctx),
    results: resultsRepository(ctx),
    retention: retentionRepository(ctx),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type { RepoContext } from './base';
