// Placing people in teams: how many an agency can still give, and adding one to a team.
import type { Participation, PlanSnapshot, Team } from '@shared/domain';
import { COMMITTED_STATUSES } from '@shared/roster';

export const DRAG_TYPE = 'application/x-verbundplaner-participation';

export function assignedOf(plan: PlanSnapshot, participationId: string): number {
  return plan.teams.reduce(
    (sum, t) =>
      sum +
      t.members
        .filter((m) => m.participationId === participationId)
        .reduce((s, m) => s + m.count, 0),
    0,
  );
}

/** Participations whose people can be placed (not declined or withdrawn). */
export function placeable(plan: PlanSnapshot): Participation[] {
  return plan.participations.filter(
    (p) => p.confirmation.status === 'requested' || COMMITTED_STATUSES.has(p.confirmation.status),
  );
}

/** One more person of the participation in the team (a new member row if needed). */
export function withOneMore(team: Team, participationId: string): Team {
  const existing = team.members.find((m) => m.participationId === participationId);
  return {
    ...team,
    members: existing
      ? team.members.map((m) =>
          m.participationId === participationId ? { ...m, count: m.count + 1 } : m,
        )
      : [...team.members, { participationId, count: 1, names: '' }],
  };
}
