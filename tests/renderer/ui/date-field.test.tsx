// The date-only field of the filters in happy-dom: a typed day is passed on as it reads, a
// half-typed or impossible day changes nothing and is named once the field is left, an emptied
// field clears, a value from outside replaces the text, and a picked day is written as typed.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import 'dayjs/locale/de';
import { initI18n } from '../../../src/renderer/i18n';
import { DateField, readTypedDate } from '../../../src/renderer/ui/DateField';

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

  it('changes nothing for a half-typed or impossible day and says so once left', () => {
    const { stored, input, type } = setup('2026-01-01');
    type('31.02.2026');
    expect(stored).toEqual([]);
    expect(screen.queryByText(/Bitte ein Datum als TT\.MM\.JJJJ/)).toBeNull();
    fireEvent.blur(input);
    expect(screen.getByText(/Bitte ein Datum als TT\.MM\.JJJJ eingeben/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
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
