// The date-only field of the filters in happy-dom: a typed day is passed on as it reads, a text
// that is no day applies no day (never the last day it passed through) and is named once the
// field is left or at once when more typing cannot mend it, a year of other than four digits has
// its own message, an emptied field clears, a value from outside replaces the text, and a
// picked day is written as typed.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import 'dayjs/locale/de';
import { initI18n } from '../../../src/renderer/i18n';
import {
  DateField,
  dateTextProblem,
  mayBecomeDate,
  readTypedDate,
} from '../../../src/renderer/ui/DateField';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(cleanup);

let setOutside: (v: string | null) => void = () => undefined;

function Field({ initial, stored }: { initial: string | null; stored: (string | null)[] }) {
  const [value, setValue] = useState(initial);
  setOutside = setValue;
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <DatesProvider settings={{ locale: 'de', firstDayOfWeek: 1 }}>
          <DateField
            label="H-Zeit von"
            value={value}
            onChange={(v) => {
              stored.push(v);
              setValue(v);
            }}
            testId="day"
          />
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

const setup = (initial: string | null = null) => {
  const stored: (string | null)[] = [];
  render(<Field initial={initial} stored={stored} />);
  const input = screen.getByTestId<HTMLInputElement>('day');
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  return { stored, input, type };
};

describe('readTypedDate', () => {
  it.each([
    ['11.12.2026', '2026-12-11'],
    ['1.2.2027', '2027-02-01'],
    [' 01.02.2027 ', '2027-02-01'],
    ['29.02.2028', '2028-02-29'],
  ])('%s → %s', (text, day) => expect(readTypedDate(text)).toBe(day));

  it.each(['31.12.20', '31.02.2026', '29.02.2027', '11.12.2026 20:00', 'morgen', ''])(
    '%s is no day',
    (text) => expect(readTypedDate(text)).toBeNull(),
  );
});

describe('dateTextProblem and mayBecomeDate', () => {
  it.each([
    ['11.12.2026', null],
    ['', null],
    ['31.12.20', 'year'],
    ['01.01.0999', 'year'],
    ['01.01.99999', 'year'],
    ['0999-01-01', 'year'],
    ['31.02.2026', 'format'],
    ['gestern', 'format'],
    ['11.12.2026 20:00', 'format'],
  ])('%s → %s', (text, problem) => expect(dateTextProblem(text)).toBe(problem));

  it.each([
    ['1', true],
    ['11.1', true],
    ['11.12.', true],
    ['11.12.202', true],
    ['2026-1', true],
    ['11.12.0', false],
    ['31.02.2026', false],
    ['01.01.99999', false],
    ['2026-02-31', false],
    ['gestern', false],
  ])('%s may still become a day: %s', (text, may) => expect(mayBecomeDate(text)).toBe(may));
});

describe('DateField', () => {
  it('passes on a typed day and keeps the text as typed', () => {
    const { stored, input, type } = setup();
    type('11.12.2026');
    expect(stored).toEqual(['2026-12-11']);
    expect(input.value).toBe('11.12.2026');
    // The format is a visible hint tied to the field.
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('TT.MM.JJJJ');
  });

  it('applies no day for a half-typed day and says so once left', () => {
    const { stored, input, type } = setup('2026-01-01');
    type('01.01.202');
    expect(stored).toEqual([null]);
    // Still being typed: no message yet.
    expect(screen.queryByText(/Bitte/)).toBeNull();
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.blur(input);
    expect(screen.getByText('Bitte das Jahr vierstellig angeben, z. B. 11.12.2026.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    type('01.01');
    expect(screen.getByText(/Bitte ein Datum als TT\.MM\.JJJJ eingeben/)).toBeTruthy();
    type('01.01.2027');
    expect(stored).toEqual([null, '2027-01-01']);
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('drops the day typed through on the way to a wrong one, and says so at once', () => {
    const { stored, input, type } = setup();
    // Key by key, as a person types: 01.01.9999 is a real day on the way to 01.01.99999.
    const text = '01.01.99999';
    for (let i = 1; i <= text.length; i++) type(text.slice(0, i));
    expect(stored).toEqual(['9999-01-01', null]);
    expect(input.value).toBe(text);
    // Nothing typed after it can make this a day: the message does not wait for blur.
    expect(screen.getByText('Bitte das Jahr vierstellig angeben, z. B. 11.12.2026.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('names an impossible day at once, and a year before 1000 by its own message', () => {
    const { stored, type } = setup('2026-01-01');
    type('31.02.2026');
    expect(stored).toEqual([null]);
    expect(screen.getByText(/Bitte ein Datum als TT\.MM\.JJJJ eingeben/)).toBeTruthy();
    type('01.01.0999');
    expect(screen.getByText('Bitte das Jahr vierstellig angeben, z. B. 11.12.2026.')).toBeTruthy();
    expect(screen.queryByText(/Bitte ein Datum als TT\.MM\.JJJJ/)).toBeNull();
    expect(stored).toEqual([null]);
  });

  it('clears when emptied, and shows a value set from outside', () => {
    const { stored, input, type } = setup('2026-01-01');
    expect(input.value).toBe('01.01.2026');
    type('');
    expect(stored).toEqual([null]);
    act(() => setOutside('2027-03-05'));
    expect(input.value).toBe('05.03.2027');
    act(() => setOutside(null));
    expect(input.value).toBe('');
  });

  it('writes a day picked from the calendar', async () => {
    const { stored, input } = setup('2026-12-01');
    fireEvent.click(screen.getByTestId('day-calendar'));
    fireEvent.click(await screen.findByRole('button', { name: /11 Dezember 2026/ }));
    expect(stored).toEqual(['2026-12-11']);
    expect(input.value).toBe('11.12.2026');
  });
});
