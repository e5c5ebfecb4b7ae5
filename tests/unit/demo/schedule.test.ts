// H-hour of the demo: the next Friday 20:00 in Berlin, at least three days ahead, across DST changes.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import { nextDemoHHour } from '@shared/demo';
import { instantToWall } from '@shared/time/zoned';

// Property tests run FC_RUNS cases in a deep run; their time limit grows with the count.
vi.setConfig({ testTimeout: fcTimeout(500, 30_000, 5) });

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

function expectFridayEvening(now: string, h: string) {
  const wall = instantToWall(h);
  expect(new Date(`${wall.date}T00:00:00Z`).getUTCDay(), `${now} → ${h}`).toBe(5);
  expect(wall.time, `${now} → ${h}`).toBe('20:00');
  const lead = Date.parse(h) - Date.parse(now);
  expect(lead, `${now} → ${h}`).toBeGreaterThanOrEqual(3 * DAY);
  // Ten calendar days at most; a week spanning the autumn change has one 25-hour day.
  expect(lead, `${now} → ${h}`).toBeLessThan(10 * DAY + HOUR);
}

describe('nextDemoHHour', () => {
  it.each([
    // Tuesday morning: this Friday is more than three days away.
    ['2026-05-12T07:00:00.000Z', '2026-05-15T18:00:00.000Z'],
    // Wednesday evening: this Friday is too close, so the next one.
    ['2026-05-13T19:00:00.000Z', '2026-05-22T18:00:00.000Z'],
    // Friday 21:00: the following Friday.
    ['2026-05-15T19:00:00.000Z', '2026-05-22T18:00:00.000Z'],
  ])('now %s → H %s', (now, expected) => {
    expect(nextDemoHHour(now)).toBe(expected);
    expectFridayEvening(now, expected);
  });

  it.each([
    // Saturday before the last Sunday of October (clocks go back): H is in winter time, 19:00 UTC.
    ['2026-10-24T21:59:00.000Z', '2026-10-30T19:00:00.000Z'],
    // In the repeated hour itself.
    ['2026-10-25T00:30:00.000Z', '2026-10-30T19:00:00.000Z'],
    // Tuesday before the switch: H falls on the Friday before it, still summer time.
    ['2026-10-20T08:00:00.000Z', '2026-10-23T18:00:00.000Z'],
    // Saturday before the last Sunday of March (clocks go forward): H is in summer time, 18:00 UTC.
    ['2026-03-28T22:30:00.000Z', '2026-04-03T18:00:00.000Z'],
    // Wednesday before the switch: this Friday is too close, the next one is after the change.
    ['2026-03-25T12:00:00.000Z', '2026-04-03T18:00:00.000Z'],
    ['2027-03-27T23:00:00.000Z', '2027-04-02T18:00:00.000Z'],
    // Just after Tuesday 20:00 before the autumn change: ten days and one hour ahead (found by
    // the property test below).
    ['2028-10-24T18:00:00.001Z', '2028-11-03T19:00:00.000Z'],
  ])('around daylight-saving changes: now %s → H %s', (now, expected) => {
    expect(nextDemoHHour(now)).toBe(expected);
    expectFridayEvening(now, expected);
  });

  it('is always a Friday 20:00 Berlin time, three to ten days ahead', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2024-01-01T00:00:00Z'),
          max: Date.parse('2032-12-31T00:00:00Z'),
        }),
        (ms) => {
          const now = new Date(ms).toISOString();
          expectFridayEvening(now, nextDemoHHour(now));
        },
      ),
      { numRuns: fcRuns(500) },
    );
  });
});
