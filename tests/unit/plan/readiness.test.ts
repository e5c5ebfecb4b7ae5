import { describe, expect, it } from 'vitest';
import { checkReadiness, emptyFramework, newOperation, type PlanSnapshot } from '@shared/domain';
import { demoPlan, NOW } from '../../support/demo-plan';

const ctx = {
  premisesName: (id: string) => `Objekt ${id}`,
  agencyName: (id: string) => `Behörde ${id}`,
};
const codes = (plan: PlanSnapshot) => checkReadiness(plan, ctx).map((i) => i.code);

describe('readiness check', () => {
  it('an empty plan lists every missing part with a place to fix it', () => {
    const plan: PlanSnapshot = {
      operation: newOperation({ codeName: 'LEER' }, NOW),
      targets: [],
      participations: [],
      teams: [],
      timeline: [],
      comms: [],
    };
    const issues = checkReadiness(plan, ctx);
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining([
        'no_h_hour',
        'no_lead_agency',
        'part_empty',
        'risk_not_assessed',
        'no_targets',
        'no_participations',
        'no_teams',
        'no_talk_groups',
      ]),
    );
    expect(issues.filter((i) => i.code === 'part_empty').map((i) => i.tab)).toEqual([
      'situation',
      'mission',
      'execution',
      'support',
      'command',
    ]);
    expect(issues.find((i) => i.code === 'no_h_hour')?.tab).toBe('general');
  });

  it('the demo plan is nearly ready; its open confirmations are warnings', () => {
    const { plan } = demoPlan();
    const issues = checkReadiness(plan, ctx);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const open = plan.participations.filter((p) =>
      ['requested', 'partially_confirmed'].includes(p.confirmation.status),
    );
    expect(
      issues
        .filter((i) => i.code === 'agency_not_confirmed')
        .map((i) => i.subjectId)
        .sort(),
    ).toEqual(open.map((p) => p.id).sort());
  });

  it('finds targets without reason or team, teams without leader, an H-hour outside the window', () => {
    const { plan } = demoPlan();
    const [first, second] = plan.targets;
    if (!first || !second) throw new Error('demo');
    const broken: PlanSnapshot = {
      ...plan,
      operation: {
        ...plan.operation,
        timeWindow: { start: '2026-12-01T10:00:00.000Z', end: '2026-12-01T12:00:00.000Z' },
      },
      targets: [{ ...first, reason: '  ' }, second, ...plan.targets.slice(2)],
      teams: plan.teams.map((t, i) => ({
        ...t,
        targetIds: t.targetIds.filter((x) => x !== second.id),
        leader: i === 0 ? { ...t.leader, name: '' } : t.leader,
      })),
    };
    const got = checkReadiness(broken, ctx);
    expect(got.find((i) => i.code === 'target_without_reason')?.subjectId).toBe(first.id);
    expect(got.find((i) => i.code === 'target_without_team')?.subjectId).toBe(second.id);
    expect(got.some((i) => i.code === 'team_without_leader')).toBe(true);
    expect(codes(broken)).toContain('h_hour_outside_window');
  });

  it('a team needs a talk group that lists it', () => {
    const { plan } = demoPlan();
    const [first, second] = plan.teams;
    if (!first || !second) throw new Error('demo');
    const own = plan.comms.find((c) => c.id === first.talkGroupId);
    if (own?.type !== 'talk_group') throw new Error('demo teams have a talk group');
    const broken: PlanSnapshot = {
      ...plan,
      teams: [{ ...first, talkGroupId: null }, second, ...plan.teams.slice(2)],
      comms: plan.comms.map((c) =>
        c.id === own.id && c.type === 'talk_group'
          ? { ...c, teamIds: c.teamIds.filter((id) => id !== second.id) }
          : c,
      ),
    };
    const got = checkReadiness(broken, ctx);
    expect(got.filter((i) => i.code === 'team_without_talk_group')).toEqual([
      expect.objectContaining({ subjectId: first.id, tab: 'teams', severity: 'warning' }),
    ]);
    expect(got.filter((i) => i.code === 'team_not_on_talk_group')).toEqual([
      expect.objectContaining({
        subjectId: own.id,
        tab: 'comms',
        params: { name: second.name, group: own.name },
      }),
    ]);
    // Without any talk group, only "no_talk_groups" is reported.
    const none = codes({ ...plan, comms: plan.comms.filter((c) => c.type !== 'talk_group') });
    expect(none).toContain('no_talk_groups');
    expect(none).not.toContain('team_without_talk_group');
    expect(codes(plan)).not.toContain('team_without_talk_group');
    expect(codes(plan)).not.toContain('team_not_on_talk_group');
  });

  it('dropped targets and withdrawn agencies do not count', () => {
    const { plan } = demoPlan();
    const quiet: PlanSnapshot = {
      ...plan,
      targets: plan.targets.map((t) => ({ ...t, status: 'dropped' as const })),
      participations: plan.participations.map((p) => ({
        ...p,
        confirmation: { ...p.confirmation, status: 'withdrawn' as const },
      })),
      operation: { ...plan.operation, framework: emptyFramework() },
    };
    const c = codes(quiet);
    expect(c).toContain('no_targets');
    expect(c).toContain('no_participations');
    expect(c).not.toContain('agency_not_confirmed');
  });
});
