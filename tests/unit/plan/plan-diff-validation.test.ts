import { describe, expect, it } from 'vitest';
import { diffPlans, newOperation, validateOperationHeader } from '@shared/domain';
import { demoPlan, NOW } from '../../support/demo-plan';

describe('revision diff', () => {
  it('reports added, removed and changed parts with field changes, ignoring status bookkeeping', () => {
    const { plan } = demoPlan();
    const [t0, ...rest] = plan.targets;
    if (!t0) throw new Error('demo');
    const next = {
      ...plan,
      operation: {
        ...plan.operation,
        status: 'planning' as const,
        revision: 2,
        approval: null,
        title: 'Neuer Titel',
      },
      targets: rest.map((t, i) => (i === 0 ? { ...t, reason: 'geändert' } : t)),
      timeline: [
        ...plan.timeline,
        { ...plan.timeline[0], id: 'neu' } as (typeof plan.timeline)[number],
      ],
    };
    const changes = diffPlans(plan, next);
    expect(changes.find((c) => c.part === 'operation')?.fields).toEqual([
      { path: 'title', before: plan.operation.title, after: 'Neuer Titel' },
    ]);
    expect(changes).toContainEqual({ part: 'targets', id: t0.id, kind: 'removed', fields: [] });
    expect(
      changes.find((c) => c.part === 'targets' && c.kind === 'changed')?.fields.map((f) => f.path),
    ).toEqual(['reason']);
    expect(changes).toContainEqual({ part: 'timeline', id: 'neu', kind: 'added', fields: [] });
    expect(diffPlans(plan, plan)).toEqual([]);
  });
});

describe('operation header validation', () => {
  const op = (fields: Parameters<typeof newOperation>[0]) => newOperation(fields, NOW);

  it('needs a code name', () => {
    expect(validateOperationHeader(op({ codeName: ' ' }), NOW, true)).toEqual({
      codeName: 'code_name_missing',
    });
  });

  it('refuses a past H-hour only for plans still being made', () => {
    const past = op({ codeName: 'X', hHour: '2026-11-01T19:00:00.000Z' });
    expect(validateOperationHeader(past, NOW, true)).toEqual({ hHour: 'h_hour_in_past' });
    expect(validateOperationHeader(past, NOW, false)).toEqual({});
  });

  it('checks the time window and the response deadline against H', () => {
    const h = '2026-11-27T19:00:00.000Z';
    expect(
      validateOperationHeader(
        op({
          codeName: 'X',
          hHour: h,
          timeWindow: { start: '2026-11-27T20:00:00.000Z', end: '2026-11-27T23:00:00.000Z' },
        }),
        NOW,
        true,
      ),
    ).toEqual({ hHour: 'h_hour_outside_window' });
    expect(
      validateOperationHeader(
        op({
          codeName: 'X',
          timeWindow: { start: '2026-11-27T20:00:00.000Z', end: '2026-11-27T19:00:00.000Z' },
        }),
        NOW,
        true,
      ),
    ).toEqual({ timeWindow: 'window_end_before_start' });
    expect(
      validateOperationHeader(
        op({ codeName: 'X', hHour: h, responseDeadline: '2026-11-28T10:00:00.000Z' }),
        NOW,
        true,
      ),
    ).toEqual({ responseDeadline: 'deadline_after_h_hour' });
  });
});
