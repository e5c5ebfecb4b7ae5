// The Kalender shows Berlin times on a computer in New York: the luxon localizer holds
// Europe/Berlin, so react-big-calendar draws days, hours and weeks of Berlin — in German or
// English date patterns, with a time grid that skips the hour the spring change skips. Events
// are keyboard stops named after the operation. The URL state of the page round-trips and
// refuses what it does not know.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Calendar, type Formats, type View } from 'react-big-calendar';
import type { OperationSpan } from '@shared/calendar';
import {
  berlinLocalizer,
  calendarFormats,
  dateToDay,
  dayToDate,
  fullDayLabel,
  isMonday,
  spanLabel,
  weekNumber,
} from '../../../src/renderer/features/calendar/berlin-localizer';
import {
  calendarComponents,
  isOpenKey,
  type CalendarEvent,
} from '../../../src/renderer/features/calendar/calendar-parts';
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

/** A format of `calendarFormats` applied as react-big-calendar applies it. */
function format(
  name: keyof Formats,
  value: Date | { start: Date; end: Date },
  culture: string,
  week = 'KW',
): string {
  const f = calendarFormats(week)[name];
  if (typeof f !== 'function') throw new Error(`${name} is a function format`);
  return (f as (v: typeof value, c: string, l: typeof berlinLocalizer) => string)(
    value,
    culture,
    berlinLocalizer,
  );
}

describe('date patterns follow the language, in Berlin time', () => {
  // Friday 11 Dec 2026, 23:30 Berlin = 22:30 UTC = 17:30 in New York.
  const friday = new Date('2026-12-11T22:30:00.000Z');
  const week = { start: new Date('2026-12-06T23:00:00.000Z'), end: friday };

  it('keeps the German patterns', () => {
    expect(format('agendaDateFormat', friday, 'de')).toBe('Fr 11.12.2026');
    expect(format('dayRangeHeaderFormat', week, 'de')).toBe('KW 50 · 07.12. – 11.12.2026');
    expect(format('dayHeaderFormat', friday, 'de')).toBe('Freitag, 11.12.2026 · KW 50');
    expect(format('timeGutterFormat', friday, 'de')).toBe('23:30');
  });

  it('writes English dates the English way, still on the 24-hour Berlin clock', () => {
    expect(format('agendaDateFormat', friday, 'en-GB')).toBe('Fri 11 Dec 2026');
    expect(format('dayFormat', friday, 'en-GB')).toBe('Fri 11 Dec');
    expect(format('dayRangeHeaderFormat', week, 'en-GB', 'CW')).toBe('CW 50 · 7 – 11 Dec 2026');
    expect(
      format(
        'dayRangeHeaderFormat',
        { start: new Date('2026-11-29T23:00:00.000Z'), end: new Date('2026-12-06T12:00:00Z') },
        'en-GB',
        'CW',
      ),
    ).toBe('CW 49 · 30 Nov – 6 Dec 2026');
    expect(
      format(
        'agendaHeaderFormat',
        { start: new Date('2026-12-28T12:00:00Z'), end: new Date('2027-01-03T12:00:00Z') },
        'en-GB',
      ),
    ).toBe('28 Dec 2026 – 3 Jan 2027');
    expect(format('dayHeaderFormat', friday, 'en-GB', 'CW')).toBe(
      'Friday 11 December 2026 · CW 50',
    );
    expect(format('eventTimeRangeFormat', { start: friday, end: friday }, 'en-GB')).toBe(
      '23:30 – 23:30',
    );
  });

  it('names a day and a span in full for screen readers', () => {
    const monday = new Date('2026-11-29T23:00:00.000Z');
    expect(fullDayLabel(monday, 'de')).toBe('Montag, 30. November 2026');
    expect(fullDayLabel(monday, 'en-GB')).toBe('Monday 30 November 2026');
    const start = new Date('2026-12-11T17:00:00.000Z');
    expect(spanLabel(start, new Date('2026-12-12T01:00:00.000Z'), 'de')).toBe(
      'Fr 11.12.2026 18:00 – Sa 12.12.2026 02:00',
    );
    expect(spanLabel(start, new Date('2026-12-11T19:00:00.000Z'), 'en-GB')).toBe(
      'Fri 11 Dec 2026 18:00 – 20:00',
    );
  });
});

/** The hours the day view's gutter lists for a Berlin day. */
function gutterHours(day: string): string[] {
  const date = dayToDate(day);
  if (!date) throw new Error('a valid day');
  render(
    <div style={{ height: 600 }}>
      <Calendar
        localizer={berlinLocalizer}
        culture="de"
        events={[]}
        view="day"
        views={['day']}
        date={date}
        onView={() => undefined}
        onNavigate={() => undefined}
        formats={calendarFormats('KW')}
      />
    </div>,
  );
  return [...document.querySelectorAll('.rbc-time-gutter .rbc-label')].map(
    (el) => el.textContent ?? '',
  );
}

describe('the time grid on the daylight-saving days, in Berlin, from New York', () => {
  it('lists no 02:00 on 29 March 2026 (it does not exist) and every other hour once', () => {
    const hours = gutterHours('2026-03-29');
    expect(hours).not.toContain('02:00');
    expect(hours).toHaveLength(23);
    expect(new Set(hours).size).toBe(23);
    expect(hours.slice(0, 3)).toEqual(['00:00', '01:00', '03:00']);
    expect(hours.at(-1)).toBe('23:00');
  });

  it('lists 02:00 twice on 25 October 2026 (summer, then winter time)', () => {
    const hours = gutterHours('2026-10-25');
    expect(hours).toHaveLength(25);
    expect(hours.filter((h) => h === '02:00')).toHaveLength(2);
    expect(hours.at(-1)).toBe('23:00');
  });

  it('gives every slot of the spring day a real, distinct instant (a drop lands on one)', () => {
    const start = dayToDate('2026-03-29');
    if (!start) throw new Error('a valid day');
    const slots = Array.from({ length: 23 * 4 }, (_, i) =>
      berlinLocalizer.getSlotDate(start, 0, i * 15),
    );
    expect(new Set(slots.map((d) => d.getTime())).size).toBe(slots.length);
    // 01:45 is followed by 03:00: the instant after 01:45 CET is 03:00 CEST.
    expect(format('timeGutterFormat', slots[7] ?? start, 'de')).toBe('01:45');
    expect(format('timeGutterFormat', slots[8] ?? start, 'de')).toBe('03:00');
  });
});

const span = (over: Partial<OperationSpan> = {}): OperationSpan => ({
  operationId: 'op-1',
  codeName: 'FALKE',
  status: 'planning',
  exercise: false,
  cancelled: false,
  hHour: '2026-11-20T19:00:00.000Z',
  start: '2026-11-20T17:00:00.000Z',
  end: '2026-11-21T01:00:00.000Z',
  ...over,
});

function drawCalendar(view: View, opened: string[]) {
  const s = span();
  const event: CalendarEvent = {
    kind: 'operation',
    span: s,
    conflict: false,
    title: 'FALKE',
    label: 'FALKE, In Planung, Fr. 20.11.2026 18:00 – Sa. 21.11.2026 02:00',
    start: new Date(s.start),
    end: new Date(s.end),
  };
  render(
    <MemoryRouter>
      <div style={{ height: 700 }}>
        <Calendar<CalendarEvent>
          localizer={berlinLocalizer}
          culture="de"
          events={[event]}
          view={view}
          views={[view]}
          date={new Date(s.start)}
          onView={() => undefined}
          onNavigate={() => undefined}
          formats={calendarFormats('KW')}
          components={calendarComponents({ week: 'KW', dayView: 'Tagesansicht', culture: 'de' })}
          onKeyPressEvent={(e, key) => {
            if (isOpenKey(key) && e.kind === 'operation') opened.push(e.span.operationId);
          }}
          showMultiDayTimes
        />
      </div>
    </MemoryRouter>,
  );
  return event;
}

describe('Kalender events by keyboard', () => {
  it.each(['month', 'week'] as const)(
    '%s view: a named tab stop that Enter and Space open',
    (view) => {
      const opened: string[] = [];
      const event = drawCalendar(view, opened);
      const stops = screen.getAllByRole('link', { name: event.label });
      expect(stops.length).toBeGreaterThan(0);
      for (const stop of stops) expect(stop.getAttribute('tabindex')).toBe('0');
      const first = stops[0];
      if (!first) throw new Error('an event');
      fireEvent.keyDown(first, { key: 'Enter' });
      fireEvent.keyDown(first, { key: ' ' });
      fireEvent.keyDown(first, { key: 'a' });
      expect(opened).toEqual(['op-1', 'op-1']);
    },
  );

  it('week view: an operation past midnight sits in the time grid on both days', () => {
    drawCalendar('week', []);
    expect(document.querySelectorAll('.rbc-time-content .rbc-event')).toHaveLength(2);
    expect(document.querySelectorAll('.rbc-allday-cell .rbc-event')).toHaveLength(0);
  });

  it('agenda: the event is a link to the plan', () => {
    const event = drawCalendar('agenda', []);
    // One row on each day the operation touches.
    const links = screen.getAllByRole('link', { name: event.label });
    expect(links).toHaveLength(2);
    for (const link of links) expect(link.getAttribute('href')).toBe('/operations/op-1');
  });

  it('month view: the day button names the whole day', () => {
    drawCalendar('month', []);
    expect(
      screen.getByRole('button', { name: 'Montag, 30. November 2026 – Tagesansicht' }),
    ).toBeTruthy();
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
