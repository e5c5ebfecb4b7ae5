// One part of Auswertung on screen: a real table with column headers and the screen's number
// format, a bar drawing labelled as a picture of that table whose bars follow the numbers after
// a filter change, and the first rows of a long table until all are asked for.
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SituationTable } from '@shared/results';
import {
  FIRST_ROWS,
  SituationSection,
  type ChartData,
} from '../../../src/renderer/features/results/SituationSection';
import { initI18n } from '../../../src/renderer/i18n';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

const ui = (node: ReactNode) => <MantineProvider env="test">{node}</MantineProvider>;

const months = (counts: number[]): SituationTable => ({
  key: 'months',
  heading: 'Einsätze je Monat',
  columns: ['Monat', 'Einsätze'],
  rows: counts.map((n, i) => [`2026-0${i + 1}`, String(n)]),
});
const chartOf = (t: SituationTable): ChartData => ({
  points: t.rows.map((r) => ({ name: r[0] ?? '', value: Number(r[1]) })),
});

/** Bar heights of a vertical drawing, in percent of its axis. */
const bars = (section: HTMLElement) =>
  within(section)
    .getAllByTestId('chart-bar')
    .map((b) => b.style.height);

describe('a part of Auswertung', () => {
  it('shows its numbers as a table with headers, formatted for the screen', () => {
    const table: SituationTable = {
      key: 'categories',
      heading: 'Ergebnisse je Kategorie',
      columns: ['Kategorie', 'Einheit', 'Summe'],
      rows: [
        ['Kontrollierte Personen', 'Anzahl', '100001'],
        ['Sichergestelltes Bargeld', 'EUR', '1234,56'],
      ],
    };
    render(ui(<SituationSection table={table} />));
    const grid = screen.getByRole('table', { name: 'Ergebnisse je Kategorie' });
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Kategorie', 'Einheit', 'Summe']);
    const cells = within(grid)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells).toEqual([
      ['Kontrollierte Personen', 'Anzahl', '100.001'],
      ['Sichergestelltes Bargeld', 'EUR', '1.234,56'],
    ]);
    // Numbers line up on the right, text on the left (the header with its column).
    const sum = headers[2];
    const unit = headers[1];
    expect(sum?.className).not.toBe('');
    expect(unit?.className ?? '').toBe('');
    expect(within(grid).getByText('100.001').className).toBe(sum?.className);
  });

  it('draws the chart as a labelled picture whose bars follow the numbers', () => {
    const before = months([2, 4, 1]);
    const { rerender } = render(ui(<SituationSection table={before} chart={chartOf(before)} />));
    const section = screen.getByTestId('situation-months');
    expect(within(section).getByRole('img').getAttribute('aria-label')).toContain(
      'Einsätze je Monat',
    );
    // Axis 0–4: 2 is half of it.
    expect(bars(section)).toEqual(['50%', '100%', '25%']);
    // A filter change: new numbers in the same places redraw the bars and the table.
    const after = months([2, 8, 4]);
    rerender(ui(<SituationSection table={after} chart={chartOf(after)} />));
    // Axis 0–8 now (steps of 2).
    expect(bars(section)).toEqual(['25%', '100%', '50%']);
    expect(within(section).getByRole('table').textContent).toContain('8');
  });

  it('shows the first rows of a long table until all are asked for', () => {
    const many = months(Array.from({ length: FIRST_ROWS + 5 }, (_, i) => i));
    render(ui(<SituationSection table={many} />));
    const grid = screen.getByRole('table');
    expect(within(grid).getAllByRole('row')).toHaveLength(FIRST_ROWS + 1);
    act(() => {
      fireEvent.click(screen.getByTestId('situation-all-months'));
    });
    expect(within(grid).getAllByRole('row')).toHaveLength(FIRST_ROWS + 6);
  });
});
