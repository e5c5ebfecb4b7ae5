// Kalender: every planned operation on react-big-calendar (month, week, work week, day, agenda)
// in Berlin time, coloured by status, exercises marked ÜBUNG, cancelled ones struck through.
// View, day and filters live in the address; a click (or Enter) opens the workspace.
import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useRef } from 'react';
import { Calendar, type EventPropGetter, type View } from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { OPERATION_STATUS_LABELS } from '@shared/catalog';
import {
  calendarSpans,
  type CalendarFilters,
  type Conflict,
  type OperationSpan,
} from '@shared/calendar';
import { PageHeader } from '../../ui/PageHeader';
import { useLabel } from '../../ui/useLabel';
import { OPERATION_STATUS_COLORS } from '../operations/status-colors';
import {
  berlinLocalizer,
  calendarFormats,
  calendarMessages,
  cultureOf,
  dateToDay,
  dayToDate,
  isMonday,
  weekNumber,
} from './berlin-localizer';
import { CalendarFilterBar } from './CalendarFilters';
import { parseCalendarUrl, serializeCalendarUrl, type CalendarView } from './calendar-url';
import { useTimeGridRoles } from './time-grid-roles';
import { ConflictList } from './ConflictList';
import { useCalendarData } from './useCalendarData';
import { useConflicts } from './useConflicts';
import classes from './Calendar.module.css';

export interface CalendarEvent {
  span: OperationSpan;
  title: string;
  start: Date;
  end: Date;
}

const VIEWS: View[] = ['month', 'week', 'work_week', 'day', 'agenda'];
// Props that keep their identity across renders: a new `components` object (or a new Date for
// the day) on every URL change made react-big-calendar redraw what it could have kept (B7).
const COMPONENTS = { month: { dateHeader: MonthDateHeader } };

export function CalendarPage() {
  const { t, i18n } = useTranslation('calendar');
  const label = useLabel();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseCalendarUrl(params), [params]);
  const { operations, agenciesByOperation, agencies } = useCalendarData();
  const conflicts = useConflicts();
  const conflictsOf = conflicts.byOperation;
  const frame = useRef<HTMLDivElement>(null);
  useTimeGridRoles(frame, t('timeGrid'));

  const update = useCallback(
    (patch: Partial<typeof state>) =>
      setParams(serializeCalendarUrl({ ...state, ...patch }), { replace: true }),
    [state, setParams],
  );

  const filters: CalendarFilters = state;
  const events = useMemo((): CalendarEvent[] => {
    if (!operations) return [];
    const spans = calendarSpans(operations.rows.values(), filters, (id) =>
      agenciesByOperation.get(id),
    );
    return spans.map((span) => ({
      span,
      title: `${span.exercise ? `${t('exercise')} · ` : ''}${span.codeName}${
        conflictsOf.has(span.operationId) ? ` · ⚠ ${t('conflict')}` : ''
      }`,
      start: new Date(span.start),
      end: new Date(span.end),
    }));
    // The filters are four strings of the URL state; listing them keeps the memo exact.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    operations,
    agenciesByOperation,
    conflictsOf,
    filters.agencyId,
    filters.municipalityId,
    filters.status,
    filters.leadAgencyId,
    t,
  ]);

  const formats = useMemo(() => calendarFormats(t('week')), [t]);
  const messages = useMemo(() => calendarMessages(t), [t]);
  const eventProps = useCallback<EventPropGetter<CalendarEvent>>(
    (event) => ({
      className: classes.event,
      style: {
        // Light fill, dark text and a status-coloured edge: readable for every status (axe).
        backgroundColor: `var(--mantine-color-${OPERATION_STATUS_COLORS[event.span.status]}-1)`,
        borderLeft: `4px solid var(--mantine-color-${OPERATION_STATUS_COLORS[event.span.status]}-7)`,
        color: 'var(--mantine-color-black)',
        textDecoration: event.span.cancelled ? 'line-through' : undefined,
      },
    }),
    [],
  );
  const open = useCallback(
    (event: CalendarEvent) => void navigate(`/operations/${event.span.operationId}`),
    [navigate],
  );
  // The tooltip names the kinds of conflict ("Objekt, Person"); the title only says there is one.
  const conflictKinds = (list: readonly Conflict[] | undefined) =>
    list ? ` · ${[...new Set(list.map((c) => t(`conflicts.kinds.${c.kind}`)))].join(', ')}` : '';
  const date = useMemo(
    () => (state.day !== null ? dayToDate(state.day) : null) ?? new Date(),
    [state.day],
  );
  const scrollToTime = useMemo(() => new Date(date.getTime() + 6 * 3_600_000), [date]);
  const tooltip = useCallback(
    (e: CalendarEvent) =>
      `${e.title} (${label(OPERATION_STATUS_LABELS[e.span.status])})${conflictKinds(
        conflictsOf.get(e.span.operationId),
      )}`,
    // conflictKinds reads only `t`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [label, conflictsOf, t],
  );
  const operationList = useMemo(() => [...(operations?.rows.values() ?? [])], [operations]);

  return (
    <Stack gap="md" data-testid="calendar-page" ref={frame}>
      <PageHeader title={t('title')} />
      <CalendarFilterBar
        filters={filters}
        onChange={update}
        agencies={agencies}
        operations={operationList}
      />
      {operations ? (
        <Paper withBorder p="sm" className={classes.frame} data-testid="calendar">
          <Calendar<CalendarEvent>
            localizer={berlinLocalizer}
            culture={cultureOf(i18n.language)}
            events={events}
            views={VIEWS}
            view={state.view}
            date={date}
            onView={(v) => update({ view: v as CalendarView })}
            onNavigate={(d) => update({ day: dateToDay(d) })}
            onSelectEvent={open}
            onKeyPressEvent={(event, e) => {
              if ('key' in e && (e.key === 'Enter' || e.key === ' ')) open(event);
            }}
            tooltipAccessor={tooltip}
            eventPropGetter={eventProps}
            formats={formats}
            messages={messages}
            components={COMPONENTS}
            scrollToTime={scrollToTime}
            popup
          />
        </Paper>
      ) : (
        <Center py="xl">
          <Loader size="sm" />
        </Center>
      )}
      <Text size="xs" c="dimmed">
        {t('berlinNote')}
      </Text>
      <ConflictList conflicts={conflicts} operations={operations} />
    </Stack>
  );
}

/**
 * The month view's day number (still a link to that day), with the calendar week ("KW 47") on
 * each Monday: the weeks of a month are talked about by number.
 */
function MonthDateHeader({
  date,
  label,
  onDrillDown,
}: {
  date: Date;
  label: string;
  onDrillDown?: () => void;
}) {
  const { t } = useTranslation('calendar');
  return (
    <>
      {isMonday(date) && <span className={classes.week}>{`${t('week')} ${weekNumber(date)}`}</span>}
      {onDrillDown ? (
        <button type="button" className="rbc-button-link" onClick={onDrillDown}>
          {label}
        </button>
      ) : (
        label
      )}
    </>
  );
}
