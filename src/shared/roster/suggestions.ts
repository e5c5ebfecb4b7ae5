// Agency suggestions for an operation: the kinds its premises typically need (catalogue), and for
// each kind the agencies that fit, local ones first.
import { agencyCatalogEntry, suggestedAgencyKinds } from '../catalog';
import type { Agency, AgencyKind } from '../domain/agency';
import type { Participation } from '../domain/participation';
import { isSelectableAgency } from './strength';

export interface AgencySuggestion {
  kind: AgencyKind;
  /** Candidate agencies of this kind, best first (may be empty: the user then adds one). */
  candidates: Agency[];
  /** Whether an agency of this kind already takes part. */
  covered: boolean;
}

/**
 * 0 = responsible for the operation's municipality, 1 = responsible area-wide (state, federal
 * or without a municipality list), 2 = responsible for some other municipality.
 */
function localRank(a: Agency, municipalityId: string | null): number {
  const codes = a.catalogKey ? (agencyCatalogEntry(a.catalogKey)?.municipalityCodes ?? []) : [];
  if (codes.length === 0) return 1;
  return municipalityId !== null && codes.includes(municipalityId) ? 0 : 2;
}

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
    const candidates = agencies
      .filter((a) => a.kind === kind && isSelectableAgency(a) && !taking.has(a.id))
      .map((a) => ({ a, rank: localRank(a, municipalityId) }))
      // Other towns' offices are no help for this operation; keep them out unless nothing else fits.
      .sort((x, y) => x.rank - y.rank || x.a.name.localeCompare(y.a.name, 'de'));
    const useful = candidates.filter((c) => c.rank < 2);
    return {
      kind,
      candidates: (useful.length > 0 ? useful : candidates).map((c) => c.a),
      covered: kindsTaking.has(kind),
    };
  });
}
