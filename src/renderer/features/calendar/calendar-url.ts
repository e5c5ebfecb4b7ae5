// The Kalender's state in the address: view, day and filters, so a reload or a shared link
// shows the same calendar. Unknown values fall back to the defaults instead of failing.
import { OPERATION_STATUSES, type OperationStatus } from '@shared/domain';
import type { CalendarFilters } from '@shared/calendar';

export const CALENDAR_VIEWS = ['month', 'week', 'work_week', 'day', 'agenda'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface CalendarUrlState extends CalendarFilters {
  view: CalendarView;
  /** A Berlin day `YYYY-MM-DD`, or null for today. */
  day: string | null;
}

const KEYS = {
  view: 'view',
  day: 'date',
  agencyId: 'agency',
  municipalityId: 'mun',
  status: 'status',
  leadAgencyId: 'lead',
} as const;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const ID_RE = /^[\w-]{1,64}$/;

const pick = <T extends string>(all: readonly T[], v: string | null): T | null =>
  v !== null && (all as readonly string[]).includes(v) ? (v as T) : null;
const id = (v: string | null) => (v !== null && ID_RE.test(v) ? v : null);

export function parseCalendarUrl(params: URLSearchParams): CalendarUrlState {
  const day = params.get(KEYS.day);
  return {
    view: pick(CALENDAR_VIEWS, params.get(KEYS.view)) ?? 'month',
    day: day !== null && DAY_RE.test(day) ? day : null,
    agencyId: id(params.get(KEYS.agencyId)),
    municipalityId: id(params.get(KEYS.municipalityId)),
    status: pick<OperationStatus>(OPERATION_STATUSES, params.get(KEYS.status)),
    leadAgencyId: id(params.get(KEYS.leadAgencyId)),
  };
}

/** Only what differs from the defaults goes into the address. */
export function serializeCalendarUrl(state: CalendarUrlState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.view !== 'month') out.set(KEYS.view, state.view);
  for (const key of ['day', 'agencyId', 'municipalityId', 'status', 'leadAgencyId'] as const) {
    const v = state[key];
    if (v !== null) out.set(KEYS[key], v);
  }
  return out;
}
