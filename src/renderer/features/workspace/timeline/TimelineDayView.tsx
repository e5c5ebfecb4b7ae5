// Zeitablauf as a day view beside the table: columns per team or per target, entries labelled
// relative to H, the phases of the joint operation as bands behind them. Dragging or resizing
// an entry writes through the save model and keeps relative entries relative (retimeRow); the
// keyboard path is Enter (edit dialog) and Alt+↑/↓ (five minutes earlier/later). Read-only once
// the plan is approved. Columns keep a readable minimum width and scroll sideways together
// with their headers; the view shows one calendar day (react-big-calendar cannot span
// midnight), which the hint below it says.
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import {
  Calendar,
  type DateLocalizer,
  type EventPropGetter,
  type Formats,
  type ResourceHeaderProps,
} from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { useTranslation } from 'react-i18next';
import { resizedMinutes, retimeRow, type Retime } from '@shared/calendar';
import { withBriefingAt, type PlanTimelineRow } from '@shared/domain/plan-timeline';
import {
  berlinLocalizer,
  calendarFormats,
  calendarMessages,
  cultureOf,
} from '../../calendar/berlin-localizer';
import { withDragAndDrop, type EventInteractionArgs } from '../../calendar/drag-and-drop';
import { useTimeGridRoles } from '../../calendar/time-grid-roles';
import { useWorkspace } from '../core/context';
import {
  bandEvents,
  dayEvents,
  dayResources,
  type BandEvent,
  type ColumnMode,
  type DayEvent,
} from './day-events';
import { useQuietBands, useScrollToFirstEntry } from './day-view-dom';
import { HCountdown } from './HCountdown';
import classes from './TimelineDayView.module.css';

/** What the day view draws: the rows, and the phase bands behind them. */
type DayItem = DayEvent | BandEvent;
const isRow = (e: DayItem): e is DayEvent => 'row' in e;
const DnDCalendar = withDragAndDrop<DayItem, { id: string; title: string }>(Calendar);
const KEY_STEP_MINUTES = 5;
/** Narrowest a column gets before the view scrolls sideways (entry text stays readable). */
const COLUMN_MIN_REM = 13;

/** A column header that wraps instead of cutting a long team name, with the name on hover. */
function ResourceHeader({ label }: ResourceHeaderProps<{ id: string; title: string }>) {
  const text = typeof label === 'string' ? label : undefined;
  return <span title={text}>{label}</span>;
}
const COMPONENTS = { resourceHeader: ResourceHeader };

export function TimelineDayView({
  rows,
  nameOf,
  onEdit,
}: {
  rows: PlanTimelineRow[];
  nameOf(row: PlanTimelineRow): string;
  onEdit(row: PlanTimelineRow): void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { draft, plan, premisesName } = useWorkspace();
  const [mode, setMode] = useState<ColumnMode>('team');
  const h = plan.operation.hHour;
  const [date, setDate] = useState(() => new Date(h ?? Date.now()));
  const ro = draft.readOnly;
  const frame = useRef<HTMLDivElement>(null);
  useTimeGridRoles(frame, t('timeGrid'));
  useQuietBands(frame);
  useScrollToFirstEntry(frame, date.toDateString());

  const resources = useMemo(
    () => dayResources(plan, mode, premisesName, t('day.noColumn')),
    [plan, mode, premisesName, t],
  );
  const events = useMemo(
    () => dayEvents(rows, mode, nameOf, new Set(resources.map((r) => r.id))),
    [rows, mode, nameOf, resources],
  );
  const bands = useMemo(
    () => bandEvents(rows, resources, (p) => t(`phases.${p}`)),
    [rows, resources, t],
  );
  const formats = useMemo((): Formats => {
    const hhmm = (d: Date, culture?: string, loc?: DateLocalizer) =>
      loc ? loc.format(d, 'HH:mm', culture) : '';
    return {
      ...calendarFormats(t('week')),
      // A band or entry running past the day's end reads "ab 23:00", not "23:00 –".
      eventTimeRangeStartFormat: ({ start }, culture, loc) =>
        t('day.from', { time: hhmm(start, culture, loc) }),
      eventTimeRangeEndFormat: ({ end }, culture, loc) =>
        t('day.until', { time: hhmm(end, culture, loc) }),
    };
  }, [t]);
  // Only the first drawn day is placed by react-big-calendar; useScrollToFirstEntry does the rest.
  const scrollToTime = useMemo(() => {
    const first = events.reduce<Date | null>((a, e) => (a && a <= e.start ? a : e.start), null);
    return new Date((first ?? date).getTime() - 30 * 60_000);
  }, [events, date]);
  const messages = useMemo(() => calendarMessages(t), [t]);

  const apply = (change: Retime) => {
    if (change.kind === 'entry') {
      draft.editItem('timeline', change.entryId, 'time', (e) => ({ ...e, time: change.time }));
    } else if (change.kind === 'briefing') {
      draft.edit('framework.execution.briefingMeeting.at', (op) => withBriefingAt(op, change.at));
    } else {
      draft.editItem('targets', change.targetId, 'accessOffsetMinutes', (x) => ({
        ...x,
        accessOffsetMinutes: change.offsetMinutes,
      }));
    }
  };

  const move = (event: DayEvent, start: Date, column?: string) => {
    const change = retimeRow(event.row, h, start);
    if (change) apply(change);
    // Dropped into another column: the entry now belongs to that team or target.
    if (event.row.kind === 'entry' && column !== undefined && column !== event.resourceId) {
      const value = column === 'none' ? null : column;
      const key = mode === 'team' ? 'teamId' : 'targetId';
      draft.editItem('timeline', event.row.entry.id, key, (e) => ({ ...e, [key]: value }));
    }
    void draft.flush();
  };
  const onDrop = ({ event, start, resourceId }: EventInteractionArgs<DayItem>) => {
    if (isRow(event))
      move(event, new Date(start), resourceId === undefined ? undefined : String(resourceId));
  };
  const onResize = ({ event, start, end }: EventInteractionArgs<DayItem>) => {
    if (!isRow(event) || event.row.kind !== 'entry') return;
    const minutes = resizedMinutes(new Date(start), new Date(end));
    const id = event.row.entry.id;
    if (new Date(start).getTime() !== event.start.getTime()) move(event, new Date(start));
    draft.editItem('timeline', id, 'durationMinutes', (e) => ({ ...e, durationMinutes: minutes }));
    void draft.flush();
  };
  const onKey = (event: DayItem, e: SyntheticEvent<HTMLElement>) => {
    if (!isRow(event)) return;
    const key = (e as KeyboardEvent<HTMLElement>).key;
    if (key === 'Enter') onEdit(event.row);
    else if (
      !ro &&
      (e as KeyboardEvent<HTMLElement>).altKey &&
      (key === 'ArrowUp' || key === 'ArrowDown')
    ) {
      e.preventDefault();
      const step = (key === 'ArrowUp' ? -KEY_STEP_MINUTES : KEY_STEP_MINUTES) * 60_000;
      move(event, new Date(event.start.getTime() + step));
    }
  };
  const eventProps: EventPropGetter<DayItem> = (event) => ({
    className: !isRow(event)
      ? classes.band
      : `${classes.event} ${event.row.kind === 'entry' ? '' : classes.derived}`,
  });

  return (
    <div data-testid="timeline-day">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v === 'target' ? 'target' : 'team')}
          data={[
            { value: 'team', label: t('day.byTeam') },
            { value: 'target', label: t('day.byTarget') },
          ]}
          aria-label={t('day.columns')}
        />
        <HCountdown operation={plan.operation} />
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {ro ? t('day.readOnly') : t('day.hint')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs" data-testid="timeline-day-midnight">
        {t('day.midnight')}
      </Text>
      <div className={classes.scroller}>
        <div
          className={classes.frame}
          ref={frame}
          style={{ minWidth: `${4 + resources.length * COLUMN_MIN_REM}rem` }}
        >
          <DnDCalendar
            localizer={berlinLocalizer}
            culture={cultureOf(i18n.language)}
            events={events}
            backgroundEvents={bands}
            resources={resources}
            resourceIdAccessor="id"
            resourceTitleAccessor="title"
            resourceAccessor="resourceId"
            views={['day']}
            view="day"
            date={date}
            onView={() => undefined}
            onNavigate={setDate}
            step={15}
            timeslots={4}
            formats={formats}
            messages={messages}
            eventPropGetter={eventProps}
            draggableAccessor={(e) => !ro && isRow(e)}
            resizableAccessor={(e) => !ro && isRow(e) && e.row.kind === 'entry'}
            onEventDrop={onDrop}
            onEventResize={onResize}
            onDoubleClickEvent={(e) => isRow(e) && onEdit(e.row)}
            onKeyPressEvent={onKey}
            scrollToTime={scrollToTime}
            components={COMPONENTS}
          />
        </div>
      </div>
    </div>
  );
}
