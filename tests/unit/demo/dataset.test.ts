// The demo operation: valid entities, resolvable references, plausible forces, clearly fictional.
import { describe, expect, it } from 'vitest';
import { municipality, premisesKind, thematicField } from '@shared/catalog';
import {
  agencyIdsByCatalogKey,
  buildDemoDataset,
  DEMO_AGENCY_KEYS,
  DemoAgencyMissingError,
  seedAgencies,
  type DemoDataset,
} from '@shared/demo';
import {
  commsEntrySchema,
  operationSchema,
  operationTargetSchema,
  participationSchema,
  planSnapshotSchema,
  premisesSchema,
  teamSchema,
  timelineEntrySchema,
  type TalkGroup,
} from '@shared/domain';
import { offsetToInstant } from '@shared/time/h-hour';
import { instantToWall } from '@shared/time/zoned';

const NOW = '2026-05-12T07:30:00.000Z';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function build(now = NOW): { data: DemoDataset; agencyIds: Map<string, string> } {
  const agencyIds = agencyIdsByCatalogKey(seedAgencies(now, counter('agency')));
  return {
    data: buildDemoDataset({ now, agencyIdByCatalogKey: agencyIds, makeId: counter('demo') }),
    agencyIds,
  };
}

function expectValid(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
  what: string,
) {
  const r = schema.safeParse(value);
  expect(r.success, `${what}: ${String(r.error)}`).toBe(true);
}

/** Great-circle distance in km (good enough for "inside the city"). */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('buildDemoDataset', () => {
  const { data, agencyIds } = build();
  const { operation, premises, targets, participations, teams, timeline, comms } = data;

  it('returns entities that pass their zod schemas', () => {
    expectValid(operationSchema, operation, 'operation');
    premises.forEach((p) => expectValid(premisesSchema, p, p.name));
    targets.forEach((t) => expectValid(operationTargetSchema, t, t.label));
    participations.forEach((p) => expectValid(participationSchema, p, p.liaison.name));
    teams.forEach((t) => expectValid(teamSchema, t, t.name));
    timeline.forEach((e) => expectValid(timelineEntrySchema, e, e.title));
    comms.forEach((c) => expectValid(commsEntrySchema, c, c.name));
    expectValid(
      planSnapshotSchema,
      { operation, targets, participations, teams, timeline, comms },
      'snapshot',
    );
  });

  it('is a clearly fictional evening joint inspection in planning, classified VS-NfD', () => {
    expect(operation.kind).toBe('joint_inspection');
    expect(operation.status).toBe('planning');
    expect(operation.classification).toBe('vs_nfd');
    expect(operation.codeName).toMatch(/^DEMO /);
    expect(operation.title).toMatch(/^Beispiel:/);
    expect(operation.framework.situation.background).toMatch(/frei erfunden/);
    expect(operation.municipalityId).toBe('essen');
    expect(operation.leadAgencyId).toBe(agencyIds.get('pp_essen'));
    for (const field of operation.thematicFields) expect(thematicField(field), field).toBeDefined();
  });

  it('sets H to a Friday 20:00 in Berlin with the window H−3h … H+4h and the briefing at H−2h', () => {
    const h = operation.hHour ?? '';
    expect(instantToWall(h).time).toBe('20:00');
    expect(new Date(`${instantToWall(h).date}T00:00:00Z`).getUTCDay()).toBe(5);
    expect(Date.parse(h) - Date.parse(NOW)).toBeGreaterThanOrEqual(3 * 24 * 3_600_000);
    expect(operation.timeWindow).toEqual({
      start: offsetToInstant(h, -180),
      end: offsetToInstant(h, 240),
    });
    expect(operation.framework.execution.briefingMeeting.at).toBe(offsetToInstant(h, -120));
    expect(Date.parse(operation.responseDeadline ?? '')).toBeGreaterThan(Date.parse(NOW));
    expect(Date.parse(operation.responseDeadline ?? '')).toBeLessThan(Date.parse(h));
  });

  it('fills all five framework parts and assesses several risk categories', () => {
    const f = operation.framework;
    for (const text of [
      f.situation.background,
      f.situation.trigger,
      f.situation.targetsSummary,
      f.mission.goals,
      f.execution.phases.execution,
      f.execution.rulesOfConduct,
      f.support.equipment,
      f.support.medical,
      f.command.structure,
    ]) {
      expect(text.length).toBeGreaterThan(20);
    }
    expect(f.support.assemblyPoint.name).not.toBe('');
    expect(f.command.commandPost.name).not.toBe('');
    expect(f.mission.agencyObjectives.map((o) => o.agencyId).sort()).toEqual(
      participations.map((p) => p.agencyId).sort(),
    );
    expect(operation.riskAssessment.assessed).not.toBeNull();
    expect(
      new Set(operation.riskAssessment.items.map((i) => i.category)).size,
    ).toBeGreaterThanOrEqual(4);
  });

  it('has 5–8 premises of catalogue kinds inside Essen and 8–10 distinct agencies', () => {
    expect(premises.length).toBeGreaterThanOrEqual(5);
    expect(premises.length).toBeLessThanOrEqual(8);
    const center = municipality('essen')?.center ?? { lat: 0, lng: 0 };
    for (const p of premises) {
      expect(premisesKind(p.kind), p.kind).toBeDefined();
      expect(p.municipalityId).toBe('essen');
      expect(p.location, p.name).not.toBeNull();
      if (p.location) expect(km(center, p.location), p.name).toBeLessThan(8);
      expect(p.operator.notes).toMatch(/fiktiv/);
    }
    const agencies = new Set(participations.map((p) => p.agencyId));
    expect(agencies.size).toBe(participations.length);
    expect(agencies.size).toBeGreaterThanOrEqual(8);
    expect(agencies.size).toBeLessThanOrEqual(10);
    for (const key of DEMO_AGENCY_KEYS) expect(agencies.has(agencyIds.get(key) ?? '')).toBe(true);
  });

  it('resolves every reference', () => {
    const ids = <T extends { id: string }>(xs: readonly T[]) => new Set(xs.map((x) => x.id));
    const premisesIds = ids(premises);
    const targetIds = ids(targets);
    const teamIds = ids(teams);
    const participationIds = ids(participations);
    const talkGroupIds = ids(comms.filter((c): c is TalkGroup => c.type === 'talk_group'));
    const agencies = new Set(agencyIds.values());

    for (const t of targets) {
      expect(t.operationId).toBe(operation.id);
      expect(premisesIds.has(t.premisesId)).toBe(true);
      expect(t.teamId !== null && teamIds.has(t.teamId), t.label).toBe(true);
      for (const lb of t.legalBasis) expect(agencies.has(lb.agencyId)).toBe(true);
    }
    for (const team of teams) {
      expect(team.operationId).toBe(operation.id);
      expect(participationIds.has(team.leader.participationId ?? '')).toBe(true);
      for (const m of team.members) expect(participationIds.has(m.participationId)).toBe(true);
      for (const id of team.targetIds) {
        expect(targetIds.has(id)).toBe(true);
        expect(targets.find((t) => t.id === id)?.teamId).toBe(team.id);
      }
      expect(talkGroupIds.has(team.talkGroupId ?? '')).toBe(true);
    }
    for (const e of timeline) {
      expect(e.operationId).toBe(operation.id);
      if (e.teamId !== null) expect(teamIds.has(e.teamId)).toBe(true);
      if (e.targetId !== null) expect(targetIds.has(e.targetId)).toBe(true);
    }
    for (const c of comms) {
      expect(c.operationId).toBe(operation.id);
      if (c.type === 'talk_group') for (const id of c.teamIds) expect(teamIds.has(id)).toBe(true);
      else if (c.agencyId !== null) expect(agencies.has(c.agencyId)).toBe(true);
    }
    for (const p of participations) expect(agencies.has(p.agencyId)).toBe(true);
    const all = [
      operation,
      ...premises,
      ...targets,
      ...participations,
      ...teams,
      ...timeline,
      ...comms,
    ];
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });

  it('never puts more people into teams than an agency confirmed', () => {
    for (const p of participations) {
      const assigned = teams
        .flatMap((t) => t.members)
        .filter((m) => m.participationId === p.id)
        .reduce((sum, m) => sum + m.count, 0);
      expect(assigned, p.liaison.name).toBeLessThanOrEqual(p.confirmation.confirmedStrength ?? 0);
      expect(p.confirmation.confirmedStrength ?? 0).toBeLessThanOrEqual(p.requestedStrength);
    }
  });

  it('has police security in every team and legal bases only for agencies in the team', () => {
    const police = participations.find((p) => p.agencyId === agencyIds.get('pp_essen'));
    for (const team of teams) {
      expect(
        team.members.some((m) => m.participationId === police?.id && m.count > 0),
        team.name,
      ).toBe(true);
      const teamAgencies = new Set(
        team.members.map((m) => participations.find((p) => p.id === m.participationId)?.agencyId),
      );
      for (const t of targets.filter((x) => x.teamId === team.id)) {
        expect(t.reason.length).toBeGreaterThan(20);
        for (const lb of t.legalBasis) expect(teamAgencies.has(lb.agencyId), t.label).toBe(true);
      }
    }
    expect(teams.length).toBeGreaterThanOrEqual(4);
    expect(teams.length).toBeLessThanOrEqual(5);
  });

  it('mixes confirmation states with a consistent history', () => {
    const statuses = participations.map((p) => p.confirmation.status);
    expect(statuses.filter((s) => s === 'confirmed').length).toBeGreaterThan(
      participations.length / 2,
    );
    expect(statuses).toContain('partially_confirmed');
    expect(statuses).toContain('requested');
    for (const p of participations) {
      expect(p.history.at(-1)).toEqual(p.confirmation);
      expect(p.history[0]?.status).toBe('requested');
    }
  });

  it('has a timeline relative to H plus one absolute entry, and a comms plan', () => {
    const relative = timeline.filter((e) => e.time.kind === 'relative');
    expect(relative.length).toBeGreaterThanOrEqual(10);
    expect(relative.length).toBeLessThanOrEqual(14);
    expect(timeline.filter((e) => e.time.kind === 'absolute')).toHaveLength(1);
    const offsets = relative.map((e) => (e.time.kind === 'relative' ? e.time.offsetMinutes : NaN));
    expect(offsets).toEqual(expect.arrayContaining([-30, 0, 180]));
    // The briefing is the plan's one briefing time, not a second entry in the timeline.
    expect(timeline.some((e) => e.title === 'Einsatzbesprechung')).toBe(false);
    const talkGroups = comms.filter((c) => c.type === 'talk_group');
    expect(talkGroups.map((g) => g.name)).toEqual(['Führung', 'Kontrollteams', 'Reserve']);
    const phones = comms.filter((c) => c.type === 'phone');
    expect(phones).toHaveLength(1 + participations.length + teams.length);
    expect(new Set(phones.map((p) => p.source))).toEqual(
      new Set(['command_post', 'liaison', 'team_leader']),
    );
  });

  it('uses only reserved fictional phone numbers and example e-mail addresses', () => {
    const phones = [
      operation.operationLead.phone,
      operation.framework.command.commandPostPhone,
      ...participations.flatMap((p) => [p.liaison.phone, p.liaison.mobile]),
      ...teams.map((t) => t.leader.phone),
      ...comms.flatMap((c) => (c.type === 'phone' ? [c.phone, c.mobile] : [])),
    ].filter((p) => p !== '');
    for (const phone of phones) expect(phone).toMatch(/^0221 4710-\d{3}$/);
    const emails = [
      ...participations.map((p) => p.liaison.email),
      ...comms.flatMap((c) => (c.type === 'phone' ? [c.email] : [])),
    ].filter((e) => e !== '');
    for (const email of emails) expect(email).toMatch(/@example\.org$/);
  });

  it('is deterministic for a fixed now and id generator', () => {
    expect(build().data).toEqual(data);
    expect(JSON.stringify(build().data)).toBe(JSON.stringify(data));
  });

  it.each(['2026-10-24T21:59:00.000Z', '2026-03-28T22:30:00.000Z', '2027-01-01T11:00:00.000Z'])(
    'stays valid when built at %s',
    (now) => {
      const { data: d } = build(now);
      expectValid(operationSchema, d.operation, 'operation');
      d.timeline.forEach((e) => expectValid(timelineEntrySchema, e, e.title));
      d.participations.forEach((p) => expectValid(participationSchema, p, p.liaison.name));
      expect(instantToWall(d.operation.hHour ?? '').time).toBe('20:00');
    },
  );

  it('refuses to build without the catalogue agencies it needs', () => {
    const ids = new Map(agencyIds);
    ids.delete('jobcenter_essen');
    expect(() =>
      buildDemoDataset({ now: NOW, agencyIdByCatalogKey: ids, makeId: counter('x') }),
    ).toThrow(DemoAgencyMissingError);
  });
});
