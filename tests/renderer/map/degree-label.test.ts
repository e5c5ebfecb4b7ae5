// The neutral grid's degree labels follow the UI language: a decimal comma in German, a point in
// English, no float noise from the grid's arithmetic and no "-0°".
import { describe, expect, it } from 'vitest';
import { formatGridDegree, gridDegreeLabel } from '../../../src/renderer/map/degree-label';

describe('grid degree labels', () => {
  it.each([
    [7.005, '7,005°', '7.005°'],
    [51.47, '51,47°', '51.47°'],
    [-7.5, '-7,5°', '-7.5°'],
    [180, '180°', '180°'],
    // What `i * step` and `lat += step` leave behind.
    [0.1 + 0.2, '0,3°', '0.3°'],
    [7.0045000000001, '7,0045°', '7.0045°'],
    [-1e-9, '0°', '0°'],
  ])('%s → %s (de), %s (en)', (value, de, en) => {
    expect(formatGridDegree(value, 'de')).toBe(de);
    expect(formatGridDegree(value, 'en')).toBe(en);
  });

  it('keeps six decimals at most and never groups digits', () => {
    expect(formatGridDegree(7.1234567, 'de')).toBe('7,123457°');
    expect(formatGridDegree(1234.5, 'en')).toBe('1234.5°');
  });

  it('labels one drawing with one formatter, per language', () => {
    const de = gridDegreeLabel('de');
    const en = gridDegreeLabel('en');
    expect([de(7.005), en(7.005), de(7.01)]).toEqual(['7,005°', '7.005°', '7,01°']);
  });

  it('reads a malformed language code as German instead of throwing', () => {
    expect(formatGridDegree(7.005, 'not a tag')).toBe('7,005°');
  });
});
