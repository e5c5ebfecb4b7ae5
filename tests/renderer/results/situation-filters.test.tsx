// Auswertung's filter fields. Each field is memoised on its own value and keeps one change
// handler for good, so these check that a change made after another one keeps the first (a
// handler holding an old filter would drop it), that the reset clears both, and that the fields
// read the same in German and English as before the memo.
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NO_FILTER, type PreparedOperation, type ResultsFilter } from '@shared/results';
import { SituationFilters } from '../../../src/renderer/features/results/SituationFilters';
import { germanBetweenTests } from '../support/language';

const i18n = germanBetweenTests();

const operation = (id: string, month: string, municipalityId: string): PreparedOperation => ({
  id,
  exercise: false,
  month,
  day: `${month}-01`,
  municipalityId,
  thematicFields: [],
  agencyIds: new Set(['agency-1']),
  byAgency: new Map(),
  byPremises: new Map(),
  targets: [],
});
const PREPARED = [
  operation('a', '2026-11', 'essen'),
  operation('b', '2026-12', 'duisburg'),
  operation('c', '2026-12', 'essen'),
];

/** The page's part: the filter held in state, every change recorded. */
function Page({ changes }: { changes: ResultsFilter[] }) {
  const [filter, setFilter] = useState<ResultsFilter>(NO_FILTER);
  return (
    <MantineProvider env="test">
      <SituationFilters
        filter={filter}
        prepared={PREPARED}
        agencyName={(id) => (id === 'agency-1' ? 'Ordnungsamt' : id)}
        onChange={(next) => {
          changes.push(next);
          setFilter(next);
        }}
      />
    </MantineProvider>
  );
}

/** Opens the field named `label` and picks the option `option`. */
function pick(label: string, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(screen.getByRole('option', { name: option }));
}

const valueOf = (label: string) =>
  screen.getByRole<HTMLInputElement>('combobox', { name: label }).value;

describe('Auswertung filter fields', () => {
  it('keeps an earlier choice when another field changes, and resets both', () => {
    const changes: ResultsFilter[] = [];
    render(<Page changes={changes} />);
    pick('Gemeinde', 'Essen');
    pick('Von (Monat)', 'Dez. 2026');
    expect(changes.at(-1)).toEqual({ ...NO_FILTER, municipalityId: 'essen', from: '2026-12' });
    expect(valueOf('Gemeinde')).toBe('Essen');
    expect(valueOf('Von (Monat)')).toBe('Dez. 2026');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Übungen einschließen' }));
    expect(changes.at(-1)).toEqual({
      ...NO_FILTER,
      municipalityId: 'essen',
      from: '2026-12',
      includeExercises: true,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(changes.at(-1)).toEqual(NO_FILTER);
    expect(valueOf('Gemeinde')).toBe('');
    expect(valueOf('Von (Monat)')).toBe('');
  });

  it('names fields and months in English after a language switch', async () => {
    const changes: ResultsFilter[] = [];
    render(<Page changes={changes} />);
    await act(() => i18n.current.changeLanguage('en'));
    pick('To (month)', 'Nov 2026');
    expect(changes.at(-1)).toEqual({ ...NO_FILTER, to: '2026-11' });
    expect(valueOf('To (month)')).toBe('Nov 2026');
    expect(screen.getByRole('combobox', { name: 'Municipality' }).getAttribute('placeholder')).toBe(
      'All',
    );
  });
});
