// Schema v1: the initial tables. Frozen: later changes get their own vN file, never edit this one.
import type { Migration } from './migration';

export const v1Initial: Migration = {
  version: 1,
  stores: {
    meta: '&key',
    settings: '&id',
    agencies: '&id, kind, catalogKey',
    operations: '&id, status, hHour, leadAgencyId, updatedAt',
    premises: '&id, kind',
    targets: '&id, operationId, premisesId',
    participations: '&id, operationId, agencyId',
    teams: '&id, operationId',
    timeline: '&id, operationId',
    comms: '&id, operationId',
    findings: '&id, operationId, agencyId',
    attachments: '&id, premisesId',
    revisions: '&id, operationId',
    audit: '&id, at, entityId, operationId',
  },
};
