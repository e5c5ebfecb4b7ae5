import { describe, expect, it } from 'vitest';
import { clonePlan, planSnapshotSchema, stripToPattern } from '@shared/domain';
import { demoPlan, ids, NOW } from '../../support/demo-plan';

const allStrings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(allStrings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(allStrings)
        : [];

describe('plan copies', () => {
  it('a duplicate has fresh ids everywhere and every reference remapped', () => {
    const { plan } = demoPlan();
    const copy = clonePlan(plan, ids('c'), NOW);
    expect(planSnapshotSchema.safeParse(copy).success).toBe(true);
    const oldIds = new Set(
      [
        plan.operation.id,
        ...plan.targets,
        ...plan.participations,
        ...plan.teams,
        ...plan.timeline,
        ...plan.comms,
      ].map((x) => (typeof x === 'string' ? x : x.id)),
    );
    const newIds = [
      copy.operation.id,
      ...[
        ...copy.targets,
        ...copy.participations,
        ...copy.teams,
        ...copy.timeline,
        ...copy.comms,
      ].map((x) => x.id),
    ];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    const targetIds = new Set(copy.targets.map((t) => t.id));
    const participationIds = new Set(copy.participations.map((p) => p.id));
    const teamIds = new Set(copy.teams.map((t) => t.id));
    for (const team of copy.teams) {
      expect(team.operationId).toBe(copy.operation.id);
      for (const id of team.targetIds) expect(targetIds.has(id)).toBe(true);
      for (const m of team.members) expect(participationIds.has(m.participationId)).toBe(true);
    }
    for (const e of copy.timeline) if (e.teamId) expect(teamIds.has(e.teamId)).toBe(true);
    expect(copy.operation.status).toBe('draft');
    expect(copy.operation.approval).toBeNull();
    // Texts and persons stay in a duplicate.
    expect(copy.operation.operationLead.name).toBe(plan.operation.operationLead.name);
    expect(copy.targets.map((t) => t.premisesId)).toEqual(plan.targets.map((t) => t.premisesId));
  });

  it('a template keeps structure, texts, roles and the relative timeline but no persons, dates or results', () => {
    const { plan } = demoPlan();
    const pattern = stripToPattern(plan, ids('t'), NOW, true);
    expect(planSnapshotSchema.safeParse(pattern).success).toBe(true);
    expect(pattern.operation.template).toBe(true);
    // Dates gone.
    expect(pattern.operation.hHour).toBeNull();
    expect(pattern.operation.timeWindow).toBeNull();
    expect(pattern.operation.responseDeadline).toBeNull();
    expect(pattern.operation.framework.execution.briefingMeeting.at).toBeNull();
    expect(pattern.timeline.every((e) => e.time.kind === 'relative')).toBe(true);
    expect(pattern.timeline.length).toBeGreaterThan(0);
    // Persons gone: names and phone numbers of the lead, liaisons, team leaders, the phone list.
    const persons = new Set<string>([
      plan.operation.operationLead.name,
      plan.operation.operationLead.phone,
    ]);
    for (const p of plan.participations)
      for (const v of [
        p.liaison.name,
        p.liaison.phone,
        p.liaison.mobile,
        p.liaison.email,
        p.confirmation.by,
      ])
        persons.add(v);
    for (const t of plan.teams)
      for (const v of [t.leader.name, t.leader.phone, ...t.members.map((m) => m.names)])
        persons.add(v);
    for (const c of plan.comms)
      if (c.type === 'phone') for (const v of [c.name, c.phone, c.mobile, c.email]) persons.add(v);
    persons.delete('');
    expect(persons.size).toBeGreaterThan(10);
    const left = allStrings(pattern).filter((s) => persons.has(s));
    expect(left).toEqual([]);
    expect(pattern.comms.every((c) => c.type === 'talk_group')).toBe(true);
    // Confirmations start over.
    expect(
      pattern.participations.every(
        (p) => p.confirmation.status === 'requested' && p.history.length === 1,
      ),
    ).toBe(true);
    // Structure, texts and roles stay.
    expect(
      pattern.participations.map((p) => [p.agencyId, p.role, p.tasks, p.requestedStrength]),
    ).toEqual(plan.participations.map((p) => [p.agencyId, p.role, p.tasks, p.requestedStrength]));
    expect(pattern.operation.framework.mission.goals).toBe(plan.operation.framework.mission.goals);
    expect(pattern.teams.map((t) => t.name)).toEqual(plan.teams.map((t) => t.name));
  });
});
