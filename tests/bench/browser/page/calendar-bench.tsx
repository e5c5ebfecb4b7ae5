// The bare half of B7 (issue 14), built into /bench.js with the other in-page benchmarks:
// react-big-calendar alone — no app, no filters, no conflicts, no URL state — with the same
// events as the Kalender and the same localizer (Berlin time), mounted over the page. The app
// half is the real Kalender over a restored database (calendar.bench.spec.ts).
import { Settings } from 'luxon';
import { createRoot, type Root } from 'react-dom/client';
import { Calendar, type View } from 'react-big-calendar';
import rbcCss from 'react-big-calendar/lib/css/react-big-calendar.css?url';
import { berlinLocalizer } from '../../../../src/renderer/features/calendar/berlin-localizer';

export interface BareEvent {
  title: string;
  /** ISO instants: page.evaluate passes JSON, the calendar needs Dates. */
  start: string;
  end: string;
}

export interface CalendarBenchApi {
  /** Mounts the bare calendar on `date` (month view); resolves with the number of events. */
  mountBare(events: BareEvent[], date: string): Promise<number>;
  unmountBare(): void;
}

/** The calendar's stylesheet: this entry has no HTML page that would link the CSS it imports. */
let styled: Promise<void> | null = null;
const calendarStyles = (): Promise<void> =>
  (styled ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = rbcCss;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('Kalender-CSS nicht geladen'));
    document.head.appendChild(link);
  }));

const VIEWS: View[] = ['month', 'week', 'day'];
let root: Root | null = null;

const api: CalendarBenchApi = {
  async mountBare(events, date) {
    await calendarStyles();
    const el = document.createElement('div');
    el.id = 'bare-calendar';
    // The same explicit height as the Kalender's frame (the calendar measures its container).
    el.style.cssText =
      'position:fixed;inset:0;z-index:10000;background:#fff;overflow:auto;height:760px';
    document.body.appendChild(el);
    const parsed = events.map((e) => ({
      title: e.title,
      start: new Date(e.start),
      end: new Date(e.end),
    }));
    // luxon's own Berlin zone, which looks each offset up: the Kalender's remembered offsets
    // (berlin-zone.ts) are its own work, not the library's, and the baseline stays bare.
    Settings.defaultZone = 'Europe/Berlin';
    root = createRoot(el);
    root.render(
      <Calendar
        localizer={berlinLocalizer}
        events={parsed}
        views={VIEWS}
        defaultView="month"
        defaultDate={new Date(date)}
        popup
      />,
    );
    return parsed.length;
  },
  unmountBare() {
    root?.unmount();
    root = null;
    document.getElementById('bare-calendar')?.remove();
  },
};

(window as unknown as { vpCalendarBench: CalendarBenchApi }).vpCalendarBench = api;
