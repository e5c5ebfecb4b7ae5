// The results grid's display form of a stored number: grouped in the language's form, exact to
// the cent and the gram at the caps (no float on the way), and — in German — read back by the
// grid's own parser as the very number stored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_CAPS, parseMetric, type MetricUnit } from '@shared/results';
import { cellText } from '../../../src/renderer/features/workspace/results/cell-text';
import { fcRuns } from '../../support/fc-runs';

/** Intl writes a narrow no-break space before "€" in German: compared as a plain space. */
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('results cell text', () => {
  it('groups the caps and odd amounts in German and English', () => {
    const cases: [number, MetricUnit, string, string][] = [
      [10_000_000_000, 'cents', '100.000.000,00 €', '€100,000,000.00'],
      [9_999_999_999, 'cents', '99.999.999,99 €', '€99,999,999.99'],
      [5, 'cents', '0,05 €', '€0.05'],
      [99_999_999, 'grams', '99.999,999 kg', '99,999.999 kg'],
      [2_500, 'grams', '2,5 kg', '2.5 kg'],
      [3_000, 'grams', '3 kg', '3 kg'],
      [100_000, 'count', '100.000', '100,000'],
      [0, 'cents', '', ''],
    ];
    for (const [value, unit, de, en] of cases) {
      expect(plain(cellText(value, unit, 'de-DE'))).toBe(de);
      expect(plain(cellText(value, unit, 'en-GB'))).toBe(en);
    }
  });

  it('is read back exactly as the number stored (German)', () => {
    const unit = fc.constantFrom<MetricUnit>('count', 'cents', 'grams');
    fc.assert(
      fc.property(
        unit.chain((u) => fc.tuple(fc.constant(u), fc.integer({ min: 0, max: METRIC_CAPS[u] }))),
        ([u, value]) => parseMetric(cellText(value, u, 'de-DE'), u) === value,
      ),
      { numRuns: fcRuns(500) },
    );
  });
});
