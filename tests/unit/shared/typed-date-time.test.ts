// Reading typed date-times (issue 12, item 4): German forms, the Berlin spring gap and autumn
// overlap, and the promise that a text is read as typed — never corrected into another time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatWallText,
  instantToText,
  isSummerTime,
  parseWallText,
  readTypedDateTime,
  textMeans,
} from '@shared/time/typed-date-time';
import { instantToWall } from '@shared/time/zoned';
import { fcRuns } from '../../support/fc-runs';

describe('parseWallText', () => {
  it('reads de-DE dates with times in the forms people type', () => {
    expect(parseWallText('11.12.2026 20:00')).toEqual({ date: '2026-12-11', time: '20:00' });
    expect(parseWallText(' 1.2.2026 8:05 ')).toEqual({ date: '2026-02-01', time: '08:05' });
    expect(parseWallText('11.12.2026, 20:00 Uhr')).toEqual({ date: '2026-12-11', time: '20:00' });
    expect(parseWallText('11.12.2026 1800')).toEqual({ date: '2026-12-11', time: '18:00' });
    expect(parseWallText('2026-12-11T20:00')).toEqual({ date: '2026-12-11', time: '20:00' });
    expect(parseWallText('11.12.2026')).toEqual({ date: '2026-12-11', time: null });
  });

  it('refuses what it would have to guess', () => {
    for (const text of [
      '11.12.26 20:00',
      '11.12.2026 24:00',
      '11.12.2026 20:60',
      'morgen',
      '20:00',
    ]) {
      expect(parseWallText(text), text).toBeNull();
    }
  });
});

describe('readTypedDateTime (Europe/Berlin)', () => {
  it('gives the instant of a typed winter and summer time', () => {
    expect(readTypedDateTime('11.12.2026 20:00')).toEqual({
      kind: 'ok',
      wall: { date: '2026-12-11', time: '20:00' },
      instant: '2026-12-11T19:00:00.000Z',
    });
    expect(readTypedDateTime('15.07.2026 20:00')).toMatchObject({
      kind: 'ok',
      instant: '2026-07-15T18:00:00.000Z',
    });
  });

  it('tells empty, unreadable, impossible and time-less texts apart', () => {
    expect(readTypedDateTime('  ')).toEqual({ kind: 'empty' });
    expect(readTypedDateTime('11.12.')).toEqual({ kind: 'invalid' });
    // Review finding 19: the right shape with a day that does not exist is its own case.
    expect(readTypedDateTime('31.02.2026 10:00')).toEqual({
      kind: 'no_such_day',
      date: '31.02.2026',
    });
    expect(readTypedDateTime('31.2.2026')).toEqual({ kind: 'no_such_day', date: '31.02.2026' });
    expect(readTypedDateTime('29.02.2028 10:00')).toMatchObject({ kind: 'ok' }); // leap year
    expect(readTypedDateTime('29.02.2026 10:00')).toMatchObject({ kind: 'no_such_day' });
    expect(readTypedDateTime('11.12.2026')).toEqual({
      kind: 'no_time',
      wall: { date: '2026-12-11' },
    });
  });

  it('refuses a time in the spring gap (29 March 2026, 02:00–02:59)', () => {
    expect(readTypedDateTime('29.03.2026 02:30')).toEqual({
      kind: 'nonexistent',
      wall: { date: '2026-03-29', time: '02:30' },
    });
    expect(readTypedDateTime('29.03.2026 03:00')).toMatchObject({
      kind: 'ok',
      instant: '2026-03-29T01:00:00.000Z',
    });
  });

  it('asks about the doubled hour in autumn (25 October 2026): MESZ first, then MEZ', () => {
    const r = readTypedDateTime('25.10.2026 02:30');
    expect(r).toEqual({
      kind: 'ambiguous',
      wall: { date: '2026-10-25', time: '02:30' },
      summer: '2026-10-25T00:30:00.000Z',
      winter: '2026-10-25T01:30:00.000Z',
    });
    expect(isSummerTime('2026-10-25T00:30:00.000Z')).toBe(true);
    expect(isSummerTime('2026-10-25T01:30:00.000Z')).toBe(false);
    // Both instants are shown as the same text, and that text means either of them.
    expect(instantToText('2026-10-25T01:30:00.000Z')).toBe('25.10.2026 02:30');
    expect(textMeans('25.10.2026 2:30', '2026-10-25T01:30:00.000Z')).toBe(true);
  });

  it('never changes what was typed: the instant shows exactly the typed wall time', () => {
    const walls = fc.record({
      y: fc.integer({ min: 2000, max: 2099 }),
      mo: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.integer({ min: 0, max: 59 }),
      short: fc.boolean(),
    });
    fc.assert(
      fc.property(walls, ({ y, mo, d, h, mi, short }) => {
        const two = (n: number) => String(n).padStart(2, '0');
        const text = short
          ? `${d}.${mo}.${y} ${h}:${two(mi)}`
          : `${two(d)}.${two(mo)}.${y} ${two(h)}:${two(mi)}`;
        const wall = { date: `${y}-${two(mo)}-${two(d)}`, time: `${two(h)}:${two(mi)}` };
        const r = readTypedDateTime(text);
        const realDay = new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
        if (!realDay) return r.kind === 'no_such_day' && r.date === `${two(d)}.${two(mo)}.${y}`;
        if (r.kind === 'ok') {
          expect(instantToWall(r.instant)).toEqual(wall);
          expect(instantToText(r.instant)).toBe(formatWallText(wall));
          expect(textMeans(text, r.instant)).toBe(true);
          return true;
        }
        if (r.kind === 'ambiguous') {
          expect(instantToWall(r.summer)).toEqual(wall);
          expect(instantToWall(r.winter)).toEqual(wall);
          return true;
        }
        // Only the spring gap may refuse a real day and time.
        return r.kind === 'nonexistent' && mo === 3 && h === 2;
      }),
      { numRuns: fcRuns(500) },
    );
  });
});
