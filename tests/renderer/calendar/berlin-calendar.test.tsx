// The Kalender shows Berlin times on a computer in New York: the luxon localizer holds
// Europe/Berlin, so react-big-calendar draws days, hours and weeks of Berlin. The URL state
// of the page round-trips and refuses what it does not know.
import { cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Calendar } from 'react-big-calendar';
import {
  berlinLocalizer,
  calendarFormats,
  dateToDay,
  dayToDate,
  isMonday,
  weekNumber,
} from '../../../src/renderer/features/calendar/berlin-localizer';
import {
  parseCalendarUrl,
  serializeCalendarUrl,
} from '../../../src/renderer/features/calendar/calendar-url';

const previousTz = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  process.env.TZ = previousTz;
});
afterEach(cleanup);

describe('react-big-calendar in Berlin time', () => {
  it('really runs in New York time', () => {
    expect(new Date(2026, 10, 20, 12).getTimezoneOffset()).toBe(300);
  });

  it('maps Berlin days to dates and back, with Monday weeks and ISO week numbers', () => {
    const day = dayToDate('2026-11-20');
    expect(day?.toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(day && dateToDay(day)).toBe('2026-11-20');
    // 23:30 UTC on Sunday 22 Nov is already Monday 23 Nov in Berlin (KW 48).
    const lateSunday = new Date('2026-11-22T23:30:00.000Z');
    expect(dateToDay(lateSunday)).toBe('2026-11-23');
    expect(isMonday(lateSunday)).toBe(true);
    expect(weekNumber(lateSunday)).toBe(48);
    expect(berlinLocalizer.startOfWeek('de')).toBe(1);
    expect(dayToDate('2026-02-30')).toBe(null);
  });

  it('draws an H at 20:00 Berlin at 20:00 in the day view, with the KW in the header', () => {
    const start = new Date('2026-11-20T19:00:00.000Z');
    const end = new Date('2026-11-20T21:00:00.000Z');
    render(
      <div style={{ height: 600 }}>
        <Calendar
          localizer={berlinLocalizer}
          culture="de"
          events={[{ title: 'Falke', start, end }]}
          view="day"
          views={['day']}
          date={start}
          onView={() => undefined}
          onNavigate={() => undefined}
          formats={calendarFormats('KW')}
        />
      </div>,
    );
    expect(screen.getByText('20:00 – 22:00')).toBeTruthy();
    expect(screen.getByText(/Freitag, 20\.11\.2026 · KW 47/)).toBeTruthy();
  });

  it('keeps the gutter on Berlin hours across the autumn change', () => {
    const fmt = calendarFormats('KW').timeGutterFormat;
    if (typeof fmt !== 'function') throw new Error('a function format');
    // 00:30 and 01:30 UTC on 25 Oct are both 02:30 in Berlin (summer, then winter time).
    expect(fmt(new Date('2026-10-25T00:30:00.000Z'), 'de', berlinLocalizer)).toBe('02:30');
    expect(fmt(new Date('2026-10-25T01:30:00.000Z'), 'de', berlinLocalizer)).toBe('02:30');
  });
});

describe('Kalender state in the URL', () => {
  it('round-trips view, day and filters, and drops unknown values', () => {
    const state = parseCalendarUrl(
      new URLSearchParams(
        'view=week&date=2026-11-20&agency=a-1&mun=05113000&status=approved&lead=b-2',
      ),
    );
    expect(state).toEqual({
      view: 'week',
      day: '2026-11-20',
      agencyId: 'a-1',
      municipalityId: '05113000',
      status: 'approved',
      leadAgencyId: 'b-2',
    });
    expect(parseCalendarUrl(serializeCalendarUrl(state))).toEqual(state);
    expect(
      parseCalendarUrl(new URLSearchParams('view=year&date=20.11.2026&status=unknown&agency=<x>')),
    ).toEqual({
      view: 'month',
      day: null,
      agencyId: null,
      municipalityId: null,
      status: null,
      leadAgencyId: null,
    });
    expect(serializeCalendarUrl(parseCalendarUrl(new URLSearchParams(''))).toString()).toBe('');
  });
});
