// Auswertung's value axis: whole-number ticks from 0 past the largest value, evenly spaced at
// 1, 2 or 5 times a power of ten, and bar lengths in percent of the axis.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf, valueTicks } from '../../../src/renderer/features/results/chart-ticks';
import { fcRuns } from '../../support/fc-runs';

describe('value axis of the bar drawings', () => {
  it('reads like an axis a person would draw', () => {
    expect(valueTicks(1)).toEqual([0, 1]);
    expect(valueTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(valueTicks(9)).toEqual([0, 5, 10]);
    expect(valueTicks(1700)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(valueTicks(9620)).toEqual([0, 5000, 10000]);
    // Nothing counted: still an axis to draw against.
    expect(valueTicks(0)).toEqual([0, 1]);
  });

  it('starts at 0, ends at or above the largest value, in whole equal steps of 1, 2 or 5 × 10ⁿ', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (max) => {
        const ticks = valueTicks(max);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
        // The last tick is the first step at or above the maximum, not one more.
        expect((ticks.at(-1) ?? 0) - step).toBeLessThan(max);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(11);
        ticks.forEach((t, i) => expect(t).toBe(i * step));
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 5]).toContain(Math.round(mantissa));
      }),
      { numRuns: fcRuns(200) },
    );
  });

  it('puts a value between 0 % and 100 % of the axis', () => {
    expect(percentOf(5, 10)).toBe(50);
    expect(percentOf(0, 10)).toBe(0);
    expect(percentOf(12, 10)).toBe(100);
    expect(percentOf(3, 0)).toBe(0);
  });
});
