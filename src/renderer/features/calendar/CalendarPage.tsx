// Kalender: every planned operation on react-big-calendar (month, week, work week, day, agenda)
// in Berlin time, coloured by status, exercises marked ÜBUNG, cancelled ones struck through.
// View, day and filters live in the address; a click, or Enter/Space on an event reached with
// Tab, opens the workspace.
import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useLayoutEffect, useMemo, useRef, type SyntheticEvent } from 'react';
import { Calendar, type EventPropGetter, type View } from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { OPERATION_STATUS_LABELS } from '@shared/catalog';
import { calendarSpans, type CalendarFilters, type Conflict } from '@shared/calendar';
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
  spanLabel,
} from './berlin-localizer';
import { CalendarFilterBar } from './CalendarFilters';
import { NoOperations, NothingMatches } from './CalendarEmpty';
import {
  calendarComponents,
  isOpenKey,
  type CalendarEvent,
  type OperationEvent,
} from './calendar-parts';
import { parseCalendarUrl, serializeCalendarUrl, type CalendarView } from './calendar-url';
import { useTimeGridRoles } from './time-grid-roles';
import { useScrollToEarliest } from './time-grid-scroll';
import { shownEvents } from './shown-events';
import { ConflictList } from './ConflictList';
import { useCalendarData } from './useCalendarData';
import { useConflicts } from './useConflicts';
import classes from './Calendar.module.css';

const VIEWS: View[] = ['month', 'week', 'work_week', 'day', 'agenda'];

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
  const culture = cultureOf(i18n.language);
  useTimeGridRoles(frame, t('timeGrid'));
  useScrollToEarliest(frame, `${state.view}|${state.day ?? ''}`);

  // One `update` for the page's life: a new one per URL change redrew the filter bar (four
  // selects) and handed the calendar new handlers on every switch of view or day (B7).
  const latest = useRef({ state, setParams });
  useLayoutEffect(() => {
    latest.current = { state, setParams };
  });
  const update = useCallback((patch: Partial<typeof state>) => {
    const { state: now, setParams: set } = latest.current;
    set(serializeCalendarUrl({ ...now, ...patch }), { replace: true });
  }, []);

  const filters = useMemo(
    (): CalendarFilters => ({
      agencyId: state.agencyId,
      municipalityId: state.municipalityId,
      status: state.status,
      leadAgencyId: state.leadAgencyId,
    }),
    [state.agencyId, state.municipalityId, state.status, state.leadAgencyId],
  );
  const events = useMemo((): OperationEvent[] => {
    if (!operations) return [];
    const spans = calendarSpans(operations.rows.values(), filters, (id) =>
      agenciesByOperation.get(id),
    );
    return spans.map((span) => {
      const conflict = conflictsOf.has(span.operationId);
      const title = `${span.exercise ? `${t('exercise')} · ` : ''}${span.codeName}${
        conflict ? ` · ⚠ ${t('conflict')}` : ''
      }`;
      const start = new Date(span.start);
      const end = new Date(span.end);
      const status = label(OPERATION_STATUS_LABELS[span.status]);
      return {
        kind: 'operation' as const,
        span,
        conflict,
        title,
        label: `${title}, ${status}, ${spanLabel(start, end, culture)}`,
        start,
        end,
      };
    });
  }, [operations, agenciesByOperation, conflictsOf, filters, t, label, culture]);
  // Whether there is any operation to show at all (a new vault has none), filters aside.
  const anyOperation = useMemo(
    () =>
      operations !== undefined &&
      [...operations.rows.values()].some((o) => !o.template && o.deletedAt === null),
    [operations],
  );
  const filtered =
    filters.agencyId !== null ||
    filters.municipalityId !== null ||
    filters.status !== null ||
    filters.leadAgencyId !== null;

  const formats = useMemo(() => calendarFormats(t('week')), [t]);
  const components = useMemo(
    () => calendarComponents({ week: t('week'), dayView: t('dayViewLabel'), culture }),
    [t, culture],
  );
  const messages = useMemo(() => calendarMessages(t), [t]);
  const eventProps = useCallback<EventPropGetter<CalendarEvent>>(
    (event) =>
      event.kind === 'cluster'
        ? { className: `${classes.event} ${classes.cluster}` }
        : {
            className: classes.event,
            style: {
              // Light fill, dark text and a status-coloured edge: readable for every status (axe).
              backgroundColor: `var(--mantine-color-${OPERATION_STATUS_COLORS[event.span.status]}-1)`,
              borderLeft: `4px solid var(--mantine-color-${OPERATION_STATUS_COLORS[event.span.status]}-7)`,
              color: 'var(--mantine-color-black)',
              textDecoration: event.span.cancelled ? 'line-through' : undefined,
            },
          },
    [],
  );
  // An operation opens its plan; a busy day's block opens that day.
  const open = useCallback(
    (event: CalendarEvent) => {
      if (event.kind === 'cluster') update({ view: 'day', day: event.day });
      else void navigate(`/operations/${event.span.operationId}`);
    },
    [navigate, update],
  );
  const onView = useCallback((v: View) => update({ view: v as CalendarView }), [update]);
  const onNavigate = useCallback((d: Date) => update({ day: dateToDay(d) }), [update]);
  const onKeyPressEvent = useCallback(
    (event: CalendarEvent, e: SyntheticEvent) => {
      if (isOpenKey(e)) open(event);
    },
    [open],
  );
  // The tooltip names the kinds of conflict ("Objekt, Person"); the title only says there is one.
  const conflictKinds = (list: readonly Conflict[] | undefined) =>
    list ? ` · ${[...new Set(list.map((c) => t(`conflicts.kinds.${c.kind}`)))].join(', ')}` : '';
  const date = useMemo(
    () => (state.day !== null ? dayToDate(state.day) : null) ?? new Date(),
    [state.day],
  );
  // Where the time grid opens when the shown range holds no operation (else time-grid-scroll).
  const scrollToTime = useMemo(() => new Date(date.getTime() + 6 * 3_600_000), [date]);
  const tooltip = useCallback(
    (e: CalendarEvent) =>
      e.kind === 'cluster'
        ? e.label
        : `${e.title} (${label(OPERATION_STATUS_LABELS[e.span.status])})${conflictKinds(
            conflictsOf.get(e.span.operationId),
          )}`,
    // conflictKinds reads only `t`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [label, conflictsOf, t],
  );
  const clusterWords = useMemo(
    () => ({
      title: (count: number) => t('cluster.title', { count }),
      label: (count: number, day: string) => t('cluster.label', { count, day }),
      conflict: t('conflict'),
      culture,
    }),
    [t, culture],
  );
  const shown = useMemo(
    () => shownEvents(events, state.view, date, clusterWords),
    [events, state.view, date, clusterWords],
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
      {operations && !anyOperation && <NoOperations />}
      {operations && anyOperation && filtered && events.length === 0 && (
        <NothingMatches
          onReset={() =>
            update({ agencyId: null, municipalityId: null, status: null, leadAgencyId: null })
          }
        />
      )}
      {operations ? (
        <Paper withBorder p="sm" className={classes.frame} data-testid="calendar">
          <Calendar<CalendarEvent>
            localizer={berlinLocalizer}
            culture={culture}
            events={shown}
            views={VIEWS}
            view={state.view}
            date={date}
            onView={onView}
            onNavigate={onNavigate}
            onSelectEvent={open}
            onKeyPressEvent={onKeyPressEvent}
            tooltipAccessor={tooltip}
            eventPropGetter={eventProps}
            formats={formats}
            messages={messages}
            components={components}
            scrollToTime={scrollToTime}
            // An operation past midnight stays in the time grid on both days, not in the
            // all-day row, where its hours could not be seen.
            showMultiDayTimes
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
