// Benchmark: deconfliction by premises over 10 000 operations with 50 000 targets (issue 14:
// ≤ 100 ms), against a bare baseline that only groups the targets by premises — the least any
// approach must do. Operations spread over a year, 20 000 premises, so some are revisited.
// The second row runs every rule (premises, agency capacity per day, same person) on the same
// operations with 3 participations and 2 teams each, within the same budget. The Kalender runs
// those rules in a worker; the third row is what the page itself still does when one operation
// changes — find the changed records (conflict-feed.ts) and copy them for postMessage — against
// running every rule on the page as before.
import { describe, expect, it } from 'vitest';
import { findAllConflicts, findPremisesConflicts } from '@shared/calendar';
import type { Agency, Operation, OperationTarget, Participation, Team } from '@shared/domain';
import { CONFLICT_TABLES, ConflictFeed } from '../../src/renderer/features/calendar/conflict-feed';
import { demoPlan } from '../support/demo-plan';
import { report, sample, summarize, withBudget } from './harness';

const OPERATIONS = 10_000;
const TARGETS_PER_OPERATION = 5;
const PREMISES = 20_000;
const BUDGET_MS = 100;
const DAY = 24 * 3_600_000;
const AGENCIES = 40;
const PARTICIPATIONS_PER_OPERATION = 3;
const TEAMS_PER_OPERATION = 2;
/** Liaison contacts and typed leader names drawn from pools, so people recur across plans. */
const CONTACTS = 400;
const LEADERS = 2_000;

function dataset() {
  const { plan, agencies: demoAgencies } = demoPlan();
  const baseTarget = plan.targets[0];
  const baseParticipation = plan.participations[0];
  const baseTeam = plan.teams[0];
  const baseAgency = demoAgencies[0];
  if (!baseTarget || !baseParticipation || !baseTeam || !baseAgency)
    throw new Error('demo has the records');
  const agencies: Agency[] = Array.from({ length: AGENCIES }, (_, i) => ({
    ...baseAgency,
    id: `ag-${i}`,
    dailyCapacity: 60,
  }));
  const participations: Participation[] = [];
  const teams: Team[] = [];
  // A fixed pseudo-random sequence: the same workload in every run.
  let seed = 7;
  const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  const start = Date.UTC(2026, 0, 1);
  const operations: Operation[] = [];
  const targets: OperationTarget[] = [];
  for (let i = 0; i < OPERATIONS; i++) {
    const s = start + Math.floor(next() * 365) * DAY + 18 * 3_600_000;
    const id = `op-${i}`;
    operations.push({
      ...plan.operation,
      id,
      status: 'planning',
      // H two hours into the window: operations fall on different days for the capacity rule.
      hHour: new Date(s + 2 * 3_600_000).toISOString(),
      timeWindow: {
        start: new Date(s).toISOString(),
        end: new Date(s + 7 * 3_600_000).toISOString(),
      },
    });
    for (let k = 0; k < TARGETS_PER_OPERATION; k++) {
      targets.push({
        ...baseTarget,
        id: `${id}-t${k}`,
        operationId: id,
        premisesId: `p-${Math.floor(next() * PREMISES)}`,
        status: 'planned',
      });
    }
    for (let k = 0; k < PARTICIPATIONS_PER_OPERATION; k++) {
      const contact = Math.floor(next() * CONTACTS);
      participations.push({
        ...baseParticipation,
        id: `${id}-p${k}`,
        operationId: id,
        agencyId: `ag-${Math.floor(next() * AGENCIES)}`,
        requestedStrength: 1 + Math.floor(next() * 20),
        confirmation: { ...baseParticipation.confirmation, status: 'requested' },
        liaison: {
          ...baseParticipation.liaison,
          contactId: `c-${contact}`,
          name: `Kontakt ${contact}`,
        },
      });
    }
    for (let k = 0; k < TEAMS_PER_OPERATION; k++) {
      teams.push({
        ...baseTeam,
        id: `${id}-team${k}`,
        operationId: id,
        leader: { ...baseTeam.leader, name: `Leiter ${Math.floor(next() * LEADERS)}` },
      });
    }
  }
  return { operations, targets, participations, teams, agencies };
}

describe('deconfliction by premises', () => {
  it('10 000 operations, 50 000 targets vs grouping the targets by premises', async () => {
    const { operations, targets } = dataset();
    let sink = 0;
    const found = findPremisesConflicts(operations, targets);
    expect(found.length).toBeGreaterThan(0);
    const full = await sample(
      () => {
        sink += findPremisesConflicts(operations, targets).length;
      },
      15,
      3,
    );
    const bare = await sample(
      () => {
        const groups = new Map<string, string[]>();
        for (const t of targets) {
          const list = groups.get(t.premisesId);
          if (list) list.push(t.operationId);
          else groups.set(t.premisesId, [t.operationId]);
        }
        sink += groups.size;
      },
      15,
      3,
    );
    expect(sink).toBeGreaterThan(0);
    const m = summarize(
      'deconfliction by premises',
      `${OPERATIONS} operations, ${targets.length} targets, ${PREMISES} premises, ${found.length} conflicts`,
      full,
      { name: 'group targets by premises', times: bare },
    );
    report(withBudget(m, `≤ ${BUDGET_MS} ms`, m.medianMs <= BUDGET_MS));
  }, 120_000);

  it('every rule (premises, capacity, person) over the same operations vs grouping', async () => {
    const { operations, targets, participations, teams, agencies } = dataset();
    const input = { operations, targets, participations, teams, agencies };
    let sink = 0;
    const found = findAllConflicts(input);
    const kinds = new Set(found.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['capacity', 'person', 'premises']);
    const full = await sample(
      () => {
        sink += findAllConflicts(input).length;
      },
      15,
      3,
    );
    // Bare: one pass grouping targets by premises and participations by agency — each rule
    // has to look at every row once at least.
    const bare = await sample(
      () => {
        const groups = new Map<string, number>();
        for (const t of targets) groups.set(t.premisesId, (groups.get(t.premisesId) ?? 0) + 1);
        for (const p of participations)
          groups.set(p.agencyId, (groups.get(p.agencyId) ?? 0) + p.requestedStrength);
        for (const t of teams) groups.set(t.leader.name, (groups.get(t.leader.name) ?? 0) + 1);
        sink += groups.size;
      },
      15,
      3,
    );
    expect(sink).toBeGreaterThan(0);
    const m = summarize(
      'deconfliction, all rules',
      `${OPERATIONS} operations, ${targets.length} targets, ${participations.length} participations, ${teams.length} teams, ${found.length} conflicts`,
      full,
      { name: 'group rows by premises, agency, leader', times: bare },
    );
    report(withBudget(m, `≤ ${BUDGET_MS} ms`, m.medianMs <= BUDGET_MS));
  }, 180_000);

  it("the page's share with the worker: one operation changed, patches found and copied", async () => {
    const { operations, targets, participations, teams, agencies } = dataset();
    const input = { operations, targets, participations, teams, agencies };
    const tables = {
      operations: new Map(operations.map((r) => [r.id, r])),
      targets: new Map(targets.map((r) => [r.id, r])),
      participations: new Map(participations.map((r) => [r.id, r])),
      teams: new Map(teams.map((r) => [r.id, r])),
      agencies: new Map(agencies.map((r) => [r.id, r])),
    };
    const feed = new ConflictFeed();
    for (const t of CONFLICT_TABLES) feed.patches(t, tables[t]);
    let sink = 0;
    let edit = 0;
    const page = await sample(
      () => {
        // A new object for one operation, as the read model puts it after a save.
        const op = operations[(edit += 1) % operations.length];
        if (op) tables.operations.set(op.id, { ...op, codeName: `${op.codeName}*` });
        for (const t of CONFLICT_TABLES) {
          for (const patch of feed.patches(t, tables[t])) sink += structuredClone(patch).put.length;
        }
      },
      15,
      3,
    );
    const inThread = await sample(
      () => {
        sink += findAllConflicts(input).length;
      },
      7,
      2,
    );
    expect(sink).toBeGreaterThan(0);
    const m = summarize(
      'deconfliction, page share with the worker',
      `one operation changed among ${OPERATIONS} operations and ${targets.length + participations.length + teams.length} other rows: find changed records, copy for postMessage`,
      page,
      { name: 'all rules on the page (before)', times: inThread },
    );
    report(withBudget(m, `≤ ${BUDGET_MS} ms`, m.medianMs <= BUDGET_MS));
  }, 180_000);
});
