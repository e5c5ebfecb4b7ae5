// How many people a participation counts for: what was requested, what the liaison confirmed.
import type { Agency } from '../domain/agency';
import type { ConfirmationStatus, Participation } from '../domain/participation';

/** Statuses under which the agency still sends people (the others send nobody). */
export const COMMITTED_STATUSES: ReadonlySet<ConfirmationStatus> = new Set([
  'requested',
  'confirmed',
  'partially_confirmed',
]);

/** Statuses in which the liaison has answered yes (fully or in part). */
export const CONFIRMED_STATUSES: ReadonlySet<ConfirmationStatus> = new Set([
  'confirmed',
  'partially_confirmed',
]);

/**
 * People the agency has confirmed. A plain "bestätigt" without a number means the request as
 * asked; an open request, a refusal or a withdrawal counts as nobody.
 */
export function confirmedStrengthOf(p: Participation): number {
  const c = p.confirmation;
  switch (c.status) {
    case 'confirmed':
      return c.confirmedStrength ?? p.requestedStrength;
    case 'partially_confirmed':
      return c.confirmedStrength ?? 0;
    default:
      return 0;
  }
}

/**
 * What people placed in teams are measured against: before the answer the request, afterwards
 * the answer (a refusal or withdrawal leaves room for nobody).
 */
export function strengthLimit(p: Participation): number {
  return p.confirmation.status === 'requested' ? p.requestedStrength : confirmedStrengthOf(p);
}

/** One agency's people as the teams screen counts them: asked for, answered, placed. */
export interface PlacementCount {
  requested: number;
  confirmed: number;
  /** People of this agency placed in teams. */
  assigned: number;
  /** What the placed people are measured against (`strengthLimit`). */
  limit: number;
  /** Still to place within the limit (negative: more placed than the limit). */
  free: number;
  /** Placed people the liaison has not confirmed (within the limit; beyond it is over-assigned). */
  unconfirmed: number;
}

/**
 * Requested and confirmed kept apart: "16 von 16 frei" for an unanswered request looked like
 * 16 people ready to go, while nobody had said yes.
 */
export function placementOf(p: Participation, assigned: number): PlacementCount {
  const confirmed = confirmedStrengthOf(p);
  const limit = strengthLimit(p);
  return {
    requested: p.requestedStrength,
    confirmed,
    assigned,
    limit,
    free: limit - assigned,
    unconfirmed: Math.max(0, Math.min(assigned, limit) - confirmed),
  };
}

/** Vehicles requested from the participation (sum of the counts). */
export function vehicleCountOf(p: Participation): number {
  return p.vehicles.reduce((sum, v) => sum + v.count, 0);
}

/** Whether an agency may be offered in pickers: not retired and not merged into another. */
export function isSelectableAgency(a: Agency): boolean {
  return !a.retired && a.mergedInto === null;
}

/**
 * Follows `mergedInto` links to the agency that now stands for `id` (old snapshots and exports
 * may still name a merged agency). Stops on a cycle instead of looping.
 */
export function resolveAgency(id: string, byId: ReadonlyMap<string, Agency>): Agency | undefined {
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current?.mergedInto && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.mergedInto);
    if (!next) break;
    current = next;
  }
  return current;
}
