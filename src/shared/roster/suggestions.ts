// Agency suggestions for an operation: the kinds its premises typically need (catalogue), and for
// each kind the agencies responsible for the operation's municipality, then those responsible
// area-wide (the most local level first). An office of another town is never offered as the
// suggestion for a place it is not responsible for.
import { agencyCatalogEntry, suggestedAgencyKinds } from '../catalog';
import type { Agency, AgencyKind, Jurisdiction } from '../domain/agency';
import type { Participation } from '../domain/participation';
import { isSelectableAgency } from './strength';

export interface AgencySuggestion {
  kind: AgencyKind;
  /** Agencies of this kind responsible for the operation's place, best first (may be empty). */
  candidates: Agency[];
  /**
   * Agencies of this kind responsible only elsewhere: not suggested, listed so the UI can say
   * that the catalogue has none for this place (the user then picks or adds one).
   */
  elsewhere: Agency[];
  /** Whether an agency of this kind already takes part. */
  covered: boolean;
}

export type Responsibility = 'local' | 'area_wide' | 'elsewhere';

/**
 * Whether an agency answers for a municipality: its catalogue entry lists the municipality
 * (local), lists none (state, federal, or an area not recorded per municipality), or lists
 * others. Agencies users added themselves carry no list and count as area-wide.
 */
export function responsibilityFor(agency: Agency, municipalityId: string | null): Responsibility {
  const codes = agency.catalogKey
    ? (agencyCatalogEntry(agency.catalogKey)?.municipalityCodes ?? [])
    : [];
  if (codes.length === 0) return 'area_wide';
  if (municipalityId === null) return 'elsewhere';
  return codes.includes(municipalityId) ? 'local' : 'elsewhere';
}

const RESPONSIBILITY_RANK: Record<Responsibility, number> = {
  local: 0,
  area_wide: 1,
  elsewhere: 2,
};
/** Among equally responsible agencies the nearer level first (a main customs office before GZD). */
const LEVEL_RANK: Record<Jurisdiction['level'], number> = {
  municipal: 0,
  district: 1,
  regional: 2,
  state: 3,
  federal: 4,
};

export function suggestAgencies(input: {
  premisesKinds: readonly string[];
  agencies: readonly Agency[];
  participations: readonly Participation[];
  municipalityId: string | null;
}): AgencySuggestion[] {
  const { agencies, participations, municipalityId } = input;
  const taking = new Set(participations.map((p) => p.agencyId));
  const kindsTaking = new Set(agencies.filter((a) => taking.has(a.id)).map((a) => a.kind));
  return suggestedAgencyKinds(input.premisesKinds).map((kind) => {
    const ranked = agencies
      .filter((a) => a.kind === kind && isSelectableAgency(a) && !taking.has(a.id))
      .map((a) => ({ a, r: responsibilityFor(a, municipalityId) }))
      .sort(
        (x, y) =>
          RESPONSIBILITY_RANK[x.r] - RESPONSIBILITY_RANK[y.r] ||
          LEVEL_RANK[x.a.jurisdiction.level] - LEVEL_RANK[y.a.jurisdiction.level] ||
          x.a.name.localeCompare(y.a.name, 'de'),
      );
    // Without a municipality nothing is "elsewhere": every office may be the right one.
    const suggestable = (r: Responsibility) => r !== 'elsewhere' || municipalityId === null;
    return {
      kind,
      candidates: ranked.filter((c) => suggestable(c.r)).map((c) => c.a),
      elsewhere: ranked.filter((c) => !suggestable(c.r)).map((c) => c.a),
      covered: kindsTaking.has(kind),
    };
  });
}
