// Merge planning: contacts and references follow the kept agency; participations of both
// agencies in one operation are folded into one (the rule in merge-participations.ts).
import { describe, expect, it } from 'vitest';
import { newAgency, newFinding, newParticipation, type Participation } from '@shared/domain';
import { combinedStatus, planAgencyMerge, type MergeInput } from '@shared/roster';
import { demoPlan, ids, NOW } from '../../support/demo-plan';

function setup() {
  const d = demoPlan();
  const customs = d.plan.participations.find(
    (p) => p.confirmation.status === 'partially_confirmed',
  );
  if (!customs) throw new Error('demo changed');
  const survivor = d.agencies.find((a) => a.id === customs.agencyId);
  if (!survivor) throw new Error('demo changed');
  const duplicate = newAgency(
    {
      id: 'dup',
      name: 'HZA Essen FKS (alt)',
      kind: 'customs',
      shortName: 'FKS alt',
      phone: '0201 555',
      contacts: [
        {
          id: 'c-tom',
          name: 'ZOI Tom Probe',
          function: 'Prüfungen',
          phone: '0201 103',
          mobile: '',
          email: '',
          radioCallSign: '',
        },
        {
          id: 'c-new',
          name: 'Lena Exempel',
          function: '',
          phone: '',
          mobile: '',
          email: 'lena@zoll.example',
          radioCallSign: '',
        },
      ],
    },
    NOW,
  );
  const withTom = {
    ...survivor,
    shortName: '',
    contacts: [
      {
        id: 'c-a',
        name: 'ZOI  tom probe',
        function: '',
        phone: '',
        mobile: '',
        email: 'tom@zoll.example',
        radioCallSign: '',
      },
    ],
  };
  return { d, customs, survivor: withTom, duplicate };
}

const input = (s: ReturnType<typeof setup>, extra: Partial<MergeInput> = {}): MergeInput => ({
  survivor: s.survivor,
  duplicate: s.duplicate,
  participations: s.d.plan.participations,
  teams: s.d.plan.teams,
  comms: s.d.plan.comms,
  operations: [s.d.plan.operation],
  targets: s.d.plan.targets,
  findings: [],
  now: NOW,
  actor: 'Test',
  makeId: ids('m'),
  ...extra,
});

describe('merge planning', () => {
  it('refuses merging an agency into itself or an already merged one', () => {
    const s = setup();
    expect(planAgencyMerge(input(s, { duplicate: s.survivor }))).toEqual({ error: 'same_agency' });
    expect(planAgencyMerge(input(s, { duplicate: { ...s.duplicate, mergedInto: 'x' } }))).toEqual({
      error: 'already_merged',
    });
  });

  it('moves contacts, combines the same person and fills empty fields', () => {
    const s = setup();
    const plan = planAgencyMerge(input(s));
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.survivor.contacts.map((c) => c.name)).toEqual(['ZOI  tom probe', 'Lena Exempel']);
    expect(plan.survivor.contacts[0]).toMatchObject({
      function: 'Prüfungen',
      phone: '0201 103',
      email: 'tom@zoll.example',
    });
    expect(plan.survivor.shortName).toBe('FKS alt');
    expect(plan.duplicate.mergedInto).toBe(s.survivor.id);
    expect(plan.summary).toMatchObject({ contactsMoved: 1, contactsCombined: 1 });
  });

  it('moves participations, phone entries, legal bases, findings and operation heads of B to A', () => {
    const s = setup();
    const other = newParticipation(
      {
        id: 'p-other',
        operationId: 'op-2',
        agencyId: 'dup',
        liaison: {
          contactId: 'c-tom',
          name: 'ZOI Tom Probe',
          function: '',
          phone: '',
          mobile: '',
          email: '',
        },
      },
      NOW,
    );
    const op = {
      ...s.d.plan.operation,
      leadAgencyId: 'dup',
      framework: {
        ...s.d.plan.operation.framework,
        mission: {
          goals: '',
          agencyObjectives: [
            { agencyId: 'dup', objective: 'B' },
            { agencyId: s.survivor.id, objective: 'A' },
          ],
        },
      },
    };
    const target = {
      ...s.d.plan.targets[0],
      legalBasis: [{ agencyId: 'dup', basis: '§ 2 SchwarzArbG' }],
    } as (typeof s.d.plan.targets)[number];
    const finding = newFinding({ operationId: op.id, agencyId: 'dup', category: 'seizure' }, NOW);
    const phone = {
      ...s.d.plan.comms.find((c) => c.type === 'phone'),
      agencyId: 'dup',
    } as (typeof s.d.plan.comms)[number];
    const plan = planAgencyMerge(
      input(s, {
        participations: [...s.d.plan.participations, other],
        operations: [op],
        targets: [target],
        findings: [finding],
        comms: [phone],
      }),
    );
    if ('error' in plan) throw new Error(plan.error);
    const moved = plan.participations.find((p) => p.id === 'p-other');
    expect(moved).toMatchObject({ agencyId: s.survivor.id, liaison: { contactId: 'c-a' } });
    expect(plan.operations[0]?.leadAgencyId).toBe(s.survivor.id);
    expect(plan.operations[0]?.framework.mission.agencyObjectives).toEqual([
      { agencyId: s.survivor.id, objective: 'B\nA' },
    ]);
    expect(plan.targets[0]?.legalBasis).toEqual([
      { agencyId: s.survivor.id, basis: '§ 2 SchwarzArbG' },
    ]);
    expect(plan.findings[0]?.agencyId).toBe(s.survivor.id);
    expect(plan.comms[0]).toMatchObject({ agencyId: s.survivor.id });
    expect(plan.summary).toMatchObject({ participationsMoved: 1, participationsFolded: 0 });
  });

  it('folds B into A in an operation where both take part; teams follow', () => {
    const s = setup();
    const b: Participation = {
      ...newParticipation(
        {
          id: 'p-b',
          operationId: s.customs.operationId,
          agencyId: 'dup',
          requestedStrength: 2,
          vehicles: [{ kind: 'Zivilfahrzeug', count: 1, callSign: '' }],
          tasks: 'Tabaksteuer',
        },
        NOW,
      ),
    };
    const confirmedB = {
      ...b,
      confirmation: { ...b.confirmation, status: 'confirmed' as const, confirmedStrength: 2 },
      history: [
        b.confirmation,
        { ...b.confirmation, status: 'confirmed' as const, confirmedStrength: 2 },
      ],
    };
    const teams = s.d.plan.teams.map((t, i) =>
      i === 0
        ? {
            ...t,
            members: [...t.members, { participationId: 'p-b', count: 2, names: 'B1, B2' }],
            leader: { ...t.leader, participationId: 'p-b' },
          }
        : t,
    );
    const plan = planAgencyMerge(
      input(s, { participations: [...s.d.plan.participations, confirmedB], teams }),
    );
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.removedParticipations.map((p) => p.id)).toEqual(['p-b']);
    const folded = plan.participations.find((p) => p.id === s.customs.id);
    // 8 requested + 2; 6 confirmed + 2 = 8 < 10 → partially confirmed.
    expect(folded).toMatchObject({
      agencyId: s.survivor.id,
      requestedStrength: 10,
      confirmation: { status: 'partially_confirmed', confirmedStrength: 8 },
    });
    expect(folded?.vehicles).toEqual([{ kind: 'Zivilfahrzeug', count: 4, callSign: '' }]);
    expect(folded?.tasks.endsWith('\nTabaksteuer')).toBe(true);
    expect(folded?.history.length).toBe(s.customs.history.length + confirmedB.history.length + 1);
    expect(folded?.history.at(-1)?.comment).toContain('Zusammengeführt');
    const team = plan.teams[0];
    expect(team?.members.some((m) => m.participationId === 'p-b')).toBe(false);
    expect(team?.leader.participationId).toBe(s.customs.id);
    expect(plan.summary).toMatchObject({
      participationsMoved: 0,
      participationsFolded: 1,
      teams: 1,
    });
    // The operation lists the agency once.
    const after = [
      ...s.d.plan.participations.filter((p) => p.id !== s.customs.id),
      ...plan.participations,
    ];
    expect(
      after.filter((p) => p.operationId === s.customs.operationId && p.agencyId === s.survivor.id),
    ).toHaveLength(1);
  });

  it('combines answers: an open request stays open, refusals stay refusals', () => {
    const p = newParticipation({ operationId: 'o', agencyId: 'a', requestedStrength: 4 }, NOW);
    const as = (
      status: Participation['confirmation']['status'],
      confirmedStrength: number | null,
    ) => ({ ...p, confirmation: { ...p.confirmation, status, confirmedStrength } });
    expect(combinedStatus(as('requested', null), as('confirmed', 4))).toEqual({
      status: 'requested',
      confirmedStrength: null,
    });
    expect(combinedStatus(as('confirmed', 4), as('confirmed', null))).toEqual({
      status: 'confirmed',
      confirmedStrength: 8,
    });
    expect(combinedStatus(as('declined', 0), as('withdrawn', 0))).toEqual({
      status: 'declined',
      confirmedStrength: 0,
    });
    expect(combinedStatus(as('withdrawn', 0), as('withdrawn', 0))).toEqual({
      status: 'withdrawn',
      confirmedStrength: 0,
    });
    expect(combinedStatus(as('declined', 0), as('confirmed', 4))).toEqual({
      status: 'partially_confirmed',
      confirmedStrength: 4,
    });
  });
});
