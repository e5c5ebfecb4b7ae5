// Every value of every domain enum has a German and an English label, and nothing more.
import { describe, expect, it } from 'vitest';
import {
  AGENCY_CATALOG,
  AGENCY_KIND_LABELS,
  AGENCY_KIND_REMITS,
  agencyIdsByCatalogKey,
  ATTACHMENT_KIND_LABELS,
  AUDIT_ACTION_LABELS,
  AUDITED_ENTITY_LABELS,
  CLASSIFICATION_LABELS,
  CLASSIFICATION_MARKINGS,
  CONFIRMATION_CHANNEL_LABELS,
  CONFIRMATION_STATUS_LABELS,
  FRAMEWORK_PART_LABELS,
  JURISDICTION_LEVEL_LABELS,
  LANGUAGE_LABELS,
  OPERATION_KIND_LABELS,
  OPERATION_STATUS_LABELS,
  PARTICIPATION_ROLE_LABELS,
  PARTNER_STATUS_LABELS,
  PHASE_LABELS,
  PHONE_ENTRY_SOURCE_LABELS,
  RISK_CATEGORY_LABELS,
  RISK_LEVEL_LABELS,
  seedAgencies,
  TARGET_STATUS_LABELS,
  TIMELINE_PHASE_LABELS,
  TIMELINE_TIME_KIND_LABELS,
} from '@shared/catalog';
import {
  AGENCY_KINDS,
  agencySchema,
  ATTACHMENT_KINDS,
  AUDIT_ACTIONS,
  AUDITED_ENTITIES,
  CLASSIFICATIONS,
  CONFIRMATION_CHANNELS,
  CONFIRMATION_STATUSES,
  FRAMEWORK_PARTS,
  JURISDICTION_LEVELS,
  labelSchema,
  LANGUAGES,
  OPERATION_KINDS,
  OPERATION_STATUSES,
  PARTICIPATION_ROLES,
  PARTNER_STATUSES,
  PHASES,
  PHONE_ENTRY_SOURCES,
  RISK_CATEGORIES,
  RISK_LEVELS,
  TARGET_STATUSES,
} from '@shared/domain';
import type { Label } from '@shared/domain';

const cases: [string, readonly string[], Record<string, Label>][] = [
  ['agency kinds', AGENCY_KINDS, AGENCY_KIND_LABELS],
  ['agency kind remits', AGENCY_KINDS, AGENCY_KIND_REMITS],
  ['jurisdiction levels', JURISDICTION_LEVELS, JURISDICTION_LEVEL_LABELS],
  ['partner statuses', PARTNER_STATUSES, PARTNER_STATUS_LABELS],
  ['operation kinds', OPERATION_KINDS, OPERATION_KIND_LABELS],
  ['operation statuses', OPERATION_STATUSES, OPERATION_STATUS_LABELS],
  ['classifications', CLASSIFICATIONS, CLASSIFICATION_LABELS],
  ['framework parts', FRAMEWORK_PARTS, FRAMEWORK_PART_LABELS],
  ['risk categories', RISK_CATEGORIES, RISK_CATEGORY_LABELS],
  ['risk levels', RISK_LEVELS, RISK_LEVEL_LABELS],
  ['phases', PHASES, PHASE_LABELS],
  ['timeline phases', PHASES, TIMELINE_PHASE_LABELS],
  ['timeline time kinds', ['relative', 'absolute'], TIMELINE_TIME_KIND_LABELS],
  ['target statuses', TARGET_STATUSES, TARGET_STATUS_LABELS],
  ['participation roles', PARTICIPATION_ROLES, PARTICIPATION_ROLE_LABELS],
  ['confirmation statuses', CONFIRMATION_STATUSES, CONFIRMATION_STATUS_LABELS],
  ['confirmation channels', CONFIRMATION_CHANNELS, CONFIRMATION_CHANNEL_LABELS],
  ['audit actions', AUDIT_ACTIONS, AUDIT_ACTION_LABELS],
  ['audited entities', AUDITED_ENTITIES, AUDITED_ENTITY_LABELS],
  ['attachment kinds', ATTACHMENT_KINDS, ATTACHMENT_KIND_LABELS],
  ['phone entry sources', PHONE_ENTRY_SOURCES, PHONE_ENTRY_SOURCE_LABELS],
  ['languages', LANGUAGES, LANGUAGE_LABELS],
];

describe('enum labels', () => {
  it.each(cases)('%s: one bilingual label per value', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) {
      expect(labelSchema.safeParse(labels[value]).success, value).toBe(true);
    }
  });

  it('uses the official framework headings and classification markings', () => {
    expect(FRAMEWORK_PARTS.map((p) => FRAMEWORK_PART_LABELS[p].de)).toEqual([
      'Lage',
      'Auftrag',
      'Durchführung',
      'Einsatzunterstützung',
      'Führung und Kommunikation',
    ]);
    expect(FRAMEWORK_PART_LABELS.command.en).toBe('Command and communications');
    expect(CLASSIFICATION_MARKINGS).toEqual({
      open: 'OFFEN',
      vs_nfd: 'VS – NUR FÜR DEN DIENSTGEBRAUCH',
    });
  });
});

describe('seedAgencies', () => {
  const now = '2026-05-04T08:00:00.000Z';
  let n = 0;
  const agencies = seedAgencies(now, () => `agency-${++n}`);

  it('creates one valid agency per catalogue entry with its catalogue key', () => {
    expect(agencies).toHaveLength(AGENCY_CATALOG.length);
    for (const a of agencies) {
      const r = agencySchema.safeParse(a);
      expect(r.success, `${a.catalogKey}: ${r.error?.message ?? ''}`).toBe(true);
    }
    expect(new Set(agencies.map((a) => a.id)).size).toBe(agencies.length);
    expect(agencies.map((a) => a.catalogKey)).toEqual(AGENCY_CATALOG.map((c) => c.key));
    expect(agencies.every((a) => a.contacts.length === 0 && a.createdAt === now)).toBe(true);
  });

  it('maps catalogue keys to ids, leaving out retired and merged agencies', () => {
    const [first, second, ...rest] = agencies;
    if (!first || !second) throw new Error('catalogue too small');
    const map = agencyIdsByCatalogKey([
      { ...first, retired: true },
      { ...second, mergedInto: first.id },
      ...rest,
    ]);
    expect(map.size).toBe(agencies.length - 2);
    expect(map.has(first.catalogKey ?? '')).toBe(false);
    expect(map.get('pp_essen')).toBe(agencies.find((a) => a.catalogKey === 'pp_essen')?.id);
  });
});
