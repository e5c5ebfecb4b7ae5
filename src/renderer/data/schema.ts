// The tables of the local database: which fields are indexed and which stay readable at rest.
// Everything not listed in `plain` is sensitive and goes through the record codec (encrypted
// once the vault is set up), so a field added later is protected by default.

export interface TableSpec {
  /** Dexie index declaration; the primary key is always `id`. */
  indexes: string;
  /** Fields stored readable: the primary key, foreign keys, dates, status and type codes. */
  plain: readonly string[];
}

const entity = ['id', 'rev', 'createdAt', 'updatedAt'] as const;

export const TABLES = {
  settings: { indexes: '&id', plain: ['id', 'rev', 'updatedAt'] },
  agencies: { indexes: '&id, kind, catalogKey', plain: [...entity, 'kind', 'catalogKey'] },
  operations: {
    indexes: '&id, status, hHour, leadAgencyId, updatedAt',
    plain: [...entity, 'status', 'hHour', 'leadAgencyId', 'kind', 'revision'],
  },
  premises: { indexes: '&id, kind', plain: [...entity, 'kind'] },
  targets: {
    indexes: '&id, operationId, premisesId',
    plain: [...entity, 'operationId', 'premisesId', 'teamId', 'status'],
  },
  participations: {
    indexes: '&id, operationId, agencyId',
    plain: [...entity, 'operationId', 'agencyId', 'role'],
  },
  teams: { indexes: '&id, operationId', plain: [...entity, 'operationId'] },
  timeline: { indexes: '&id, operationId', plain: [...entity, 'operationId'] },
  comms: { indexes: '&id, operationId', plain: [...entity, 'operationId', 'type'] },
  findings: {
    indexes: '&id, operationId, agencyId',
    plain: [...entity, 'operationId', 'targetId', 'agencyId', 'category'],
  },
  attachments: { indexes: '&id, premisesId', plain: ['id', 'premisesId', 'createdAt'] },
  revisions: {
    indexes: '&id, operationId',
    plain: ['id', 'operationId', 'revision', 'createdAt'],
  },
  audit: {
    indexes: '&id, at, entityId, operationId',
    plain: ['id', 'at', 'entity', 'entityId', 'operationId', 'action'],
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Index declarations per table for Dexie's `version().stores()`. */
export function dexieStores(): Record<TableName, string> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, TABLES[t].indexes])) as Record<
    TableName,
    string
  >;
}
