// instantMs reads the app's stored instants without Date.parse: it must give exactly what
// Date.parse gives, for the stored form and for anything else it hands on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from '@shared/calendar/instant-ms';
import { fcRuns } from '../../support/fc-runs';

describe('instantMs', () => {
  it('equals Date.parse on toISOString text from year 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(instantMs(iso)).toBe(Date.parse(iso));
        expect(instantMs(iso)).toBe(ms);
      }),
      { numRuns: fcRuns(2_000) },
    );
  });

  it('hands other forms and impossible dates to Date.parse', () => {
    for (const text of [
      '2026-02-29T00:00:00.000Z', // no 29 February in 2026
      '2028-02-29T12:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-03-10T24:00:00.000Z',
      '2026-03-10T23:60:00.000Z',
      '2026-03-1aT00:00:00.000Z',
      '2026-03-29T01:00:00Z',
      '2026-03-29T01:00:00.000+01:00',
      '',
    ]) {
      expect(Object.is(instantMs(text), Date.parse(text)), text).toBe(true);
    }
    expect(instantMs('2026-03-29T01:00:00.000+01:00')).toBe(Date.UTC(2026, 2, 29, 0));
  });
});
