// Calendar time rules: spans of an operation, moving H, phase bands, access times — across
// both daylight-saving changes of Berlin (29 March and 25 October 2026).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entrySpan,
  moveHHour,
  operationSpan,
  resizedMinutes,
  retimeRow,
  phaseBands,
  targetAccessTimes,
  unexplainedStaggeredTargets,
  withHHour,
} from '@shared/calendar';
import { planTimelineRows } from '@shared/domain/plan-timeline';
import type { PlanSnapshot, TimelineEntry } from '@shared/domain';
import { instantToWall } from '@shared/time/zoned';
import { demoPlan } from '../../support/demo-plan';
import { fcRuns } from '../../support/fc-runs';

const wall = (iso: string) => {
  const w = instantToWall(iso);
  return `${w.date} ${w.time}`;
};

function entry(over: Partial<TimelineEntry> & Pick<TimelineEntry, 'id' | 'time'>): TimelineEntry {
  const base = demoPlan().plan.timeline[0];
  if (!base) throw new Error('demo plan has no timeline');
  return { ...base, title: over.id, durationMinutes: 0, ...over };
}

function planAt(hHour: string, timeline: TimelineEntry[]): PlanSnapshot {
  const { plan } = demoPlan();
  return {
    ...plan,
    operation: {
      ...plan.operation,
      hHour,
      timeWindow: {
        start: new Date(Date.parse(hHour) - 3 * 3_600_000).toISOString(),
        end: new Date(Date.parse(hHour) + 4 * 3_600_000).toISOString(),
      },
    },
    timeline,
  };
}

describe('relative and absolute times across the daylight-saving changes', () => {
  it('an H at 01:30 on the autumn change: H+1:00 and H+2:00 both read 02:30 on the wall', () => {
    // 25 Oct 2026, 01:30 CEST = 23:30 UTC the day before; clocks go back at 03:00 CEST.
    const h = '2026-10-24T23:30:00.000Z';
    expect(wall(h)).toBe('2026-10-25 01:30');
    const one = entrySpan(entry({ id: 'a', time: { kind: 'relative', offsetMinutes: 60 } }), h);
    const two = entrySpan(entry({ id: 'b', time: { kind: 'relative', offsetMinutes: 120 } }), h);
    expect(one && wall(one.start)).toBe('2026-10-25 02:30');
    expect(two && wall(two.start)).toBe('2026-10-25 02:30');
    // …but they are a real hour apart: offsets are elapsed time, not wall-clock time.
    expect(one && two && Date.parse(two.start) - Date.parse(one.start)).toBe(3_600_000);
  });

  it('a plan spanning the spring gap: H at 01:30, H+1:00 is 03:30 (02:30 does not exist)', () => {
    const h = '2026-03-29T00:30:00.000Z';
    expect(wall(h)).toBe('2026-03-29 01:30');
    const span = entrySpan(entry({ id: 'a', time: { kind: 'relative', offsetMinutes: 60 } }), h);
    expect(span && wall(span.start)).toBe('2026-03-29 03:30');
  });

  it('an absolute entry keeps its instant, whatever H is', () => {
    const at = '2026-10-25T01:30:00.000Z';
    const e = entry({ id: 'a', time: { kind: 'absolute', at } });
    expect(entrySpan(e, null)?.start).toBe(at);
    expect(entrySpan(e, '2026-10-24T23:30:00.000Z')?.start).toBe(at);
  });

  it('a relative entry has no span while H is not set', () => {
    expect(entrySpan(entry({ id: 'a', time: { kind: 'relative', offsetMinutes: 0 } }), null)).toBe(
      null,
    );
  });
});

describe('operationSpan', () => {
  it('runs from the briefing (if earlier) to the window end; cancelled and exercise carried', () => {
    const { plan } = demoPlan();
    const op = plan.operation;
    const span = operationSpan({ ...op, status: 'cancelled', exercise: true });
    expect(span?.cancelled).toBe(true);
    expect(span?.exercise).toBe(true);
    expect(span?.end).toBe(op.timeWindow?.end);
    const briefing = op.framework.execution.briefingMeeting.at;
    const starts = [op.timeWindow?.start, briefing].flatMap((x) => (x ? [Date.parse(x)] : []));
    expect(span && Date.parse(span.start)).toBe(Math.min(...starts));
  });

  it('is null without window, H and briefing', () => {
    const op = demoPlan().plan.operation;
    const bare = {
      ...op,
      hHour: null,
      timeWindow: null,
      framework: {
        ...op.framework,
        execution: {
          ...op.framework.execution,
          briefingMeeting: { at: null, place: '' },
        },
      },
    };
    expect(operationSpan(bare)).toBe(null);
  });
});

describe('moving H', () => {
  const h = '2026-10-24T20:00:00.000Z';
  const rel = entry({ id: 'rel', time: { kind: 'relative', offsetMinutes: -30 } });
  const absInside = entry({ id: 'in', time: { kind: 'absolute', at: h } });
  const absEarly = entry({
    id: 'early',
    time: { kind: 'absolute', at: '2026-10-24T17:30:00.000Z' },
  });

  it('moves relative entries, window and briefing; absolute entries stay and are flagged', () => {
    const plan = planAt(h, [rel, absInside, absEarly]);
    const newH = '2026-10-24T21:00:00.000Z';
    const result = moveHHour(plan, newH);
    if (!result) throw new Error('H was set');
    expect(result.summary.deltaMinutes).toBe(60);
    expect(result.operation.hHour).toBe(newH);
    expect(result.operation.timeWindow?.start).toBe('2026-10-24T18:00:00.000Z');
    const relMove = result.summary.moved.find((m) => m.key === 'rel');
    expect(relMove).toEqual({
      key: 'rel',
      title: 'rel',
      before: '2026-10-24T19:30:00.000Z',
      after: '2026-10-24T20:30:00.000Z',
    });
    // 20:00 stays inside the new window 18:00–01:00; 17:30 fell out of it.
    expect(result.summary.outsideWindow.map((e) => e.id)).toEqual(['early']);
    // What was outside before (a deadline days earlier) is not news.
    const deadline = entry({
      id: 'deadline',
      time: { kind: 'absolute', at: '2026-10-22T10:00:00.000Z' },
    });
    const again = moveHHour(planAt(h, [deadline]), newH);
    expect(again?.summary.outsideWindow).toEqual([]);
    // The summary lists what moves in time order.
    const befores = result.summary.moved.map((m) => Date.parse(m.before));
    expect([...befores].sort((a, b) => a - b)).toEqual(befores);
    const briefing = plan.operation.framework.execution.briefingMeeting.at;
    if (briefing) {
      expect(result.operation.framework.execution.briefingMeeting.at).toBe(
        new Date(Date.parse(briefing) + 3_600_000).toISOString(),
      );
    }
  });

  it('returns null when H is not set, and withHHour then only sets it', () => {
    const plan = planAt(h, []);
    const noH = { ...plan, operation: { ...plan.operation, hHour: null } };
    expect(moveHHour(noH, h)).toBe(null);
    expect(withHHour(noH.operation, h).timeWindow).toEqual(plan.operation.timeWindow);
  });

  it('moving H there and back is the identity (property)', () => {
    const plan = planAt(h, [rel, absInside]);
    fc.assert(
      fc.property(fc.integer({ min: -7 * 24 * 60, max: 7 * 24 * 60 }), (minutes) => {
        const there = withHHour(
          plan.operation,
          new Date(Date.parse(h) + minutes * 60_000).toISOString(),
        );
        expect(withHHour(there, h)).toEqual(plan.operation);
        // A relative entry keeps its offset: its wall time moves by exactly the delta.
        const before = entrySpan(rel, h);
        const after = entrySpan(rel, there.hHour);
        expect(before && after && Date.parse(after.start) - Date.parse(before.start)).toBe(
          minutes * 60_000,
        );
      }),
      { numRuns: fcRuns(100) },
    );
  });
});

describe('phase bands', () => {
  it('puts the demo plan into the phases of a joint operation, in order', () => {
    const { plan, premises } = demoPlan();
    const name = (id: string) => premises.find((p) => p.id === id)?.name ?? '';
    const rows = planTimelineRows(plan, name);
    const bands = phaseBands(rows, (r) => (r.kind === 'entry' ? r.entry.durationMinutes : 30));
    const phases = bands.map((b) => b.phase);
    expect(phases).toContain('briefing');
    expect(phases).toContain('access');
    // Bands come in the order of the phases, and each spans at least one row.
    const order = [
      'preparation',
      'briefing',
      'approach',
      'staging',
      'access',
      'search',
      'closing',
      'follow_up',
    ];
    expect([...phases].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(phases);
    expect(bands.every((b) => b.count > 0 && Date.parse(b.end) > Date.parse(b.start))).toBe(true);
  });

  it('reads a title key word before the stored phase', () => {
    const h = '2026-10-24T20:00:00.000Z';
    const plan = planAt(h, [
      entry({
        id: 'Anfahrt zum Bereitstellungsraum',
        phase: 'execution',
        time: { kind: 'relative', offsetMinutes: -60 },
      }),
      entry({
        id: 'Durchsuchung Keller',
        phase: 'execution',
        time: { kind: 'relative', offsetMinutes: 30 },
      }),
      entry({
        id: 'Sonstiges',
        phase: 'follow_up',
        time: { kind: 'relative', offsetMinutes: 300 },
      }),
    ]);
    const rows = planTimelineRows({ ...plan, targets: [] }, () => '');
    const bands = phaseBands(rows, () => 0).map((b) => [b.phase, b.count]);
    expect(bands).toEqual([
      ['briefing', 1],
      ['approach', 1],
      ['search', 1],
      ['follow_up', 1],
    ]);
  });
});

describe('one synchronised H', () => {
  it('gives every target its access time and warns about a late one without a reason', () => {
    const { plan } = demoPlan();
    const h = plan.operation.hHour;
    const times = targetAccessTimes(plan.targets, h);
    expect(times.length).toBe(plan.targets.filter((t) => t.status !== 'dropped').length);
    for (const t of times) {
      expect(t.at).toBe(h && new Date(Date.parse(h) + t.offsetMinutes * 60_000).toISOString());
    }
    const [first, second, ...rest] = plan.targets;
    if (!first || !second) throw new Error('demo has targets');
    const same = [first, second, ...rest].map((t) => ({ ...t, accessOffsetMinutes: 0, notes: '' }));
    expect(unexplainedStaggeredTargets(same)).toEqual([]);
    const late = { ...second, accessOffsetMinutes: 20, notes: '', id: 'late' };
    const withLate = [...same.filter((t) => t.id !== second.id), late];
    expect(unexplainedStaggeredTargets(withLate).map((t) => t.id)).toEqual(['late']);
    // A stated reason silences the warning; a dropped target does not count.
    expect(unexplainedStaggeredTargets([...same, { ...late, notes: 'Öffnet erst 20:20' }])).toEqual(
      [],
    );
    expect(unexplainedStaggeredTargets([...same, { ...late, status: 'dropped' }])).toEqual([]);
  });
});

describe('dragging a row in the day view', () => {
  const h = '2026-10-24T23:30:00.000Z';

  it('keeps a relative entry relative: the drop becomes its new offset from H', () => {
    const plan = planAt(h, [entry({ id: 'rel', time: { kind: 'relative', offsetMinutes: -30 } })]);
    const rows = planTimelineRows({ ...plan, targets: [] }, () => '');
    const row = rows.find((r) => r.kind === 'entry');
    if (!row) throw new Error('entry row');
    // Dropped at 02:30 CET (after the autumn change): 2 h after H at 01:30 CEST.
    expect(retimeRow(row, h, new Date('2026-10-25T01:30:10.000Z'))).toEqual({
      kind: 'entry',
      entryId: 'rel',
      time: { kind: 'relative', offsetMinutes: 120 },
    });
  });

  it('gives an absolute entry its new instant, a target its access offset, within ±24 h', () => {
    const { plan } = demoPlan();
    const rows = planTimelineRows(
      {
        ...plan,
        timeline: [entry({ id: 'abs', time: { kind: 'absolute', at: h } })],
      },
      () => '',
    );
    const abs = rows.find((r) => r.kind === 'entry');
    const access = rows.find((r) => r.kind === 'access');
    const briefing = rows.find((r) => r.kind === 'briefing');
    if (!abs || !access || !briefing) throw new Error('rows');
    const hh = plan.operation.hHour;
    if (!hh) throw new Error('demo has H');
    const later = new Date(Date.parse(hh) + 20 * 60_000);
    expect(retimeRow(abs, hh, later)).toEqual({
      kind: 'entry',
      entryId: 'abs',
      time: { kind: 'absolute', at: later.toISOString() },
    });
    expect(retimeRow(access, hh, later)).toMatchObject({ kind: 'access', offsetMinutes: 20 });
    expect(retimeRow(access, hh, new Date(Date.parse(hh) + 25 * 3_600_000))).toBe(null);
    expect(retimeRow(briefing, hh, later)).toEqual({ kind: 'briefing', at: later.toISOString() });
    expect(resizedMinutes(later, new Date(later.getTime() + 45 * 60_000))).toBe(45);
  });
});
