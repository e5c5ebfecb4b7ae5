// The list's URL state: defaults stay out of the URL, every filter survives a round trip, and
// whatever a hand-edited or foreign link carries is cleaned up instead of trusted.
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  clearFilters,
  DEFAULT_STATE,
  parseDay,
  parseListState,
  serializeListState,
  type ListState,
} from '../../src/renderer/features/operations/list/list-state';

const roundTrip = (s: ListState) => parseListState(serializeListState(s));

describe('list URL state', () => {
  it('writes nothing for the defaults, so /operations stays plain', () => {
    expect(serializeListState(DEFAULT_STATE).toString()).toBe('');
    expect(parseListState(new URLSearchParams())).toEqual(DEFAULT_STATE);
  });

  it('keeps every filter, the search, the sort and the view across a round trip', () => {
    const state: ListState = {
      query: 'kranich essen',
      statuses: ['planning', 'approved'],
      from: '2026-01-01',
      to: '2026-12-31',
      leadAgencyId: 'catalog-pp-essen',
      municipalityId: 'essen',
      thematicField: 'shisha',
      exercise: 'only',
      showArchived: true,
      sort: { id: 'codeName', desc: false },
      view: 'trash',
    };
    expect(roundTrip(state)).toEqual(state);
    const url = serializeListState(state).toString();
    expect(url).toContain('status=planning%2Capproved');
    expect(url).toContain('sort=codeName.asc');
  });

  it('writes statuses in lifecycle order, so one selection gives one URL', () => {
    const a = serializeListState({ ...DEFAULT_STATE, statuses: ['closed', 'draft'] });
    const b = serializeListState({ ...DEFAULT_STATE, statuses: ['draft', 'closed'] });
    expect(a.toString()).toBe(b.toString());
  });

  it('drops unknown and malformed values from a hand-edited link', () => {
    const s = parseListState(
      new URLSearchParams(
        'status=planning,bogus&from=2026-02-30&to=morgen&exercise=maybe&sort=secret.asc&lead=<script>&view=admin&archived=yes',
      ),
    );
    expect(s.statuses).toEqual(['planning']);
    expect(s.from).toBeNull();
    expect(s.to).toBeNull();
    expect(s.exercise).toBe('all');
    expect(s.sort).toEqual(DEFAULT_STATE.sort);
    expect(s.leadAgencyId).toBeNull();
    expect(s.view).toBe('list');
    expect(s.showArchived).toBe(false);
  });

  it('caps an overlong search text', () => {
    const s = parseListState(new URLSearchParams({ q: 'x'.repeat(5_000) }));
    expect(s.query).toHaveLength(200);
  });

  it('counts active filters (not search or sort) and clears them, keeping sort and view', () => {
    const state: ListState = {
      ...DEFAULT_STATE,
      query: 'falke',
      statuses: ['draft'],
      exercise: 'none',
      showArchived: true,
      sort: { id: 'status', desc: true },
      view: 'list',
    };
    expect(activeFilterCount(state)).toBe(3);
    expect(clearFilters(state)).toEqual({ ...DEFAULT_STATE, sort: state.sort });
  });

  it('accepts only real calendar days', () => {
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('2026-1-1')).toBeNull();
  });
});
