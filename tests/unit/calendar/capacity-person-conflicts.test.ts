// Deconfliction by agency capacity per Berlin day and by the same person in overlapping plans:
// examples for the rules, and sweeps checked against brute force (no overlapping pair missed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  berlinDayFormatter,
  conflictsByOperation,
  findAllConflicts,
  findCapacityConflicts,
  findPersonConflicts,
  operationDay,
  personEntries,
  type PersonEntry,
} from '@shared/calendar';
import type { Agency, Operation, Participation, Team } from '@shared/domain';
import { demoPlan } from '../../support/demo-plan';
import { fcRuns } from '../../support/fc-runs';

const demo = demoPlan();
const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 10, 2, 8); // Monday 2 November 2026, 09:00 in Berlin

function op(id: string, startHour: number, hours: number): Operation {
  const start = BASE + startHour * HOUR;
  return {
    ...demo.plan.operation,
    id,
    status: 'planning',
    hHour: new Date(start).toISOString(),
    timeWindow: {
      start: new Date(start).toISOString(),
      end: new Date(start + hours * HOUR).toISOString(),
    },
  };
}

/** The first record of a demo list (a const of the element type, narrowed for the closures). */
function first<T>(list: readonly T[]): T {
  const v = list[0];
  if (v === undefined) throw new Error('the demo has the records');
  return v;
}
const baseParticipation = first(demo.plan.participations);
const baseTeam = first(demo.plan.teams);
const baseAgency = first(demo.agencies);

function part(
  id: string,
  operationId: string,
  agencyId: string,
  requested: number,
  liaison: { name?: string; contactId?: string | null } = {},
): Participation {
  return {
    ...baseParticipation,
    id,
    operationId,
    agencyId,
    requestedStrength: requested,
    confirmation: {
      ...baseParticipation.confirmation,
      status: 'requested',
      confirmedStrength: null,
    },
    liaison: {
      ...baseParticipation.liaison,
      name: liaison.name ?? '',
      contactId: liaison.contactId ?? null,
    },
  };
}

const agency = (id: string, dailyCapacity?: number): Agency => ({
  ...baseAgency,
  id,
  dailyCapacity,
});

const team = (id: string, operationId: string, leader: string): Team => ({
  ...baseTeam,
  id,
  operationId,
  leader: { ...baseTeam.leader, name: leader },
});

describe('findCapacityConflicts', () => {
  it('adds up an agency over the operations of one Berlin day against its capacity', () => {
    const ops = [op('a', 0, 4), op('b', 6, 4), op('c', 24, 4)];
    const parts = [
      part('pa', 'a', 'zoll', 6),
      part('pb', 'b', 'zoll', 5),
      part('pc', 'c', 'zoll', 6),
      part('px', 'a', 'other', 50),
    ];
    const found = findCapacityConflicts(ops, parts, [agency('zoll', 10), agency('other')]);
    expect(found).toEqual([
      {
        agencyId: 'zoll',
        day: '2026-11-02',
        capacity: 10,
        committed: 11,
        operationIds: ['a', 'b'],
      },
    ]);
    // A refusal sends nobody; a cancelled plan binds nobody.
    const refused = {
      ...part('pb', 'b', 'zoll', 5),
      confirmation: { ...baseParticipation.confirmation, status: 'declined' as const },
    };
    expect(
      findCapacityConflicts(
        ops,
        [parts[0], refused].flatMap((p) => p ?? []),
        [agency('zoll', 10)],
      ),
    ).toEqual([]);
    const cancelled = { ...op('b', 6, 4), status: 'cancelled' as const };
    expect(
      findCapacityConflicts(
        [ops[0], cancelled].flatMap((o) => o ?? []),
        parts,
        [agency('zoll', 10)],
      ),
    ).toEqual([]);
  });

  it('takes the day in Berlin, not in UTC: H at 00:30 Berlin is that day', () => {
    // 23:30 UTC on 1 November is 00:30 on 2 November in Berlin (winter time, UTC+1).
    const o: Operation = { ...op('n', 0, 2), hHour: '2026-11-01T23:30:00.000Z' };
    expect(operationDay(o)).toBe('2026-11-02');
    // Summer time (UTC+2): 22:30 UTC on 30 June is 00:30 on 1 July.
    expect(operationDay({ ...o, hHour: '2026-06-30T22:30:00.000Z' })).toBe('2026-07-01');
  });

  it('keeps the Berlin day right on both days the clocks change', () => {
    const dayOf = berlinDayFormatter();
    // Spring, 29 March 2026: 00:30 and 03:30 Berlin lie on both sides of the gap.
    expect(dayOf(Date.parse('2026-03-28T23:30:00.000Z'))).toBe('2026-03-29');
    expect(dayOf(Date.parse('2026-03-29T21:59:00.000Z'))).toBe('2026-03-29');
    expect(dayOf(Date.parse('2026-03-29T22:00:00.000Z'))).toBe('2026-03-30');
    // Autumn, 25 October 2026: 00:30 Berlin is still summer time; 23:30 is winter time.
    expect(dayOf(Date.parse('2026-10-24T22:30:00.000Z'))).toBe('2026-10-25');
    expect(dayOf(Date.parse('2026-10-25T22:59:00.000Z'))).toBe('2026-10-25');
    expect(dayOf(Date.parse('2026-10-25T23:00:00.000Z'))).toBe('2026-10-26');
  });
});

describe('findPersonConflicts', () => {
  it('matches a catalogue contact surely and a typed name only as "possibly"', () => {
    const ops = [op('a', 0, 4), op('b', 2, 4), op('c', 10, 4)];
    const parts = [
      part('p1', 'a', 'zoll', 2, { name: 'Mara Fiktiv', contactId: 'k1' }),
      part('p2', 'b', 'zoll', 2, { name: 'M. Fiktiv', contactId: 'k1' }),
      part('p3', 'c', 'zoll', 2, { name: 'Mara Fiktiv', contactId: 'k1' }),
    ];
    const teams = [team('t1', 'a', 'Ole  Beispiel'), team('t2', 'b', 'ole beispiel')];
    const found = findPersonConflicts(ops, personEntries(parts, teams));
    expect(found).toHaveLength(2);
    expect(found).toContainEqual({
      certainty: 'sure',
      name: 'Mara Fiktiv',
      operationIds: ['a', 'b'],
      roles: ['liaison', 'liaison'],
    });
    expect(found).toContainEqual({
      certainty: 'possible',
      name: 'Ole  Beispiel',
      operationIds: ['a', 'b'],
      roles: ['teamLeader', 'teamLeader'],
    });
  });

  it('does not list a contact again as "possibly" under its own name', () => {
    const ops = [op('a', 0, 4), op('b', 2, 4)];
    const parts = [
      part('p1', 'a', 'zoll', 2, { name: 'Mara Fiktiv', contactId: 'k1' }),
      part('p2', 'b', 'zoll', 2, { name: 'Mara Fiktiv', contactId: 'k1' }),
    ];
    const found = findPersonConflicts(ops, personEntries(parts, []));
    expect(found.map((c) => c.certainty)).toEqual(['sure']);
  });

  it('misses no overlapping pair a brute-force check finds (property)', () => {
    const entry = fc.record({
      start: fc.integer({ min: 0, max: 200 }),
      hours: fc.integer({ min: 1, max: 48 }),
      people: fc.array(
        fc.record({
          name: fc.constantFrom('', 'Ana', 'ana ', 'Bo'),
          contact: fc.option(fc.constantFrom('k1', 'k2')),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (plans) => {
        const ops = plans.map((p, i) => op(`o${i}`, p.start, p.hours));
        const entries: PersonEntry[] = plans.flatMap((p, i) =>
          p.people.map((x) => ({
            operationId: `o${i}`,
            role: 'liaison' as const,
            name: x.name,
            contactId: x.contact,
          })),
        );
        const got = new Set(findPersonConflicts(ops, entries).map((c) => c.operationIds.join('|')));
        const want = new Set<string>();
        for (let i = 0; i < plans.length; i++)
          for (let j = i + 1; j < plans.length; j++) {
            const [a, b] = [plans[i], plans[j]];
            if (!a || !b) continue;
            const overlap = a.start < b.start + b.hours && b.start < a.start + a.hours;
            const same = a.people.some((x) =>
              b.people.some(
                (y) =>
                  (x.contact !== null && x.contact === y.contact) ||
                  (x.name.trim() !== '' &&
                    x.name.trim().toLowerCase() === y.name.trim().toLowerCase()),
              ),
            );
            if (overlap && same) want.add([`o${i}`, `o${j}`].sort().join('|'));
          }
        expect(got).toEqual(want);
      }),
      { numRuns: fcRuns(200) },
    );
  });
});

describe('findCapacityConflicts against brute force (property)', () => {
  it('flags exactly the agency-days whose sum exceeds the capacity', () => {
    const row = fc.record({
      start: fc.integer({ min: 0, max: 96 }),
      agency: fc.constantFrom('a1', 'a2'),
      requested: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.integer({ min: 0, max: 20 }),
        (rows, cap) => {
          const ops = rows.map((r, i) => op(`o${i}`, r.start, 2));
          const parts = rows.map((r, i) => part(`p${i}`, `o${i}`, r.agency, r.requested));
          const got = findCapacityConflicts(ops, parts, [agency('a1', cap), agency('a2', cap)]).map(
            (c) => `${c.agencyId}|${c.day}`,
          );
          const sums = new Map<string, number>();
          rows.forEach((r) => {
            const day = operationDay(op('x', r.start, 2)) ?? '';
            const k = `${r.agency}|${day}`;
            sums.set(k, (sums.get(k) ?? 0) + r.requested);
          });
          const want = [...sums].filter(([, s]) => s > cap).map(([k]) => k);
          expect(got.sort()).toEqual(want.sort());
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });
});

describe('findAllConflicts', () => {
  it('lists all three kinds and counts each pair in both of its operations', () => {
    const ops = [op('a', 0, 4), op('b', 2, 4)];
    const target = demo.plan.targets[0];
    if (!target) throw new Error('demo has targets');
    const all = findAllConflicts({
      operations: new Map(ops.map((o) => [o.id, o])).values(),
      targets: [
        { ...target, id: 't1', operationId: 'a', premisesId: 'p' },
        { ...target, id: 't2', operationId: 'b', premisesId: 'p' },
      ],
      participations: [
        part('p1', 'a', 'zoll', 6, { contactId: 'k1', name: 'X' }),
        part('p2', 'b', 'zoll', 6, { contactId: 'k1', name: 'X' }),
      ],
      agencies: [agency('zoll', 10)],
      teams: [],
    });
    expect(all.map((c) => c.kind).sort()).toEqual(['capacity', 'person', 'premises']);
    expect(conflictsByOperation(all).get('b')).toHaveLength(3);
  });

  it('lists the people two plans share once per pair, not once per person', () => {
    const ops = [op('a', 0, 4), op('b', 2, 4)];
    const all = findAllConflicts({
      operations: ops,
      targets: [],
      participations: [],
      agencies: [],
      teams: [
        team('t1', 'a', 'Ole Beispiel'),
        team('t2', 'a', 'Ada Probe'),
        team('t3', 'b', 'ole beispiel'),
        team('t4', 'b', 'Ada Probe'),
      ],
    });
    expect(all).toEqual([
      {
        kind: 'person',
        certainty: 'possible',
        names: ['Ada Probe', 'Ole Beispiel'],
        operationIds: ['a', 'b'],
      },
    ]);
  });
});
