// The calendar's times are Berlin times on a computer in New York too: spans and moving H are
// instants, and their wall times are read in Europe/Berlin, never in the machine's zone.
import { afterAll, describe, expect, it } from 'vitest';
import { entrySpan, withHHour } from '@shared/calendar';
import { instantToWall } from '@shared/time/zoned';
import { demoPlan } from '../../support/demo-plan';

const previousTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  process.env.TZ = previousTz;
});

describe('calendar times in New York', () => {
  it('really runs in New York time', () => {
    expect(new Date(2026, 9, 20, 12).getTimezoneOffset()).toBe(240);
  });

  it('H at 01:30 Berlin on the autumn change: the relative entries read Berlin wall times', () => {
    const base = demoPlan().plan.timeline[0];
    if (!base) throw new Error('demo has a timeline');
    const h = '2026-10-24T23:30:00.000Z';
    const at = (offsetMinutes: number) => {
      const span = entrySpan({ ...base, time: { kind: 'relative', offsetMinutes } }, h);
      return span && instantToWall(span.start);
    };
    expect(at(0)).toEqual({ date: '2026-10-25', time: '01:30' });
    expect(at(60)).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(at(120)).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(at(180)).toEqual({ date: '2026-10-25', time: '03:30' });
  });

  it('moving H by 30 minutes moves the window by 30 real minutes', () => {
    const op = demoPlan().plan.operation;
    if (!op.hHour || !op.timeWindow) throw new Error('demo has H and a window');
    const moved = withHHour(op, new Date(Date.parse(op.hHour) + 30 * 60_000).toISOString());
    expect(
      moved.timeWindow && Date.parse(moved.timeWindow.start) - Date.parse(op.timeWindow.start),
    ).toBe(30 * 60_000);
  });
});
