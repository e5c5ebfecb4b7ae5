// Benchmark: force totals + roster warnings for 60 agencies, 400 persons, 12 teams and 30
// premises — the pure recomputation the workspace does on every change — against a bare loop
// summing the same numbers. Reports whether the median fits one frame (16 ms).
import { describe, expect, it } from 'vitest';
import {
  newAgency,
  newOperation,
  newParticipation,
  newTarget,
  newTeam,
  type PlanSnapshot,
} from '@shared/domain';
import { AGENCY_KINDS } from '@shared/domain';
import { forceTotals, rosterWarnings } from '@shared/roster';
import { report, sample, summarize } from './harness';

const T = '2026-11-20T10:00:00.000Z';
const FRAME_MS = 16;

function roster(): { plan: PlanSnapshot; agencies: ReturnType<typeof newAgency>[] } {
  const operation = newOperation({ codeName: 'BENCH', responseDeadline: T }, T);
  const agencies = Array.from({ length: 60 }, (_, i) =>
    newAgency(
      {
        id: `ag-${i}`,
        name: `Behörde ${i}`,
        kind: AGENCY_KINDS[i % AGENCY_KINDS.length] ?? 'other',
      },
      T,
    ),
  );
  // 400 persons requested: 40 agencies with 7, 20 with 6.
  const participations = agencies.map((a, i) => {
    const p = newParticipation(
      {
        id: `p-${i}`,
        operationId: operation.id,
        agencyId: a.id,
        requestedStrength: i < 40 ? 7 : 6,
        role: i % 5 === 0 ? 'enforcement_support' : 'inspecting_authority',
      },
      T,
    );
    const status =
      (['requested', 'confirmed', 'partially_confirmed'] as const)[i % 3] ?? 'requested';
    return {
      ...p,
      confirmation: {
        ...p.confirmation,
        status,
        confirmedStrength: status === 'partially_confirmed' ? 4 : null,
      },
    };
  });
  const targets = Array.from({ length: 30 }, (_, i) =>
    newTarget({ id: `t-${i}`, operationId: operation.id, premisesId: `pr-${i}`, order: i }, T),
  );
  const teams = Array.from({ length: 12 }, (_, i) =>
    newTeam(
      {
        id: `team-${i}`,
        operationId: operation.id,
        name: `Team ${i + 1}`,
        order: i,
        leader: { name: i % 4 === 0 ? '' : `Leitung ${i}`, participationId: null, phone: '' },
        // Every team draws from 5 participations; together they place all 400 persons.
        members: participations
          .slice(i * 5, i * 5 + 5)
          .map((p) => ({ participationId: p.id, count: p.requestedStrength, names: '' })),
        targetIds: targets.filter((_, k) => k % 12 === i).map((t) => t.id),
      },
      T,
    ),
  );
  return { plan: { operation, targets, participations, teams, timeline: [], comms: [] }, agencies };
}

describe('roster recomputation', () => {
  it('force totals + warnings vs a bare loop', async () => {
    const { plan, agencies } = roster();
    const totals = forceTotals(plan, agencies);
    expect(totals.total.requested).toBe(400);
    expect(totals.total.assigned).toBe(400);
    const now = '2026-11-21T10:00:00.000Z';
    let sink = 0;
    const full = await sample(
      () => {
        const t = forceTotals(plan, agencies);
        sink += t.total.confirmed + rosterWarnings(plan, agencies, now).length;
      },
      200,
      20,
    );
    const bare = await sample(
      () => {
        let requested = 0;
        let assigned = 0;
        for (const p of plan.participations) requested += p.requestedStrength;
        for (const t of plan.teams) for (const m of t.members) assigned += m.count;
        sink += requested + assigned;
      },
      200,
      20,
    );
    expect(sink).toBeGreaterThan(0);
    const m = summarize(
      'roster totals + warnings',
      '60 agencies, 400 persons, 12 teams, 30 premises',
      full,
      {
        name: 'bare summing loop',
        times: bare,
      },
    );
    report(m);
    console.log(
      `[bench] roster median ${m.medianMs.toFixed(3)} ms ${m.medianMs <= FRAME_MS ? 'is within' : 'EXCEEDS'} one frame (${FRAME_MS} ms)`,
    );
    expect(m.medianMs).toBeLessThan(FRAME_MS);
  });
});
