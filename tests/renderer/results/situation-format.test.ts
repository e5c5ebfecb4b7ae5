// Auswertung's screen formatting of the plain table cells: grouped numbers and short month
// names in the user's language, decimals kept, anything not a number or month unchanged.
import { describe, expect, it } from 'vitest';
import {
  monthLabel,
  numberFormatter,
  screenCell,
} from '../../../src/renderer/features/results/situation-format';

describe('situation cells on screen', () => {
  it('groups whole numbers and keeps decimals and percent signs', () => {
    expect(screenCell('100001', 'de')).toBe('100.001');
    expect(screenCell('100001', 'en')).toBe('100,001');
    expect(screenCell('1234,56', 'de')).toBe('1.234,56');
    expect(screenCell('1234.56', 'en')).toBe('1,234.56');
    expect(screenCell('2,5', 'de')).toBe('2,5');
    expect(screenCell('33,3 %', 'de')).toBe('33,3 %');
    expect(screenCell('12', 'de')).toBe('12');
  });

  it('shows months by name and leaves names and other text alone', () => {
    expect(monthLabel('2026-12', 'de')).toBe('Dez. 2026');
    expect(monthLabel('2026-12', 'en')).toBe('Dec 2026');
    expect(screenCell('2026-01', 'de')).toBe('Jan. 2026');
    expect(screenCell('2026-13', 'de')).toBe('2026-13');
    expect(screenCell('Feuerwehr Essen', 'de')).toBe('Feuerwehr Essen');
    expect(screenCell('3 → 1', 'de')).toBe('3 → 1');
    // An English decimal in a German table is not a number in German: unchanged, not 1.234.
    expect(screenCell('1.234', 'de')).toBe('1.234');
  });

  it('formats chart axis ticks', () => {
    expect(numberFormatter('de')(120000)).toBe('120.000');
    expect(numberFormatter('en')(120000)).toBe('120,000');
  });
});
