// What the Kalender hands react-big-calendar: only the events of the shown range (in Berlin,
// also from New York), and a busy day as one block in month and week views, never in the day
// view or the list.
import { afterAll, describe, expect, it } from 'vitest';
import type { OperationSpan } from '@shared/calendar';
import type { OperationEvent } from '../../../src/renderer/features/calendar/calendar-parts';
import { shownEvents, viewRange } from '../../../src/renderer/features/calendar/shown-events';
import { dayToDate } from '../../../src/renderer/features/calendar/berlin-localizer';

const previousTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  process.env.TZ = previousTz;
});

const HOUR = 3_600_000;
const words = {
  title: (n: number) => `${n} Einsätze`,
  label: (n: number, day: string) => `${n} Einsätze am ${day}`,
  conflict: 'Konflikt',
  culture: 'de',
};

function op(id: string, startIso: string, hours = 2, conflict = false): OperationEvent {
  const start = new Date(startIso);
  const end = new Date(start.getTime() + hours * HOUR);
  const span: OperationSpan = {
    operationId: id,
    codeName: id,
    status: 'planning',
    exercise: false,
    cancelled: false,
    hHour: start.toISOString(),
    start: start.toISOString(),
    end: end.toISOString(),
  };
  return { kind: 'operation', span, conflict, title: id, label: id, start, end };
}

const day = (d: string) => {
  const date = dayToDate(d);
  if (!date) throw new Error(d);
  return date;
};

describe('viewRange', () => {
  it('covers whole Berlin weeks from Monday for a month, and one Berlin day for a day', () => {
    const month = viewRange('month', day('2026-11-15'));
    // Monday 26 Oct 2026 00:00 Berlin (UTC+1) to Sunday 6 Dec 24:00.
    expect(new Date(month.start).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(new Date(month.end).toISOString()).toBe('2026-12-06T23:00:00.000Z');
    const d = viewRange('day', day('2026-03-29'));
    expect((d.end - d.start) / HOUR).toBe(23);
  });
});

describe('shownEvents', () => {
  const busy = Array.from({ length: 12 }, (_, i) =>
    op(`b${i}`, `2026-11-20T${String(6 + i).padStart(2, '0')}:00:00.000Z`, 2, i === 3),
  );
  const quiet = [op('q1', '2026-11-18T18:00:00.000Z'), op('q2', '2026-11-18T19:00:00.000Z')];
  const outside = op('far', '2027-02-01T10:00:00.000Z');
  const all = [...busy, ...quiet, outside];

  it('month view: the busy day as one block with a conflict mark, quiet days as they are', () => {
    const shown = shownEvents(all, 'month', day('2026-11-15'), words);
    expect(shown.filter((e) => e.kind === 'operation').map((e) => e.title)).toEqual(['q1', 'q2']);
    const block = shown.find((e) => e.kind === 'cluster');
    expect(block).toMatchObject({ kind: 'cluster', day: '2026-11-20', count: 12, conflict: true });
    expect(block?.title).toBe('12 Einsätze · ⚠ Konflikt');
    expect(block?.label).toBe('12 Einsätze am Freitag, 20. November 2026');
    expect(block?.start.toISOString()).toBe('2026-11-20T06:00:00.000Z');
    expect(block?.end.toISOString()).toBe('2026-11-20T19:00:00.000Z');
  });

  it('month view: a block with a night operation stays in its day; week view shows its end', () => {
    const night = [...busy, op('night', '2026-11-20T21:00:00.000Z', 6)];
    const month = shownEvents(night, 'month', day('2026-11-15'), words).find(
      (e) => e.kind === 'cluster',
    );
    // Midnight in Berlin (UTC+1).
    expect(month?.end.toISOString()).toBe('2026-11-20T23:00:00.000Z');
    const week = shownEvents(night, 'week', day('2026-11-16'), words).find(
      (e) => e.kind === 'cluster',
    );
    expect(week?.end.toISOString()).toBe('2026-11-21T03:00:00.000Z');
  });

  it('day view and list: every operation of the range, nothing outside it', () => {
    expect(shownEvents(all, 'day', day('2026-11-20'), words)).toHaveLength(12);
    const agenda = shownEvents(all, 'agenda', day('2026-11-15'), words);
    expect(agenda).toHaveLength(14);
    expect(agenda.every((e) => e.kind === 'operation')).toBe(true);
  });

  it('week view: an operation from the week before that runs into it is shown', () => {
    const late = op('late', '2026-11-15T22:00:00.000Z', 4);
    const shown = shownEvents([late], 'week', day('2026-11-16'), words);
    expect(shown.map((e) => e.title)).toEqual(['late']);
  });
});
