// The app's wall times are Berlin times whatever zone the computer runs in: the same answers with
// the OS zone set to America/New_York, whose clocks change on other days (8 March, 1 November 2026).
// Node applies a changed process.env.TZ at once, and vitest runs each file in its own process.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { docDate, docDateTime } from '@shared/documents/format';
import { instantToWall, wallToInstant, zoneOffsetMinutes } from '@shared/time/zoned';
import { fcRuns } from '../../support/fc-runs';

const previousTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  process.env.TZ = previousTz;
});

describe('Berlin wall time on a computer in New York', () => {
  it('really runs in New York time', () => {
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(300);
    expect(new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(240);
  });

  it('converts, refuses the spring gap and flags the autumn overlap as in Berlin', () => {
    expect(wallToInstant({ date: '2026-01-15', time: '20:00' })).toEqual({
      ok: true,
      instant: '2026-01-15T19:00:00.000Z',
      ambiguous: false,
    });
    expect(wallToInstant({ date: '2026-03-29', time: '02:30' })).toEqual({
      ok: false,
      error: 'nonexistent',
    });
    expect(wallToInstant({ date: '2026-10-25', time: '02:30' })).toEqual({
      ok: true,
      instant: '2026-10-25T00:30:00.000Z',
      ambiguous: true,
    });
    expect(instantToWall('2026-10-25T01:30:00.000Z')).toEqual({
      date: '2026-10-25',
      time: '02:30',
    });
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
  });

  it('prints Berlin dates and times in documents', () => {
    expect(docDateTime('2026-11-20T19:00:00.000Z')).toBe('Freitag, 20.11.2026, 20:00 Uhr');
    expect(docDate('2026-03-28T23:30:00.000Z')).toBe('29.03.2026'); // still the 28th in New York
  });

  it("ignores New York's own clock changes", () => {
    expect(wallToInstant({ date: '2026-03-08', time: '02:30' })).toEqual({
      ok: true,
      instant: '2026-03-08T01:30:00.000Z',
      ambiguous: false,
    });
    expect(wallToInstant({ date: '2026-11-01', time: '01:30' })).toEqual({
      ok: true,
      instant: '2026-11-01T00:30:00.000Z',
      ambiguous: false,
    });
  });

  it('reads back every quarter hour of both Berlin change days', () => {
    let twins = 0;
    for (const day of [Date.UTC(2026, 2, 28, 12), Date.UTC(2026, 9, 24, 12)]) {
      for (let ms = day; ms < day + 24 * 3_600_000; ms += 15 * 60_000) {
        const r = wallToInstant(instantToWall(new Date(ms).toISOString()));
        if (!r.ok) throw new Error(r.error);
        if (Date.parse(r.instant) !== ms) twins++;
        expect(Date.parse(r.instant) === ms || r.ambiguous).toBe(true);
      }
    }
    expect(twins).toBe(4); // 02:00, 02:15, 02:30, 02:45 CET read back as their CEST twins
  });

  it('every minute reads back to itself, or to the earlier twin in the autumn overlap', () => {
    const from = Date.UTC(2020, 0, 1);
    const to = Date.UTC(2035, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: from / 60_000, max: to / 60_000 }), (minute) => {
        const ms = minute * 60_000;
        const r = wallToInstant(instantToWall(new Date(ms).toISOString()));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const back = Date.parse(r.instant);
        expect(back === ms || (r.ambiguous && back === ms - 3_600_000)).toBe(true);
      }),
      { numRuns: fcRuns(300) },
    );
  });
});
