// Force totals (Kräfteübersicht): requested and confirmed strength per agency, people per team
// and per premises, computed from one plan snapshot. Pure and linear in the size of the plan,
// so the workspace can recompute it on every change.
import type { Agency } from '../domain/agency';
import {
  PARTICIPATION_ROLES,
  type ConfirmationStatus,
  type ParticipationRole,
} from '../domain/participation';
import type { PlanSnapshot } from '../domain/revision';
import { confirmedStrengthOf, strengthLimit, vehicleCountOf } from './strength';

export interface AgencyTotals {
  participationId: string;
  agencyId: string;
  /** Agency name and short name; empty when the agency record is missing. */
  name: string;
  shortName: string;
  role: ParticipationRole;
  status: ConfirmationStatus;
  requested: number;
  confirmed: number;
  /** People of this participation placed into teams. */
  assigned: number;
  /** What `assigned` may reach (`strengthLimit`): more is shown as over-assigned. */
  limit: number;
  vehicles: number;
}

export interface AgencyCount {
  participationId: string;
  agencyId: string;
  count: number;
}

export interface TeamTotals {
  teamId: string;
  name: string;
  callSign: string;
  assigned: number;
  byAgency: AgencyCount[];
  targetIds: string[];
}

export interface PremisesTotals {
  targetId: string;
  premisesId: string;
  teamIds: string[];
  /** People of all teams sent to this premises (a team sent to two premises counts for both). */
  assigned: number;
  byAgency: AgencyCount[];
}

export interface ForceTotals {
  agencies: AgencyTotals[];
  teams: TeamTotals[];
  premises: PremisesTotals[];
  total: { requested: number; confirmed: number; assigned: number; vehicles: number };
}

/**
 * The teams sent to each target. A target names its team, and a team lists its targets; both
 * links are honoured so that either way of assigning shows up.
 */
export function teamsByTarget(plan: PlanSnapshot): Map<string, string[]> {
  const map = new Map<string, string[]>(plan.targets.map((t) => [t.id, []]));
  const add = (targetId: string, teamId: string) => {
    const list = map.get(targetId);
    if (list && !list.includes(teamId)) list.push(teamId);
  };
  for (const t of plan.targets) if (t.teamId) add(t.id, t.teamId);
  for (const team of plan.teams) for (const targetId of team.targetIds) add(targetId, team.id);
  return map;
}

function addCount(list: AgencyCount[], item: AgencyCount): void {
  const existing = list.find((x) => x.participationId === item.participationId);
  if (existing) existing.count += item.count;
  else list.push({ ...item });
}

export function forceTotals(plan: PlanSnapshot, agencies: readonly Agency[]): ForceTotals {
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const participationById = new Map(plan.participations.map((p) => [p.id, p]));
  const assignedByParticipation = new Map<string, number>();

  const teams: TeamTotals[] = plan.teams.map((team) => {
    const byAgency: AgencyCount[] = [];
    let assigned = 0;
    for (const m of team.members) {
      if (m.count <= 0) continue;
      assigned += m.count;
      assignedByParticipation.set(
        m.participationId,
        (assignedByParticipation.get(m.participationId) ?? 0) + m.count,
      );
      const agencyId = participationById.get(m.participationId)?.agencyId ?? '';
      addCount(byAgency, { participationId: m.participationId, agencyId, count: m.count });
    }
    return {
      teamId: team.id,
      name: team.name,
      callSign: team.callSign,
      assigned,
      byAgency,
      targetIds: [...team.targetIds],
    };
  });

  // Lead first, then by role as the framework lists them, then by name: the order of a roster.
  const rows: AgencyTotals[] = plan.participations.map((p) => {
    const agency = agencyById.get(p.agencyId);
    return {
      participationId: p.id,
      agencyId: p.agencyId,
      name: agency?.name ?? '',
      shortName: agency?.shortName ?? '',
      role: p.role,
      status: p.confirmation.status,
      requested: p.requestedStrength,
      confirmed: confirmedStrengthOf(p),
      assigned: assignedByParticipation.get(p.id) ?? 0,
      limit: strengthLimit(p),
      vehicles: vehicleCountOf(p),
    };
  });
  rows.sort(byRoleThenName);

  const teamTotalsById = new Map(teams.map((t) => [t.teamId, t]));
  const targetById = new Map(plan.targets.map((t) => [t.id, t]));
  const premises: PremisesTotals[] = [];
  for (const [targetId, teamIds] of teamsByTarget(plan)) {
    const target = targetById.get(targetId);
    if (!target) continue;
    const byAgency: AgencyCount[] = [];
    let assigned = 0;
    for (const teamId of teamIds) {
      const tt = teamTotalsById.get(teamId);
      if (!tt) continue;
      assigned += tt.assigned;
      for (const c of tt.byAgency) addCount(byAgency, c);
    }
    premises.push({ targetId, premisesId: target.premisesId, teamIds, assigned, byAgency });
  }

  const total = { requested: 0, confirmed: 0, assigned: 0, vehicles: 0 };
  for (const r of rows) {
    total.requested += r.requested;
    total.confirmed += r.confirmed;
    total.vehicles += r.vehicles;
  }
  for (const t of teams) total.assigned += t.assigned;
  return { agencies: rows, teams, premises, total };
}

/** The roster's order of agencies: by role (the lead first), then by name. */
export function byRoleThenName(
  a: { role: ParticipationRole; name: string },
  b: { role: ParticipationRole; name: string },
): number {
  return (
    PARTICIPATION_ROLES.indexOf(a.role) - PARTICIPATION_ROLES.indexOf(b.role) ||
    a.name.localeCompare(b.name, 'de')
  );
}
