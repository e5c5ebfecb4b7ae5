import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatOffset,
  instantToOffset,
  isWithinWindow,
  offsetToInstant,
  parseOffset,
  resolveTimelineTime,
  timelineOffset,
} from '@shared/time/h-hour';
import { instantToWall, wallToInstant, zoneOffsetMinutes } from '@shared/time/zoned';
import { fcRuns } from '../../support/fc-runs';

const at = (date: string, time: string) => {
  const r = wallToInstant({ date, time });
  if (!r.ok) throw new Error(r.error);
  return r.instant;
};

describe('wall time in Europe/Berlin', () => {
  it('converts winter and summer times', () => {
    expect(at('2026-01-15', '20:00')).toBe('2026-01-15T19:00:00.000Z');
    expect(at('2026-07-15', '20:00')).toBe('2026-07-15T18:00:00.000Z');
    expect(instantToWall('2026-07-15T18:00:00.000Z')).toEqual({
      date: '2026-07-15',
      time: '20:00',
    });
  });

  it('refuses a time in the spring-forward gap (29 March 2026, 02:00–03:00)', () => {
    expect(wallToInstant({ date: '2026-03-29', time: '02:30' })).toEqual({
      ok: false,
      error: 'nonexistent',
    });
    expect(at('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
  });

  it('flags the doubled hour in autumn (25 October 2026) and picks the earlier one', () => {
    const r = wallToInstant({ date: '2026-10-25', time: '02:30' });
    expect(r).toEqual({ ok: true, instant: '2026-10-25T00:30:00.000Z', ambiguous: true });
    expect(wallToInstant({ date: '2026-10-25', time: '03:30' })).toMatchObject({
      ambiguous: false,
    });
  });

  it('rejects malformed dates and times', () => {
    expect(wallToInstant({ date: '2026-02-30', time: '10:00' })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(wallToInstant({ date: '2026-02-01', time: '24:00' })).toEqual({
      ok: false,
      error: 'invalid',
    });
    expect(wallToInstant({ date: '1.2.2026', time: '10:00' })).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it('knows the zone offset on both sides of a change', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T00:59:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
  });
});

describe('H-hour offsets across daylight-saving changes', () => {
  it('H+60 is one real hour after H even when the clocks jump forward', () => {
    const h = at('2026-03-29', '01:30'); // 00:30Z, CET
    const plus60 = offsetToInstant(h, 60);
    expect(plus60).toBe('2026-03-29T01:30:00.000Z');
    // On the wall clock that is 03:30 CEST: two hours later on the clock, one hour in reality.
    expect(instantToWall(plus60)).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(instantToOffset(h, plus60)).toBe(60);
  });

  it('H−30 before an H just after the clocks go back lands in the first 02:xx hour', () => {
    const h = at('2026-10-25', '03:15'); // 02:15Z, CET (after the change)
    const minus90 = offsetToInstant(h, -90);
    expect(minus90).toBe('2026-10-25T00:45:00.000Z');
    expect(instantToWall(minus90)).toEqual({ date: '2026-10-25', time: '02:45' });
    expect(instantToOffset(h, minus90)).toBe(-90);
  });

  it('an operation spanning the autumn change lasts its real duration', () => {
    const start = at('2026-10-24', '22:00');
    const end = at('2026-10-25', '06:00');
    expect(instantToOffset(start, end)).toBe(9 * 60);
  });

  it('resolves relative and absolute timeline times', () => {
    const h = at('2026-11-27', '20:00');
    expect(resolveTimelineTime({ kind: 'relative', offsetMinutes: -120 }, h)).toBe(
      at('2026-11-27', '18:00'),
    );
    expect(resolveTimelineTime({ kind: 'relative', offsetMinutes: -120 }, null)).toBeNull();
    const abs = at('2026-11-25', '12:00');
    expect(resolveTimelineTime({ kind: 'absolute', at: abs }, null)).toBe(abs);
    expect(timelineOffset({ kind: 'absolute', at: abs }, h)).toBe(-(2 * 24 * 60 + 8 * 60));
    expect(timelineOffset({ kind: 'absolute', at: abs }, null)).toBeNull();
  });

  it('formats and parses offsets the way orders print them', () => {
    expect(formatOffset(0)).toBe('H');
    // One notation everywhere: hours and minutes, so "H+20" is never read as twenty hours.
    expect(formatOffset(20)).toBe('H+0:20');
    expect(formatOffset(-30)).toBe('H−0:30');
    expect(formatOffset(-75)).toBe('H−1:15');
    expect(formatOffset(180)).toBe('H+3:00');
    expect(formatOffset(1500)).toBe('H+25:00');
    // What people type the short way still reads.
    expect(parseOffset('H+20')).toBe(20);
    for (const m of [0, 5, -5, 59, -60, 61, -1439, 1440])
      expect(parseOffset(formatOffset(m))).toBe(m);
    expect(parseOffset('H-90')).toBe(-90);
    expect(parseOffset('h + 2:30')).toBe(150);
    expect(parseOffset('20:00')).toBeNull();
    expect(parseOffset('H+1:75')).toBeNull();
  });

  it('every offset within the timeline limits prints as H±h:mm and reads back the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: -14 * 24 * 60, max: 14 * 24 * 60 }), (m) => {
        const text = formatOffset(m);
        expect(text).toMatch(m === 0 ? /^H$/ : /^H[+−]\d{1,3}:[0-5]\d$/);
        expect(parseOffset(text)).toBe(m);
      }),
      { numRuns: fcRuns(500) },
    );
  });

  it('checks instants against the time window inclusively', () => {
    const w = { start: at('2026-11-27', '17:00'), end: at('2026-11-28', '00:00') };
    expect(isWithinWindow(w.start, w)).toBe(true);
    expect(isWithinWindow(at('2026-11-27', '20:00'), w)).toBe(true);
    expect(isWithinWindow(at('2026-11-28', '00:01'), w)).toBe(false);
  });
});
