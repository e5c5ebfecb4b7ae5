// The Kalender's Berlin zone with remembered offsets gives every instant and every wall time the
// same offset as luxon's own Europe/Berlin — around both daylight-saving changes above all.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { BERLIN } from '../../../src/renderer/features/calendar/berlin-zone';
import { fcRuns } from '../../support/fc-runs';

const IANA = 'Europe/Berlin';
const MINUTE = 60_000;

const same = (ms: number) =>
  expect(DateTime.fromMillis(ms, { zone: BERLIN }).toISO()).toBe(
    DateTime.fromMillis(ms, { zone: IANA }).toISO(),
  );

describe('BERLIN (remembered offsets)', () => {
  it('matches luxon minute by minute across the spring and autumn changes of 2026', () => {
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)])
      for (let ms = change - 90 * MINUTE; ms <= change + 90 * MINUTE; ms += MINUTE) same(ms);
    // The last millisecond before a change and the first after it.
    same(Date.UTC(2026, 2, 29, 1) - 1);
    same(Date.UTC(2026, 9, 25, 1) - 1);
  });

  it('resolves wall times in the spring gap and the autumn overlap as luxon does', () => {
    for (const wall of [
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30 },
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
      { year: 2026, month: 10, day: 25, hour: 1, minute: 59 },
    ])
      expect(DateTime.fromObject(wall, { zone: BERLIN }).toISO()).toBe(
        DateTime.fromObject(wall, { zone: IANA }).toISO(),
      );
    const day = DateTime.fromObject({ year: 2026, month: 10, day: 25 }, { zone: BERLIN });
    expect(day.startOf('day').plus({ hours: 3 }).toISO()).toBe('2026-10-25T02:00:00.000+01:00');
  });

  it('matches luxon at any instant from 1990 to 2040, asked in any order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), {
          minLength: 1,
          maxLength: 20,
        }),
        (instants) => {
          for (const ms of instants) same(ms);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });

  it('is an IANA zone to luxon: formats in Berlin and equals Europe/Berlin', () => {
    const dt = DateTime.fromMillis(Date.UTC(2026, 11, 11, 17), { zone: BERLIN });
    expect(dt.toFormat('HH:mm ZZZZ')).toBe(
      DateTime.fromMillis(Date.UTC(2026, 11, 11, 17), { zone: IANA }).toFormat('HH:mm ZZZZ'),
    );
    expect(dt.zone.equals(DateTime.now().setZone(IANA).zone)).toBe(true);
    expect(dt.zoneName).toBe(IANA);
  });
});
