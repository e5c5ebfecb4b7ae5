// Benchmark: force totals + roster warnings for 60 agencies, 400 persons, 12 teams and 30
// premises — the pure recomputation the workspace does on every change — against a bare loop
// summing the same numbers. Reports whether the median fits one frame (16 ms).
import { describe, expect, it } from 'vitest';
import { forceTotals, rosterWarnings } from '@shared/roster';
import { report, sample, summarize } from './harness';
import { FRAME_MS, roster } from './roster-dataset';

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
