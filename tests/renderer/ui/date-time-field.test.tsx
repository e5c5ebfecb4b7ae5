// The one date-time field (issue 12, item 4) in happy-dom: what is typed stays as typed, only a
// clear instant is stored, the spring gap is refused in German, the autumn overlap asks MESZ or
// MEZ, and a day picked from the calendar keeps the typed time with the cursor on it.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import 'dayjs/locale/de';
import { initI18n } from '../../../src/renderer/i18n';
import { DateTimeField, type DateTimeStatus } from '../../../src/renderer/ui/DateTimeField';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(cleanup);

interface Probe {
  stored: (string | null)[];
  statuses: DateTimeStatus[];
}

function Field({ initial, probe }: { initial: string | null; probe: Probe }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <DatesProvider settings={{ locale: 'de', firstDayOfWeek: 1 }}>
          <DateTimeField
            label="H-Zeit"
            value={value}
            onChange={(v) => {
              probe.stored.push(v);
              setValue(v);
            }}
            onStatusChange={(s) => probe.statuses.push(s)}
            testId="dt"
          />
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

const setup = (initial: string | null = null) => {
  const probe: Probe = { stored: [], statuses: [] };
  render(<Field initial={initial} probe={probe} />);
  const input = screen.getByTestId<HTMLInputElement>('dt');
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  return { probe, input, type };
};

describe('DateTimeField', () => {
  it('shows the format as a visible description, not as a placeholder', () => {
    const { input } = setup();
    expect(input.getAttribute('placeholder')).toBeNull();
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    const hint = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(hint).toContain('TT.MM.JJJJ hh:mm');
  });

  it('stores a typed date and time as its Berlin instant and keeps the text as typed', () => {
    const { probe, input, type } = setup();
    type('11.12.2026 20:00');
    expect(probe.stored).toEqual(['2026-12-11T19:00:00.000Z']);
    type('1.2.2027 8:05');
    expect(probe.stored.at(-1)).toBe('2027-02-01T07:05:00.000Z');
    // Not rewritten to 01.02.2027 08:05 while it means the same.
    expect(input.value).toBe('1.2.2027 8:05');
  });

  it('keeps an unreadable text, stores nothing and says why once the field is left', () => {
    const { probe, input, type } = setup('2026-12-11T19:00:00.000Z');
    expect(input.value).toBe('11.12.2026 20:00');
    type('11.12.2026 2');
    expect(probe.stored).toEqual([]);
    expect(screen.queryByText(/TT\.MM\.JJJJ hh:mm eingeben/)).toBeNull();
    fireEvent.blur(input);
    expect(
      screen.getByText(/Bitte Datum und Uhrzeit als TT\.MM\.JJJJ hh:mm eingeben/),
    ).toBeTruthy();
    expect(input.value).toBe('11.12.2026 2');
    type('11.12.2026');
    expect(screen.getByText('Bitte auch die Uhrzeit angeben (hh:mm).')).toBeTruthy();
    expect(probe.stored).toEqual([]);
    expect(probe.statuses.slice(-2)).toEqual(['invalid', 'no_time']);
  });

  it('names a day that does not exist instead of asking for the format (review #19)', () => {
    const { probe, input, type } = setup();
    type('31.02.2026 20:00');
    fireEvent.blur(input);
    expect(probe.stored).toEqual([]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Den 31.02.2026 gibt es nicht.')).toBeTruthy();
    expect(screen.queryByText(/TT\.MM\.JJJJ hh:mm eingeben/)).toBeNull();
    expect(probe.statuses.at(-1)).toBe('no_such_day');
  });

  it('refuses a time in the spring gap with a German message', () => {
    const { probe, input, type } = setup();
    type('29.03.2026 02:30');
    expect(probe.stored).toEqual([]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/02:30 Uhr gibt es am 29\.03\.2026 nicht/)).toBeTruthy();
  });

  it('asks MESZ or MEZ for a time in the autumn overlap and stores the answer', () => {
    const { probe, type } = setup();
    type('25.10.2026 02:30');
    expect(probe.stored).toEqual([]);
    expect(screen.getByText(/gibt es 02:30 Uhr zweimal/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/MEZ \(Winterzeit/));
    expect(probe.stored).toEqual(['2026-10-25T01:30:00.000Z']);
    fireEvent.click(screen.getByLabelText(/MESZ \(Sommerzeit/));
    expect(probe.stored.at(-1)).toBe('2026-10-25T00:30:00.000Z');
    expect(probe.statuses.at(-1)).toBe('ok');
  });

  it('empties to null when cleared', () => {
    const { probe, type } = setup('2026-12-11T19:00:00.000Z');
    type('');
    expect(probe.stored).toEqual([null]);
  });

  it('a picked day keeps the typed time and selects it, so typing 1-8-0-0 gives 18:00', async () => {
    const { probe, input, type } = setup();
    type('10.12.2026 08:00');
    fireEvent.click(screen.getByTestId('dt-calendar'));
    fireEvent.click(await screen.findByRole('button', { name: /11 Dezember 2026/ }));
    expect(input.value).toBe('11.12.2026 08:00');
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect([input.selectionStart, input.selectionEnd]).toEqual([11, 16]);
    // Focus handed back later puts the caret at the end: the first key selects the time again.
    input.setSelectionRange(16, 16);
    fireEvent.keyDown(input, { key: '1' });
    expect([input.selectionStart, input.selectionEnd]).toEqual([11, 16]);
    // What typing 1, 8, 0, 0 over the selected time leaves in the field.
    type('11.12.2026 1800');
    expect(probe.stored.at(-1)).toBe('2026-12-11T17:00:00.000Z');
  });
});
