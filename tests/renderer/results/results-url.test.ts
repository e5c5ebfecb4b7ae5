// Auswertung's filter in the URL: written and read back the same; anything unreadable dropped.
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '@shared/results';
import {
  isFiltered,
  readResultsUrl,
  writeResultsUrl,
} from '../../../src/renderer/features/results/results-url';

describe('results URL', () => {
  it('round-trips a filter and drops what it cannot read', () => {
    const f = {
      from: '2026-01',
      to: '2026-06',
      municipalityId: 'essen',
      thematicField: 'shisha',
      agencyId: 'a-1',
      includeExercises: true,
    };
    expect(readResultsUrl(writeResultsUrl(f))).toEqual(f);
    expect(isFiltered(f)).toBe(true);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(
      readResultsUrl(new URLSearchParams('from=2026-13&to=x&mun=<script>&exercises=yes')),
    ).toEqual(NO_FILTER);
  });
});
