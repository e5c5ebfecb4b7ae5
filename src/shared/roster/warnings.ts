// Roster warnings the workspace shows while teams are built: teams without a leader or without a
// leading agency, premises without police security, teams that count on people nobody has
// confirmed yet, more people placed than an agency gave, answers that are overdue.
import type { Agency, AgencyKind } from '../domain/agency';
import type { ConfirmationStatus, ParticipationRole } from '../domain/participation';
import type { PlanSnapshot } from '../domain/revision';
import { COMMITTED_STATUSES, placementOf } from './strength';
import { teamsByTarget } from './totals';

export type RosterWarning =
  | { code: 'team_without_leader'; teamId: string }
  /** A leader is named but no agency leads the team, or the leading agency sends nobody. */
  | { code: 'team_without_lead_agency'; teamId: string }
  | { code: 'premises_without_team'; targetId: string; premisesId: string }
  | { code: 'premises_without_police'; targetId: string; premisesId: string; teamIds: string[] }
  | {
      code: 'over_assigned';
      participationId: string;
      agencyId: string;
      assigned: number;
      /** What the placed people are measured against. */
      limit: number;
      /** `requested` while the liaison has not answered, `confirmed` afterwards. */
      basis: 'requested' | 'confirmed';
    }
  | {
      /** Teams count on people of an agency that has not confirmed them (yet). */
      code: 'relies_on_unconfirmed';
      participationId: string;
      agencyId: string;
      /** Placed people beyond what was confirmed (within the request). */
      unconfirmed: number;
      confirmed: number;
      /** The teams that have people of this agency. */
      teamIds: string[];
    }
  | { code: 'participation_overdue'; participationId: string; agencyId: string; deadline: string };

export type RosterWarningCode = RosterWarning['code'];

/** Agencies that can secure a premises: police forces of the state and the federation. */
export const POLICE_KINDS: ReadonlySet<AgencyKind> = new Set(['state_police', 'federal_police']);
/** Roles in which a police participation actually provides security. */
export const SECURITY_ROLES: ReadonlySet<ParticipationRole> = new Set([
  'enforcement_support',
  'lead',
]);

/**
 * All warnings of one plan at `now` (UTC ISO). Order: teams, premises, participations — each in
 * the plan's own order, so the list does not jump around while the user works.
 */
export function rosterWarnings(
  plan: PlanSnapshot,
  agencies: readonly Agency[],
  now: string,
): RosterWarning[] {
  const warnings: RosterWarning[] = [];
  const kindOf = new Map(agencies.map((a) => [a.id, a.kind]));
  const participationById = new Map(plan.participations.map((p) => [p.id, p]));

  // A leader is named, or at least the agency that provides one is chosen.
  for (const team of plan.teams) {
    const leaderId = team.leader.participationId;
    if (team.leader.name.trim() === '' && leaderId === null) {
      warnings.push({ code: 'team_without_leader', teamId: team.id });
      continue;
    }
    // The leading agency answers for the team; one that declined or withdrew leads nothing.
    const lead = leaderId === null ? undefined : participationById.get(leaderId);
    if (!lead || !COMMITTED_STATUSES.has(lead.confirmation.status))
      warnings.push({ code: 'team_without_lead_agency', teamId: team.id });
  }

  const securingTeams = new Set<string>();
  for (const team of plan.teams) {
    const secures = team.members.some((m) => {
      if (m.count <= 0) return false;
      const p = participationById.get(m.participationId);
      if (!p || !COMMITTED_STATUSES.has(p.confirmation.status)) return false;
      const kind = kindOf.get(p.agencyId);
      return kind !== undefined && POLICE_KINDS.has(kind) && SECURITY_ROLES.has(p.role);
    });
    if (secures) securingTeams.add(team.id);
  }
  const targetById = new Map(plan.targets.map((t) => [t.id, t]));
  const teamIds = new Set(plan.teams.map((t) => t.id));
  for (const [targetId, sentTeams] of teamsByTarget(plan)) {
    const target = targetById.get(targetId);
    // A dropped target is no longer entered: nothing to secure.
    if (!target || target.status === 'dropped') continue;
    const existing = sentTeams.filter((id) => teamIds.has(id));
    if (existing.length === 0) {
      warnings.push({ code: 'premises_without_team', targetId, premisesId: target.premisesId });
    } else if (!existing.some((id) => securingTeams.has(id))) {
      warnings.push({
        code: 'premises_without_police',
        targetId,
        premisesId: target.premisesId,
        teamIds: existing,
      });
    }
  }

  const assigned = new Map<string, number>();
  const teamsWith = new Map<string, string[]>();
  for (const team of plan.teams)
    for (const m of team.members) {
      assigned.set(m.participationId, (assigned.get(m.participationId) ?? 0) + m.count);
      if (m.count > 0)
        teamsWith.set(m.participationId, [...(teamsWith.get(m.participationId) ?? []), team.id]);
    }

  const deadline = plan.operation.responseDeadline;
  const overdue = deadline !== null && Date.parse(now) > Date.parse(deadline);
  for (const p of plan.participations) {
    const placed = assigned.get(p.id) ?? 0;
    const open = p.confirmation.status === 'requested';
    const count = placementOf(p, placed);
    const limit = count.limit;
    if (count.unconfirmed > 0) {
      warnings.push({
        code: 'relies_on_unconfirmed',
        participationId: p.id,
        agencyId: p.agencyId,
        unconfirmed: count.unconfirmed,
        confirmed: count.confirmed,
        teamIds: teamsWith.get(p.id) ?? [],
      });
    }
    if (placed > limit) {
      warnings.push({
        code: 'over_assigned',
        participationId: p.id,
        agencyId: p.agencyId,
        assigned: placed,
        limit,
        basis: open ? 'requested' : 'confirmed',
      });
    }
    if (open && overdue && deadline !== null) {
      warnings.push({
        code: 'participation_overdue',
        participationId: p.id,
        agencyId: p.agencyId,
        deadline,
      });
    }
  }
  return warnings;
}

/** Whether one participation's answer is overdue (for highlighting a single row). */
export function isOverdue(
  status: ConfirmationStatus,
  responseDeadline: string | null,
  now: string,
): boolean {
  return (
    status === 'requested' &&
    responseDeadline !== null &&
    Date.parse(now) > Date.parse(responseDeadline)
  );
}
