// One fact, entered once (issue 12 item 6): the briefing time and every target's access time
// appear in the Zeitablauf as rows derived from where they are stored, and an edit made from
// the Zeitablauf is the same stored value readiness and Durchführung read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReadiness, type PlanSnapshot } from '@shared/domain';
import {
  briefingOffset,
  planTimelineRows,
  withBriefingAt,
  withBriefingOffset,
} from '@shared/domain/plan-timeline';
import { offsetToInstant } from '@shared/time/h-hour';
import { demoPlan } from '../../support/demo-plan';
import { fcRuns } from '../../support/fc-runs';

const name = (id: string) => `Objekt ${id}`;
const ctx = { premisesName: name, agencyName: (id: string) => `Behörde ${id}` };
const readinessCodes = (plan: PlanSnapshot) => checkReadiness(plan, ctx).map((i) => i.code);

/** The demo plan with no briefing time stored. */
function withoutBriefing(): PlanSnapshot {
  const { plan } = demoPlan();
  return { ...plan, operation: withBriefingAt(plan.operation, null) };
}

describe('plan timeline rows', () => {
  it('a briefing set from the Zeitablauf at H−3:00 satisfies readiness and is the Durchführung value', () => {
    const plan = withoutBriefing();
    expect(readinessCodes(plan)).toContain('no_briefing_meeting');
    const unscheduled = planTimelineRows(plan, name)[0];
    expect(unscheduled).toMatchObject({ kind: 'briefing', at: null, offset: null });

    const operation = withBriefingOffset(plan.operation, -180);
    const after = { ...plan, operation };
    expect(readinessCodes(after)).not.toContain('no_briefing_meeting');
    const h = operation.hHour ?? '';
    expect(operation.framework.execution.briefingMeeting.at).toBe(offsetToInstant(h, -180));
    const row = planTimelineRows(after, name).find((r) => r.kind === 'briefing');
    expect(row).toMatchObject({ offset: -180, at: offsetToInstant(h, -180) });
    expect(briefingOffset(operation)).toBe(-180);
  });

  it('without H a briefing can only be fixed in time, and a relative edit changes nothing', () => {
    const plan = withoutBriefing();
    const noH = { ...plan.operation, hHour: null };
    expect(withBriefingOffset(noH, -120)).toBe(noH);
    const at = '2026-11-27T16:00:00.000Z';
    const fixed = withBriefingAt(noH, at);
    const row = planTimelineRows({ ...plan, operation: fixed }, name).find(
      (r) => r.kind === 'briefing',
    );
    expect(row).toMatchObject({ kind: 'briefing', at, offset: null });
  });

  it('every target still entered has its access row, labelled with the target, at H + its offset', () => {
    const { plan } = demoPlan();
    const dropped = plan.targets[0];
    if (!dropped) throw new Error('demo has targets');
    const targets = plan.targets.map((t, i) =>
      t.id === dropped.id
        ? { ...t, status: 'dropped' as const }
        : { ...t, accessOffsetMinutes: i * 20 },
    );
    const rows = planTimelineRows({ ...plan, targets }, name);
    const access = rows.filter((r) => r.kind === 'access');
    expect(access).toHaveLength(targets.length - 1);
    for (const t of targets.filter((x) => x.status !== 'dropped')) {
      const row = access.find((r) => r.target.id === t.id);
      expect(row).toMatchObject({
        offset: t.accessOffsetMinutes,
        name: name(t.premisesId),
        at: offsetToInstant(plan.operation.hHour ?? '', t.accessOffsetMinutes),
      });
    }
  });

  it('rows are in time order whatever order the parts were stored in, each shown once', () => {
    const { plan } = demoPlan();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -600, max: 600 }), {
          minLength: plan.targets.length,
          maxLength: plan.targets.length,
        }),
        fc.integer({ min: -600, max: 0 }),
        fc.boolean(),
        (offsets, briefing, reverse) => {
          const targets = plan.targets.map((t, i) => ({
            ...t,
            status: 'planned' as const,
            accessOffsetMinutes: offsets[i] ?? 0,
          }));
          const shuffled: PlanSnapshot = {
            ...plan,
            operation: withBriefingOffset(plan.operation, briefing),
            targets: reverse ? [...targets].reverse() : targets,
            timeline: reverse ? [...plan.timeline].reverse() : plan.timeline,
          };
          const rows = planTimelineRows(shuffled, name);
          expect(rows).toHaveLength(1 + targets.length + plan.timeline.length);
          expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
          const known = rows.map((r) => r.offset).filter((o): o is number => o !== null);
          expect(known).toEqual([...known].sort((a, b) => a - b));
          // Stored order does not matter.
          const straight = planTimelineRows(
            { ...shuffled, targets, timeline: plan.timeline },
            name,
          );
          expect(rows.map((r) => r.key)).toEqual(straight.map((r) => r.key));
        },
      ),
      { numRuns: fcRuns(100) },
    );
  });
});
