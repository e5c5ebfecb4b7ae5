// Auswertung's filter in the URL: written and read back the same; anything unreadable dropped.
import { describe, expect, it } from 'vitest';
import { NO_FILTER, type PreparedOperation } from '@shared/results';
import {
  emptyReason,
  isFiltered,
  knownFilter,
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

  it('drops a municipality, thematic field or agency nobody can pick, and keeps months', () => {
    const op: PreparedOperation = {
      id: 'op-1',
      exercise: false,
      month: '2026-12',
      day: '2026-12-05',
      municipalityId: 'essen',
      thematicFields: ['shisha'],
      agencyIds: new Set(['a-1']),
      byAgency: new Map(),
      byPremises: new Map(),
      targets: [],
    };
    const known = {
      from: '1999-02',
      to: '2026-12',
      municipalityId: 'essen',
      thematicField: 'shisha',
      agencyId: 'a-1',
      includeExercises: false,
    };
    expect(knownFilter(known, [op])).toEqual(known);
    expect(
      knownFilter(
        { ...known, municipalityId: 'atlantis', thematicField: 'nope', agencyId: 'deleted' },
        [op],
      ),
    ).toEqual({ ...known, municipalityId: '', thematicField: '', agencyId: '' });
    expect(knownFilter(known, [])).toEqual({ ...known, municipalityId: '', agencyId: '' });
  });

  it('says why nothing is counted: nothing completed, from after to, or no match', () => {
    expect(emptyReason(NO_FILTER)).toBe('nothingYet');
    expect(emptyReason({ ...NO_FILTER, from: '2030-01', to: '2029-01' })).toBe('fromAfterTo');
    expect(emptyReason({ ...NO_FILTER, from: '2029-01', to: '2029-01' })).toBe('noMatch');
    expect(emptyReason({ ...NO_FILTER, to: '1999-02' })).toBe('noMatch');
  });
});
