// The neutral grid's degree labels follow the UI language: a decimal comma in German, a point in
// English; every label of a grid has its step's decimals, with no float noise and no "-0°".
import { describe, expect, it } from 'vitest';
import {
  formatGridDegree,
  gridDegreeLabel,
  stepDecimals,
} from '../../../src/renderer/map/degree-label';

describe('grid degree labels', () => {
  it.each([
    [7.005, 0.001, '7,005°', '7.005°'],
    [7.01, 0.001, '7,010°', '7.010°'],
    [51.4935, 0.0005, '51,4935°', '51.4935°'],
    [51.5, 0.5, '51,5°', '51.5°'],
    [-7.5, 0.5, '-7,5°', '-7.5°'],
    [180, 10, '180°', '180°'],
    // What `i * step` and `lat += step` leave behind.
    [0.1 + 0.2, 0.1, '0,3°', '0.3°'],
    [7.004999999999, 0.001, '7,005°', '7.005°'],
    [-1e-9, 0.01, '0,00°', '0.00°'],
  ])('%s at step %s → %s (de), %s (en)', (value, step, de, en) => {
    expect(formatGridDegree(value, 'de', step)).toBe(de);
    expect(formatGridDegree(value, 'en', step)).toBe(en);
  });

  it('labels every other line of a 0.0005° grid with the decimals of 0.001°', () => {
    const everyOther = gridDegreeLabel('de', 0.0005 * 2);
    expect([everyOther(7.004), everyOther(7.005)]).toEqual(['7,004°', '7,005°']);
    expect(stepDecimals(0.0002 * 3)).toBe(4);
  });

  it('counts the decimals of every grid step', () => {
    expect([10, 1, 0.5, 0.2, 0.05, 0.01, 0.005, 0.001, 0.0005, 0.0002].map(stepDecimals)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });

  it('never groups digits', () => {
    expect(formatGridDegree(1234.5, 'en', 0.5)).toBe('1234.5°');
    expect(formatGridDegree(1234.5, 'de', 0.5)).toBe('1234,5°');
  });

  it('labels one drawing with one formatter, per language', () => {
    const de = gridDegreeLabel('de', 0.001);
    const en = gridDegreeLabel('en', 0.001);
    expect([de(7.009), de(7.01), en(7.01), de(7.011)]).toEqual([
      '7,009°',
      '7,010°',
      '7.010°',
      '7,011°',
    ]);
  });

  it('reads a malformed language code as German instead of throwing', () => {
    expect(formatGridDegree(7.005, 'not a tag', 0.001)).toBe('7,005°');
  });
});
