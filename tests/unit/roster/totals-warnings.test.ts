// Force totals and roster warnings on the demo operation and small variations of it.
import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '@shared/domain';
import { forceTotals, isOverdue, rosterWarnings, type RosterWarning } from '@shared/roster';
import { demoPlan, NOW } from '../../support/demo-plan';

const codes = (w: RosterWarning[]) => w.map((x) => x.code);

function withPlan(mutate: (p: PlanSnapshot) => PlanSnapshot) {
  const d = demoPlan();
  return { ...d, plan: mutate(d.plan) };
}

describe('force totals', () => {
  it('adds requested and confirmed strength per agency and overall', () => {
    const { plan, agencies } = demoPlan();
    const t = forceTotals(plan, agencies);
    expect(t.agencies).toHaveLength(plan.participations.length);
    const customs = t.agencies.find((a) => a.name.includes('Finanzkontrolle Schwarzarbeit'));
    expect(customs).toMatchObject({ requested: 8, confirmed: 6, status: 'partially_confirmed' });
    expect(t.total.requested).toBe(t.agencies.reduce((s, a) => s + a.requested, 0));
    expect(t.total.confirmed).toBe(t.agencies.reduce((s, a) => s + a.confirmed, 0));
    expect(t.total.confirmed).toBeLessThan(t.total.requested);
    // An open request counts as nobody confirmed.
    for (const a of t.agencies.filter((x) => x.status === 'requested')) expect(a.confirmed).toBe(0);
  });

  it('measures placed people against the answer, or the request while it is open', () => {
    const { plan, agencies } = demoPlan();
    const t = forceTotals(plan, agencies);
    const customs = t.agencies.find((a) => a.name.includes('Finanzkontrolle Schwarzarbeit'));
    expect(customs?.limit).toBe(6);
    const open = t.agencies.filter((x) => x.status === 'requested');
    expect(open.length).toBeGreaterThan(0);
    for (const a of open) expect(a.limit).toBe(a.requested);
  });

  it('lists the lead first, then by role and name, whatever order the plan holds', () => {
    const { plan, agencies } = withPlan((p) => ({
      ...p,
      participations: [...p.participations].reverse(),
    }));
    const rows = forceTotals(plan, agencies).agencies;
    expect(rows[0]?.role).toBe('lead');
    const roles = ['lead', 'enforcement_support', 'inspecting_authority', 'support', 'observer'];
    for (const [i, b] of rows.entries()) {
      const a = rows[i - 1];
      if (!a) continue;
      const byRole = roles.indexOf(a.role) - roles.indexOf(b.role);
      expect(byRole < 0 || (byRole === 0 && a.name.localeCompare(b.name, 'de') <= 0)).toBe(true);
    }
  });

  it('counts people per team and per premises from the team members', () => {
    const { plan, agencies } = demoPlan();
    const t = forceTotals(plan, agencies);
    for (const team of plan.teams) {
      const tt = t.teams.find((x) => x.teamId === team.id);
      expect(tt?.assigned).toBe(team.members.reduce((s, m) => s + m.count, 0));
    }
    expect(t.total.assigned).toBe(t.teams.reduce((s, x) => s + x.assigned, 0));
    expect(t.premises).toHaveLength(plan.targets.length);
    for (const p of t.premises) {
      const sum = p.teamIds.reduce(
        (s, id) => s + (t.teams.find((x) => x.teamId === id)?.assigned ?? 0),
        0,
      );
      expect(p.assigned).toBe(sum);
      expect(p.byAgency.reduce((s, c) => s + c.count, 0)).toBe(sum);
    }
    const assignedPerAgency = t.agencies.reduce((s, a) => s + a.assigned, 0);
    expect(assignedPerAgency).toBe(t.total.assigned);
  });

  it('a confirmation without a number means the request as asked', () => {
    const { plan, agencies } = withPlan((p) => ({
      ...p,
      participations: p.participations.map((x, i) =>
        i === 0
          ? {
              ...x,
              confirmation: { ...x.confirmation, status: 'confirmed', confirmedStrength: null },
            }
          : x,
      ),
    }));
    const first = plan.participations[0];
    expect(forceTotals(plan, agencies).agencies[0]?.confirmed).toBe(first?.requestedStrength);
  });
});

describe('roster warnings', () => {
  it('the demo plan is clean before the deadline except where it is not', () => {
    const { plan, agencies } = demoPlan();
    const w = rosterWarnings(plan, agencies, NOW);
    expect(codes(w)).not.toContain('team_without_leader');
    expect(codes(w)).not.toContain('premises_without_police');
    expect(codes(w)).not.toContain('participation_overdue');
  });

  it('flags a team without a leader and clears when one is named', () => {
    const { plan, agencies } = withPlan((p) => ({
      ...p,
      teams: p.teams.map((t, i) =>
        i === 0 ? { ...t, leader: { name: '', participationId: null, phone: '' } } : t,
      ),
    }));
    const teamId = plan.teams[0]?.id;
    expect(rosterWarnings(plan, agencies, NOW)).toContainEqual({
      code: 'team_without_leader',
      teamId,
    });
    const fixed = {
      ...plan,
      teams: plan.teams.map((t, i) =>
        i === 0 ? { ...t, leader: { ...t.leader, name: 'PK Probe' } } : t,
      ),
    };
    expect(codes(rosterWarnings(fixed, agencies, NOW))).not.toContain('team_without_leader');
  });

  it('flags premises whose teams have no police in a securing role', () => {
    const d = demoPlan();
    const police = new Set(
      d.agencies
        .filter((a) => a.kind === 'state_police' || a.kind === 'federal_police')
        .map((a) => a.id),
    );
    const policeParticipations = new Set(
      d.plan.participations.filter((p) => police.has(p.agencyId)).map((p) => p.id),
    );
    const noPolice: PlanSnapshot = {
      ...d.plan,
      teams: d.plan.teams.map((t) => ({
        ...t,
        members: t.members.filter((m) => !policeParticipations.has(m.participationId)),
      })),
    };
    const w = rosterWarnings(noPolice, d.agencies, NOW).filter(
      (x) => x.code === 'premises_without_police',
    );
    const covered = d.plan.targets.filter(
      (t) => t.teamId !== null || d.plan.teams.some((x) => x.targetIds.includes(t.id)),
    );
    expect(w).toHaveLength(covered.length);
    // Police present but only as an observer does not secure the premises either.
    const observer: PlanSnapshot = {
      ...d.plan,
      participations: d.plan.participations.map((p) =>
        police.has(p.agencyId) ? { ...p, role: 'observer' } : p,
      ),
    };
    expect(codes(rosterWarnings(observer, d.agencies, NOW))).toContain('premises_without_police');
  });

  it('flags a target without any team, but not a dropped one', () => {
    const { plan, agencies } = withPlan((p) => ({
      ...p,
      targets: p.targets.map((t, i) => (i < 2 ? { ...t, teamId: null } : t)),
      teams: p.teams.map((t) => ({
        ...t,
        targetIds: t.targetIds.filter((id) => id !== p.targets[0]?.id && id !== p.targets[1]?.id),
      })),
    }));
    const w = rosterWarnings(plan, agencies, NOW).filter((x) => x.code === 'premises_without_team');
    expect(w).toHaveLength(2);
    const dropped = {
      ...plan,
      targets: plan.targets.map((t, i) => (i === 0 ? { ...t, status: 'dropped' as const } : t)),
    };
    expect(
      rosterWarnings(dropped, agencies, NOW).filter((x) => x.code === 'premises_without_team'),
    ).toHaveLength(1);
  });

  it('flags more people placed in teams than the agency confirmed', () => {
    const { plan, agencies } = demoPlan();
    const customs = plan.participations.find(
      (p) => p.confirmation.status === 'partially_confirmed',
    );
    expect(customs).toBeDefined();
    const over: PlanSnapshot = {
      ...plan,
      teams: plan.teams.map((t, i) =>
        i === 0
          ? {
              ...t,
              members: [...t.members, { participationId: customs?.id ?? '', count: 7, names: '' }],
            }
          : t,
      ),
    };
    const w = rosterWarnings(over, agencies, NOW).find((x) => x.code === 'over_assigned');
    expect(w).toMatchObject({ participationId: customs?.id, limit: 6, basis: 'confirmed' });
  });

  it('flags open requests after the response deadline only', () => {
    const { plan, agencies } = demoPlan();
    const deadline = plan.operation.responseDeadline ?? '';
    const after = new Date(Date.parse(deadline) + 60_000).toISOString();
    const open = plan.participations.filter((p) => p.confirmation.status === 'requested');
    expect(open.length).toBeGreaterThan(0);
    const w = rosterWarnings(plan, agencies, after).filter(
      (x) => x.code === 'participation_overdue',
    );
    expect(w.map((x) => ('participationId' in x ? x.participationId : ''))).toEqual(
      open.map((p) => p.id),
    );
    expect(
      rosterWarnings(plan, agencies, deadline).filter((x) => x.code === 'participation_overdue'),
    ).toEqual([]);
    expect(isOverdue('requested', deadline, after)).toBe(true);
    expect(isOverdue('confirmed', deadline, after)).toBe(false);
    expect(isOverdue('requested', null, after)).toBe(false);
  });
});
