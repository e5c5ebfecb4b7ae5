// The built-in catalogues (agencies, municipalities, premises kinds, thematic fields, results,
// enum labels) and small lookups on them.
import type { AgencyKind } from '../domain/agency';
import type { Label } from '../domain/common';
import type { Language } from '../domain/settings';
import { AGENCY_CATALOG, type CatalogAgency } from './agencies';
import { FINDING_CATEGORIES, LEGAL_AREAS, type FindingCategory, type LegalArea } from './findings';
import { MUNICIPALITIES, type CatalogMunicipality } from './municipalities';
import { PREMISES_KINDS, type PremisesKind } from './premises-kinds';
import { THEMATIC_FIELDS, type ThematicField } from './thematic-fields';

export * from './agencies';
export * from './municipalities';
export * from './premises-kinds';
export * from './thematic-fields';
export * from './findings';
export * from './enum-labels';
export * from './seed';

/** The label text in the requested language. */
export function label(l: Label, lang: Language): string {
  return l[lang];
}

function index<T, K extends keyof T>(items: readonly T[], key: K): ReadonlyMap<T[K], T> {
  return new Map(items.map((item) => [item[key], item]));
}

const agenciesByKey = index(AGENCY_CATALOG, 'key');
const premisesKindsByCode = index(PREMISES_KINDS, 'code');
const municipalitiesByCode = index(MUNICIPALITIES, 'code');
const thematicFieldsByCode = index(THEMATIC_FIELDS, 'code');
const findingCategoriesByCode = index(FINDING_CATEGORIES, 'code');
const legalAreasByCode = index(LEGAL_AREAS, 'code');

export const agencyCatalogEntry = (key: string): CatalogAgency | undefined =>
  agenciesByKey.get(key);
export const premisesKind = (code: string): PremisesKind | undefined =>
  premisesKindsByCode.get(code);
export const municipality = (code: string): CatalogMunicipality | undefined =>
  municipalitiesByCode.get(code);
export const thematicField = (code: string): ThematicField | undefined =>
  thematicFieldsByCode.get(code);
export const findingCategory = (code: string): FindingCategory | undefined =>
  findingCategoriesByCode.get(code);
export const legalArea = (code: string): LegalArea | undefined => legalAreasByCode.get(code);

/**
 * Agency kinds to suggest for an operation with these premises kinds: the union of each kind's
 * suggestions, ordered by how many premises need them, then by their rank in the lists.
 */
export function suggestedAgencyKinds(premisesKindCodes: readonly string[]): AgencyKind[] {
  const score = new Map<AgencyKind, { count: number; rank: number }>();
  for (const code of premisesKindCodes) {
    const kinds = premisesKind(code)?.suggestedAgencyKinds ?? [];
    kinds.forEach((kind, rank) => {
      const s = score.get(kind);
      if (s) {
        s.count += 1;
        s.rank = Math.min(s.rank, rank);
      } else score.set(kind, { count: 1, rank });
    });
  }
  return [...score.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.rank - b.rank)
    .map(([kind]) => kind);
}
