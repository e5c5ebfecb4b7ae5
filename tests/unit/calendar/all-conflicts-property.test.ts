// The fast deconfliction (`findAllConflicts`: one ordering by start, groups swept, sums per agency
// and day) against the rules written the simple way — every pair of plans, every agency-day —
// on random plans: the same conflicts, with the same days apart, sums, names and certainty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAllConflicts, operationDay, type Conflict } from '@shared/calendar';
import type { Agency, Operation, OperationTarget, Participation, Team } from '@shared/domain';
import {
  isSchedulable,
  normaliseName,
  operationInterval,
  overlaps,
} from '@shared/roster/deconfliction';
import { COMMITTED_STATUSES, strengthLimit } from '@shared/roster/strength';
import { demoPlan } from '../../support/demo-plan';
import { fcRuns } from '../../support/fc-runs';

const demo = demoPlan();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASE = Date.UTC(2026, 9, 20, 6); // across the autumn change (25 October 2026)
const WITHIN_DAYS = 3;

function first<T>(list: readonly T[]): T {
  const v = list[0];
  if (v === undefined) throw new Error('the demo has the records');
  return v;
}
const baseTarget = first(demo.plan.targets);
const baseParticipation = first(demo.plan.participations);
const baseTeam = first(demo.plan.teams);
const baseAgency = first(demo.agencies);

const NAMES = ['Ana Berg', 'ana  berg', 'Bo Lind', ''] as const;

const planArb = fc.record({
  // Hours from BASE, so equal starts (ties) and overlaps are common.
  start: fc.integer({ min: 0, max: 24 * 12 }),
  hours: fc.integer({ min: 1, max: 30 }),
  cancelled: fc.boolean(),
  withWindow: fc.boolean(),
  targets: fc.array(
    fc.record({ premises: fc.integer({ min: 0, max: 4 }), dropped: fc.boolean() }),
    {
      maxLength: 3,
    },
  ),
  participations: fc.array(
    fc.record({
      agency: fc.constantFrom('a1', 'a2', 'a3'),
      requested: fc.integer({ min: 0, max: 12 }),
      status: fc.constantFrom('requested', 'confirmed', 'partially_confirmed', 'declined'),
      confirmed: fc.option(fc.integer({ min: 0, max: 12 })),
      contact: fc.option(fc.constantFrom('k1', 'k2')),
      name: fc.constantFrom(...NAMES),
    }),
    { maxLength: 3 },
  ),
  leaders: fc.array(fc.constantFrom(...NAMES), { maxLength: 2 }),
});

type PlanCase = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function build(plans: PlanCase[], capacity: number) {
  const operations: Operation[] = [];
  const targets: OperationTarget[] = [];
  const participations: Participation[] = [];
  const teams: Team[] = [];
  plans.forEach((p, i) => {
    const id = `o${i}`;
    const start = BASE + p.start * HOUR;
    operations.push({
      ...demo.plan.operation,
      id,
      status: p.cancelled ? 'cancelled' : 'planning',
      hHour: new Date(start + HOUR).toISOString(),
      timeWindow: p.withWindow
        ? {
            start: new Date(start).toISOString(),
            end: new Date(start + p.hours * HOUR).toISOString(),
          }
        : null,
    });
    p.targets.forEach((t, k) =>
      targets.push({
        ...baseTarget,
        id: `${id}-t${k}`,
        operationId: id,
        premisesId: `p${t.premises}`,
        status: t.dropped ? 'dropped' : 'planned',
      }),
    );
    p.participations.forEach((x, k) =>
      participations.push({
        ...baseParticipation,
        id: `${id}-p${k}`,
        operationId: id,
        agencyId: x.agency,
        requestedStrength: x.requested,
        confirmation: {
          ...baseParticipation.confirmation,
          status: x.status,
          confirmedStrength: x.confirmed,
        },
        liaison: { ...baseParticipation.liaison, contactId: x.contact, name: x.name },
      }),
    );
    p.leaders.forEach((name, k) =>
      teams.push({
        ...baseTeam,
        id: `${id}-team${k}`,
        operationId: id,
        leader: { ...baseTeam.leader, name },
      }),
    );
  });
  const agencies: Agency[] = ['a1', 'a2'].map((id) => ({
    ...baseAgency,
    id,
    dailyCapacity: capacity,
  }));
  return { operations, targets, participations, teams, agencies };
}

type Input = ReturnType<typeof build>;

/** The premises rule over every pair of plans. */
function simplePremises({ operations, targets }: Input): string[] {
  const out: string[] = [];
  const live = operations.filter(isSchedulable);
  for (const a of live)
    for (const b of live) {
      const ia = operationInterval(a);
      const ib = operationInterval(b);
      if (a.id >= b.id || !ia || !ib) continue;
      const premises = (op: Operation) =>
        new Set(
          targets
            .filter((t) => t.operationId === op.id && t.status !== 'dropped')
            .map((t) => t.premisesId),
        );
      const shared = [...premises(a)].filter((p) => premises(b).has(p));
      // The earlier start first; the gap runs from its end to the later start.
      const [x, y] = ia.start <= ib.start ? [ia, ib] : [ib, ia];
      const gap = y.start - x.end;
      if (gap > WITHIN_DAYS * DAY) continue;
      for (const p of shared)
        out.push(`${p}|${a.id}|${b.id}|${Math.max(0, Math.floor(gap / DAY))}`);
    }
  return out.sort();
}

/** The capacity rule over every agency and day. */
function simpleCapacity({ operations, participations }: Input, capacity: number): string[] {
  const sums = new Map<string, { committed: number; ops: Set<string> }>();
  for (const p of participations) {
    const op = operations.find((o) => o.id === p.operationId);
    if (!op || !isSchedulable(op) || !operationInterval(op)) continue;
    if (!['a1', 'a2'].includes(p.agencyId) || !COMMITTED_STATUSES.has(p.confirmation.status))
      continue;
    const key = `${p.agencyId}|${operationDay(op) ?? ''}`;
    const sum = sums.get(key) ?? { committed: 0, ops: new Set<string>() };
    sum.committed += strengthLimit(p);
    sum.ops.add(op.id);
    sums.set(key, sum);
  }
  return [...sums]
    .filter(([, s]) => s.committed > capacity)
    .map(([k, s]) => `${k}|${s.committed}|${[...s.ops].sort().join(',')}`)
    .sort();
}

/**
 * The person rule over every pair of overlapping plans: the same catalogue contact (sure) or the
 * same normalised name (possible, unless that name was already found sure for the pair); each
 * person named as the plan with the smaller id first names them.
 */
function simplePerson({ operations, participations, teams }: Input): string[] {
  type Named = { operationId: string; name: string; contactId: string | null };
  const named: Named[] = [
    ...participations
      .filter((p) => COMMITTED_STATUSES.has(p.confirmation.status))
      .filter((p) => p.liaison.contactId || p.liaison.name.trim() !== '')
      .map((p) => ({ operationId: p.operationId, ...p.liaison })),
    ...teams
      .filter((t) => t.leader.name.trim() !== '')
      .map((t) => ({ operationId: t.operationId, name: t.leader.name, contactId: null })),
  ];
  const out: string[] = [];
  const live = operations.filter(isSchedulable);
  for (const a of live)
    for (const b of live) {
      const ia = operationInterval(a);
      const ib = operationInterval(b);
      if (a.id >= b.id || !ia || !ib || !overlaps(ia, ib)) continue;
      const ofA = named.filter((n) => n.operationId === a.id);
      const ofB = named.filter((n) => n.operationId === b.id);
      const sure = new Set<string>();
      for (const x of ofA)
        if (x.contactId && ofB.some((y) => y.contactId === x.contactId)) {
          // The first entry of `a` with that contact names the person.
          const firstWith = ofA.find((z) => z.contactId === x.contactId);
          if (firstWith) sure.add(firstWith.name);
        }
      const possible = new Set<string>();
      for (const x of ofA) {
        const n = normaliseName(x.name);
        if (n === '' || !ofB.some((y) => normaliseName(y.name) === n)) continue;
        const firstWith = ofA.find((z) => normaliseName(z.name) === n);
        if (!firstWith || [...sure].some((s) => normaliseName(s) === n)) continue;
        possible.add(firstWith.name);
      }
      const list = (names: Set<string>) =>
        [...names].sort((p, q) => p.localeCompare(q, 'de')).join(',');
      if (sure.size > 0) out.push(`sure|${a.id}|${b.id}|${list(sure)}`);
      if (possible.size > 0) out.push(`possible|${a.id}|${b.id}|${list(possible)}`);
    }
  return out.sort();
}

function fastOf(all: Conflict[], kind: Conflict['kind']): string[] {
  return all
    .flatMap((c) => {
      if (c.kind !== kind) return [];
      if (c.kind === 'premises')
        return [`${c.premisesId}|${[...c.operationIds].sort().join('|')}|${c.daysApart}`];
      if (c.kind === 'capacity')
        return [`${c.agencyId}|${c.day}|${c.committed}|${c.operationIds.join(',')}`];
      return [`${c.certainty}|${c.operationIds.join('|')}|${c.names.join(',')}`];
    })
    .sort();
}

describe('findAllConflicts equals the rules written pair by pair (property)', () => {
  it('premises, capacity and person conflicts on random plans', () => {
    fc.assert(
      fc.property(
        fc.array(planArb, { maxLength: 14 }),
        fc.integer({ min: 0, max: 20 }),
        (plans, capacity) => {
          const input = build(plans, capacity);
          const all = findAllConflicts({ ...input, withinDays: WITHIN_DAYS });
          expect(fastOf(all, 'premises')).toEqual(simplePremises(input));
          expect(fastOf(all, 'capacity')).toEqual(simpleCapacity(input, capacity));
          expect(fastOf(all, 'person')).toEqual(simplePerson(input));
        },
      ),
      { numRuns: fcRuns(300) },
    );
  }, 60_000);
});
