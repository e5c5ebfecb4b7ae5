// Turns the built-in agency catalogue into Agency records for an empty database.
import type { Agency } from '../domain/agency';
import type { Id } from '../domain/common';
import { newAgency } from '../domain/factories';
import { AGENCY_CATALOG } from './agencies';

/** One Agency per catalogue entry, in catalogue order, German names, no contacts. */
export function seedAgencies(now: string, makeId: () => Id): Agency[] {
  return AGENCY_CATALOG.map((c) =>
    newAgency(
      {
        id: makeId(),
        catalogKey: c.key,
        kind: c.kind,
        partnerStatus: c.partnerStatus,
        jurisdiction: { ...c.jurisdiction },
        name: c.name.de,
        shortName: c.shortName,
      },
      now,
    ),
  );
}

/** Maps catalogue keys to agency ids (skips agencies not seeded from the catalogue or retired). */
export function agencyIdsByCatalogKey(agencies: readonly Agency[]): Map<string, Id> {
  const map = new Map<string, Id>();
  for (const a of agencies) {
    if (a.catalogKey !== null && !a.retired && a.mergedInto === null && !map.has(a.catalogKey)) {
      map.set(a.catalogKey, a.id);
    }
  }
  return map;
}
