// Karte's date filters in a real (memory) router: typed German days reach the URL as
// `YYYY-MM-DD`, hostile text (31.02., letters, year 0001 or 99999) filters nothing and is named
// (a year of other than four digits by its own message),
// a reversed range is kept and named, an emptied field clears, and a URL comes back into the
// fields — with the map's view in the URL left as it was.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import 'dayjs/locale/de';
import { initI18n } from '../../../src/renderer/i18n';
import { MapFilters } from '../../../src/renderer/features/map/MapFilters';
import { hasFilters, readMapUrl } from '../../../src/renderer/features/map/view-url';
import { useFilterUrl, type FilterUrl } from '../../../src/renderer/features/map/useFilterUrl';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(cleanup);

const NO_OPERATIONS = new Map();

/** The page's URL writers as the last render made them (the map's move handler holds them so). */
let url: FilterUrl | null = null;

function Filters() {
  const { filters, setFilters, resetFilters, ...rest } = useFilterUrl();
  url = { filters, setFilters, resetFilters, ...rest };
  return (
    <MapFilters
      filters={filters}
      operations={NO_OPERATIONS}
      onChange={setFilters}
      onReset={resetFilters}
      canReset={hasFilters(filters)}
    />
  );
}

function setup(url = '/map?c=51.45000,7.01000&z=12') {
  const router = createMemoryRouter([{ path: '/map', element: <Filters /> }], {
    initialEntries: [url],
  });
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <DatesProvider settings={{ locale: 'de', firstDayOfWeek: 1 }}>
          <RouterProvider router={router} />
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  const field = (id: 'from' | 'to') => screen.getByTestId<HTMLInputElement>(`map-filter-${id}`);
  const type = (id: 'from' | 'to', text: string) =>
    act(() => {
      fireEvent.change(field(id), { target: { value: text } });
    });
  const leave = (id: 'from' | 'to') =>
    act(() => {
      fireEvent.blur(field(id));
    });
  const params = () => new URLSearchParams(router.state.location.search);
  return { router, field, type, leave, params };
}

const INVALID = 'Bitte ein Datum als TT.MM.JJJJ eingeben, z. B. 11.12.2026.';
const YEAR = 'Bitte das Jahr vierstellig angeben, z. B. 11.12.2026.';
const REVERSED = 'Das Ende liegt vor dem Anfang.';

describe('Karte URL: filters and the map view written between two renders', () => {
  it('a typed day and the move after it both stay (each write starts from the other)', () => {
    const { type, params } = setup();
    const writers = url;
    if (!writers) throw new Error('not rendered');
    act(() => {
      writers.setFilters({ ...writers.filters, from: '2026-12-11' });
      writers.setView({ lat: 51.5, lng: 7.2, zoom: 14 });
    });
    expect(params().get('from')).toBe('2026-12-11');
    expect(readMapUrl(params()).view).toEqual({ lat: 51.5, lng: 7.2, zoom: 14 });
    // A day typed away does not come back with the next move's write.
    void type('from', '01.01.99999');
    act(() => writers.setView({ lat: 51.4, lng: 7.1, zoom: 13 }));
    expect(params().get('from')).toBeNull();
    expect(readMapUrl(params()).view).toEqual({ lat: 51.4, lng: 7.1, zoom: 13 });
  });
});

describe('Karte date filters', () => {
  it('are text fields with the German format, not the browser’s date input', () => {
    const { field } = setup();
    expect(field('from').type).toBe('text');
    expect(screen.getAllByText('TT.MM.JJJJ')).toHaveLength(2);
  });

  it('write typed German days to the URL as YYYY-MM-DD, replacing, and keep the view', async () => {
    const { router, type, params } = setup();
    await type('from', '01.03.2026');
    await type('to', '31.03.2026');
    expect(params().get('from')).toBe('2026-03-01');
    expect(params().get('to')).toBe('2026-03-31');
    expect(params().get('c')).toBe('51.45000,7.01000');
    expect(params().get('z')).toBe('12');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  // The filter follows the field: a text that is no day drops the day it had (never keeps one
  // the field no longer shows). Named at once when more typing cannot mend it, else on leaving.
  it.each([
    ['31.02.2026', INVALID, true],
    ['gestern', INVALID, true],
    ['abc', INVALID, true],
    ['01.01.0001', YEAR, true],
    ['01.01.99999', YEAR, true],
    ['1.1.26', YEAR, false],
    ['2026-13-01', INVALID, true],
    ['<script>', INVALID, true],
  ])('filter nothing from %s and name it: %s (at once: %s)', async (text, message, atOnce) => {
    const { type, leave, params, field } = setup('/map?from=2026-03-01');
    await type('from', text);
    expect(params().has('from')).toBe(false);
    expect(screen.queryByText(message) !== null).toBe(atOnce);
    await leave('from');
    expect(screen.getByText(message)).toBeTruthy();
    expect(field('from').value).toBe(text);
    expect(field('from').getAttribute('aria-invalid')).toBe('true');
  });

  it('take a plausible year from the field and bring it back from the URL', async () => {
    const { type, params } = setup();
    await type('from', '01.01.1000');
    expect(params().get('from')).toBe('1000-01-01');
    cleanup();
    const again = setup(`/map?${params().toString()}`);
    expect(again.field('from').value).toBe('01.01.1000');
  });

  it('keep a reversed range and say under "bis" why nothing is in it', async () => {
    const { type, params } = setup();
    await type('from', '10.03.2026');
    expect(screen.queryByText(REVERSED)).toBeNull();
    await type('to', '01.03.2026');
    expect(params().get('from')).toBe('2026-03-10');
    expect(params().get('to')).toBe('2026-03-01');
    expect(screen.getByText(REVERSED)).toBeTruthy();
    await type('to', '31.03.2026');
    expect(screen.queryByText(REVERSED)).toBeNull();
  });

  it('clear the filter when a field is emptied, and all of it with the reset button', async () => {
    const { type, params, field } = setup('/map?from=2026-03-01&to=2026-03-31&kind=kiosk');
    await type('from', '');
    expect(params().has('from')).toBe(false);
    expect(params().get('to')).toBe('2026-03-31');
    await act(() => {
      fireEvent.click(screen.getByTestId('map-filter-reset'));
    });
    expect(params().has('to')).toBe(false);
    expect(params().has('kind')).toBe(false);
    expect(field('to').value).toBe('');
  });

  it('empty a field holding no day with the reset button too', async () => {
    const { type, params, field } = setup('/map?kind=kiosk');
    await type('from', '01.01.99999');
    expect(params().has('from')).toBe(false);
    await act(() => {
      fireEvent.click(screen.getByTestId('map-filter-reset'));
    });
    expect(params().has('kind')).toBe(false);
    expect(field('from').value).toBe('');
    expect(screen.queryByText(YEAR)).toBeNull();
  });

  it('show the days of a URL in German and drop days that do not exist', () => {
    const { field } = setup('/map?from=2026-03-01&to=2026-02-31');
    expect(field('from').value).toBe('01.03.2026');
    expect(field('to').value).toBe('');
  });

  it('follow a URL they did not write (a link, back and forward)', async () => {
    const { router, field } = setup('/map?from=2026-03-01');
    await act(async () => {
      await router.navigate('/map?from=2026-04-15&to=2026-04-30');
    });
    expect(field('from').value).toBe('15.04.2026');
    expect(field('to').value).toBe('30.04.2026');
  });
});

describe('map URL days', () => {
  it.each([
    ['2026-02-29', null],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-31', null],
    ['0001-01-01', null],
    ['1000-01-01', '1000-01-01'],
    ['99999-01-01', null],
    ['2026-3-1', null],
  ])('from=%s reads as %s', (day, read) => {
    expect(readMapUrl(new URLSearchParams({ from: day })).filters.from).toBe(read);
  });
});
