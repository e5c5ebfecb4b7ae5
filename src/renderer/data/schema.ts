// The table registry: ONE record per table of the local database — its indexes, the fields that
// stay readable at rest, the zod schema of its records, what it holds and, for audited entities,
// how an audit entry names a record. Everything else (Dexie stores, the sealing codec, restore
// validation, the repositories' entity specs) is derived from here, so a new table is added once.
//
// Everything not listed in `plain` is sensitive and goes through the record codec (encrypted
// once the vault is set up), so a field added later is protected by default.
//
// Relative import on purpose: the e2e backup fixture loads this file in Node without the
// bundler's `@shared` alias.
import type { z } from 'zod';
import {
  agencySchema,
  attachmentSchema,
  auditEntrySchema,
  commsEntrySchema,
  findingSchema,
  operationRevisionSchema,
  operationSchema,
  operationTargetSchema,
  participationSchema,
  premisesSchema,
  lenientSchema,
  settingsSchema,
  teamSchema,
  timelineEntrySchema,
  type AuditedEntity,
} from '../../shared/domain';
import { distributionCopySchema } from '../../shared/documents/briefing/distribution';
import { exchangeRecordSchema } from '../../shared/exchange/records';
import { operationResultsSchema } from '../../shared/results/record';
import { shareRecordSchema } from '../sync/share-record';

/** How audit entries name a record of an audited table. */
export interface AuditNaming<T> {
  entity: AuditedEntity;
  /** The operation the change belongs to (its history view), or null. */
  operationIdOf(value: T): string | null;
  /** Short human label for the audit summary (code name, agency name …). */
  describe(value: T): string;
}

export interface TableSpec<T = unknown> {
  /** Dexie index declaration; the primary key is always `id`. */
  indexes: string;
  /** Fields stored readable: the primary key, foreign keys, dates, status and type codes. */
  plain: readonly string[];
  /**
   * The write schema: every record a repository writes is checked against it, with today's
   * limits (a code name of at most 40 characters …).
   */
  schema: z.ZodType<T>;
  /** What the table holds (for the next engineer and error messages). */
  description: string;
  /** Present for tables whose records are audited one by one through `WriteBatch`. */
  audit?: AuditNaming<NoInfer<T>>;
}

/** A registry entry with its read schema, derived once from the write schema. */
export interface TableEntry<T = unknown> extends TableSpec<T> {
  /**
   * The read schema: the write schema without upper bounds (`lenientSchema`). Restore checks
   * backups with it, so records stored before a limit was tightened still restore and load.
   */
  readSchema: z.ZodType<T>;
}

/** Infers the record type from the schema so the audit callbacks are checked against it. */
const table = <T>(spec: TableSpec<T>): TableEntry<T> => ({
  ...spec,
  readSchema: lenientSchema(spec.schema),
});

const entity = ['id', 'rev', 'createdAt', 'updatedAt'] as const;
const byOperation = (v: { operationId: string }) => v.operationId;

export const TABLES = {
  settings: table({
    indexes: '&id',
    plain: ['id', 'rev', 'updatedAt'],
    schema: settingsSchema,
    description: 'Einstellungen (ein Datensatz)',
    audit: { entity: 'settings', operationIdOf: () => null, describe: () => 'Einstellungen' },
  }),
  agencies: table({
    indexes: '&id, kind, catalogKey',
    plain: [...entity, 'kind', 'catalogKey'],
    schema: agencySchema,
    description: 'Behörden mit Ansprechpersonen',
    audit: { entity: 'agency', operationIdOf: () => null, describe: (v) => v.name },
  }),
  operations: table({
    indexes: '&id, status, hHour, leadAgencyId, updatedAt',
    plain: [...entity, 'status', 'hHour', 'leadAgencyId', 'kind', 'revision'],
    schema: operationSchema,
    description: 'Einsätze mit den fünf Teilen des Befehls',
    audit: { entity: 'operation', operationIdOf: (v) => v.id, describe: (v) => v.codeName },
  }),
  premises: table({
    indexes: '&id, kind',
    plain: [...entity, 'kind'],
    schema: premisesSchema,
    description: 'Objekte (kontrollierte Orte), einsatzübergreifend',
    audit: { entity: 'premises', operationIdOf: () => null, describe: (v) => v.name },
  }),
  targets: table({
    indexes: '&id, operationId, premisesId',
    plain: [...entity, 'operationId', 'premisesId', 'teamId', 'status'],
    schema: operationTargetSchema,
    description: 'Ein Objekt in einem Einsatz',
    audit: {
      entity: 'target',
      operationIdOf: byOperation,
      describe: (v) => v.label || v.premisesId,
    },
  }),
  participations: table({
    indexes: '&id, operationId, agencyId',
    plain: [...entity, 'operationId', 'agencyId', 'role'],
    schema: participationSchema,
    description: 'Beteiligung einer Behörde an einem Einsatz',
    audit: { entity: 'participation', operationIdOf: byOperation, describe: (v) => v.agencyId },
  }),
  teams: table({
    indexes: '&id, operationId',
    plain: [...entity, 'operationId'],
    schema: teamSchema,
    description: 'Teams eines Einsatzes',
    audit: { entity: 'team', operationIdOf: byOperation, describe: (v) => v.name },
  }),
  timeline: table({
    indexes: '&id, operationId',
    plain: [...entity, 'operationId'],
    schema: timelineEntrySchema,
    description: 'Zeitablauf eines Einsatzes',
    audit: { entity: 'timeline', operationIdOf: byOperation, describe: (v) => v.title },
  }),
  comms: table({
    indexes: '&id, operationId',
    plain: [...entity, 'operationId', 'type'],
    schema: commsEntrySchema,
    description: 'Sprechgruppen und Telefonliste eines Einsatzes',
    audit: { entity: 'comms', operationIdOf: byOperation, describe: (v) => v.name },
  }),
  findings: table({
    indexes: '&id, operationId, agencyId',
    plain: [...entity, 'operationId', 'targetId', 'agencyId', 'category'],
    schema: findingSchema,
    description: 'Feststellungen einer Kontrolle',
    audit: { entity: 'finding', operationIdOf: byOperation, describe: (v) => v.category },
  }),
  // One sealed record per operation (id = the operation's id), so statistics decrypt one
  // record per operation rather than one per result row.
  results: table({
    indexes: '&id, operationId',
    plain: [...entity, 'operationId'],
    schema: operationResultsSchema,
    description: 'Ergebnisse eines Einsatzes (ein Datensatz je Einsatz)',
    audit: { entity: 'finding', operationIdOf: byOperation, describe: () => 'Ergebnisse' },
  }),
  attachments: table({
    indexes: '&id, premisesId',
    plain: ['id', 'premisesId', 'createdAt'],
    schema: attachmentSchema,
    // Audited through the premises they belong to.
    description: 'Anlagen (Bytes) zu Objekten',
  }),
  revisions: table({
    indexes: '&id, operationId',
    plain: ['id', 'operationId', 'revision', 'createdAt'],
    schema: operationRevisionSchema,
    // Written alongside the audited approval that creates them.
    description: 'Freigegebene Fassungen eines Einsatzes (Schnappschüsse)',
  }),
  exchange: table({
    indexes: '&id, type',
    plain: ['id', 'rev', 'createdAt', 'updatedAt', 'type'],
    schema: exchangeRecordSchema,
    // Key and trust changes are audited by the exchange repository as agency/settings entries.
    description: 'Austausch: eigene Schlüssel, vertraute Schlüssel, Anfragen und Antworten',
  }),
  distribution: table({
    indexes: '&id, operationId',
    plain: ['id', 'rev', 'createdAt', 'updatedAt', 'operationId'],
    schema: distributionCopySchema,
    // Each issue and return is audited by the briefing's register as an operation entry.
    description: 'Verteiler: ausgegebene Ausfertigungen des Einsatzbefehls',
  }),
  // Local to this installation and left out of backups (data/backup.ts): a restored copy would
  // take the device chain back to an older sequence number.
  shares: table({
    indexes: '&id',
    plain: ['id', 'rev', 'createdAt', 'updatedAt'],
    schema: shareRecordSchema,
    // Starting and ending a share are audited by the share store as operation entries.
    description: 'Gemeinsam bearbeiten: Server, Rolle, Gerätekette und Sync-Stand je Einsatz',
  }),
  audit: table({
    indexes: '&id, at, entityId, operationId',
    plain: ['id', 'at', 'entity', 'entityId', 'operationId', 'action'],
    schema: auditEntrySchema,
    description: 'Verlauf: wer wann was geändert hat',
  }),
} as const;

/**
 * Public reference data, kept in a database of its own beside the plan database: the offline
 * address gazetteer (house coordinates the German states publish as open data). It holds nothing
 * of the user's plans, so it is stored unsealed, is not part of backups, key rotation or the
 * sealing pass, and millions of rows never slow those down. Opened by map/geocode/gazetteer-db.ts.
 */
export const GAZETTEER_DATABASE = {
  name: 'verbundplaner-gazetteer',
  version: 1,
  stores: {
    /** One house: normalised "street number place" key for prefix search, its named source. */
    entries: '&id, key, source',
    /** One imported source (a district or a whole state) with its row count. */
    sources: '&name',
  },
  description: 'Adressverzeichnis (öffentliche Hauskoordinaten, unverschlüsselt)',
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The read schema of every table's records (restore validates with it before writing). */
export const TABLE_SCHEMAS: Record<TableName, z.ZodType> = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, TABLES[t].readSchema]),
) as Record<TableName, z.ZodType>;

/** Index declarations per table for Dexie's `version().stores()`. */
export function dexieStores(): Record<TableName, string> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, TABLES[t].indexes])) as Record<
    TableName,
    string
  >;
}
