// The list's search, filter, sort and view state and its URL form: only values that differ from
// the defaults are written, so a plain /operations stays plain and a shared link restores all.
import { OPERATION_STATUSES, type OperationStatus } from '@shared/domain';

export const EXERCISE_FILTERS = ['all', 'only', 'none'] as const;
export type ExerciseFilter = (typeof EXERCISE_FILTERS)[number];

export const SORT_COLUMNS = [
  'codeName',
  'title',
  'hHour',
  'municipality',
  'leadAgency',
  'status',
  'agencies',
  'exercise',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface ListSort {
  id: SortColumn;
  desc: boolean;
}

export interface ListFilters {
  query: string;
  statuses: readonly OperationStatus[];
  /** Berlin calendar days `YYYY-MM-DD`, both inclusive. */
  from: string | null;
  to: string | null;
  leadAgencyId: string | null;
  municipalityId: string | null;
  thematicField: string | null;
  exercise: ExerciseFilter;
  showArchived: boolean;
}

export interface ListState extends ListFilters {
  sort: ListSort;
  view: 'list' | 'trash';
}

/** Newest first: the plans being worked on are usually the ones with the latest H-hour. */
export const DEFAULT_SORT: ListSort = { id: 'hHour', desc: true };

export const DEFAULT_STATE: ListState = {
  query: '',
  statuses: [],
  from: null,
  to: null,
  leadAgencyId: null,
  municipalityId: null,
  thematicField: null,
  exercise: 'all',
  showArchived: false,
  sort: DEFAULT_SORT,
  view: 'list',
};

const KEYS = {
  query: 'q',
  statuses: 'status',
  from: 'from',
  to: 'to',
  leadAgencyId: 'lead',
  municipalityId: 'mun',
  thematicField: 'field',
  exercise: 'exercise',
  showArchived: 'archived',
  sort: 'sort',
  view: 'view',
} as const;

const MAX_TEXT = 200;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Ids and catalogue codes: letters, digits and a few separators; anything else is not ours.
const ID_RE = /^[A-Za-z0-9_-]{1,100}$/;

const includes = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && (list as readonly string[]).includes(v);

/** A real calendar day in `YYYY-MM-DD` form, or null. */
export function parseDay(v: string | null): string | null {
  const m = v ? DAY_RE.exec(v) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? (v as string)
    : null;
}

const parseId = (v: string | null): string | null => (v && ID_RE.test(v) ? v : null);

export function parseListState(params: URLSearchParams): ListState {
  const statusParam = params.get(KEYS.statuses);
  const wanted = new Set(statusParam ? statusParam.split(',') : []);
  const [sortId, dir] = (params.get(KEYS.sort) ?? '').split('.');
  const exercise = params.get(KEYS.exercise);
  return {
    query: (params.get(KEYS.query) ?? '').slice(0, MAX_TEXT),
    // Canonical order, so the same selection always gives the same URL.
    statuses: OPERATION_STATUSES.filter((s) => wanted.has(s)),
    from: parseDay(params.get(KEYS.from)),
    to: parseDay(params.get(KEYS.to)),
    leadAgencyId: parseId(params.get(KEYS.leadAgencyId)),
    municipalityId: parseId(params.get(KEYS.municipalityId)),
    thematicField: parseId(params.get(KEYS.thematicField)),
    exercise: includes(EXERCISE_FILTERS, exercise) ? exercise : 'all',
    showArchived: params.get(KEYS.showArchived) === '1',
    sort:
      sortId !== undefined && includes(SORT_COLUMNS, sortId) && (dir === 'asc' || dir === 'desc')
        ? { id: sortId, desc: dir === 'desc' }
        : DEFAULT_SORT,
    view: params.get(KEYS.view) === 'trash' ? 'trash' : 'list',
  };
}

export function serializeListState(state: ListState): URLSearchParams {
  const p = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value !== null && value !== '') p.set(key, value);
  };
  set(KEYS.view, state.view === 'trash' ? 'trash' : null);
  set(KEYS.query, state.query.slice(0, MAX_TEXT));
  set(
    KEYS.statuses,
    OPERATION_STATUSES.filter((s) => state.statuses.includes(s)).join(',') || null,
  );
  set(KEYS.from, parseDay(state.from));
  set(KEYS.to, parseDay(state.to));
  set(KEYS.leadAgencyId, state.leadAgencyId);
  set(KEYS.municipalityId, state.municipalityId);
  set(KEYS.thematicField, state.thematicField);
  set(KEYS.exercise, state.exercise === 'all' ? null : state.exercise);
  set(KEYS.showArchived, state.showArchived ? '1' : null);
  const { id, desc } = state.sort;
  const isDefault = id === DEFAULT_SORT.id && desc === DEFAULT_SORT.desc;
  set(KEYS.sort, isDefault ? null : `${id}.${desc ? 'desc' : 'asc'}`);
  return p;
}

/** How many filters (not search, sort or view) differ from the defaults. */
export function activeFilterCount(f: ListFilters): number {
  return [
    f.statuses.length > 0,
    f.from !== null,
    f.to !== null,
    f.leadAgencyId !== null,
    f.municipalityId !== null,
    f.thematicField !== null,
    f.exercise !== 'all',
    f.showArchived,
  ].filter(Boolean).length;
}

/** Every filter and the search at their defaults (sort and view are not filters). */
export const CLEARED_FILTERS: ListFilters = {
  query: DEFAULT_STATE.query,
  statuses: DEFAULT_STATE.statuses,
  from: DEFAULT_STATE.from,
  to: DEFAULT_STATE.to,
  leadAgencyId: DEFAULT_STATE.leadAgencyId,
  municipalityId: DEFAULT_STATE.municipalityId,
  thematicField: DEFAULT_STATE.thematicField,
  exercise: DEFAULT_STATE.exercise,
  showArchived: DEFAULT_STATE.showArchived,
};

/** The state with every filter and the search cleared; sort and view stay. */
export function clearFilters(state: ListState): ListState {
  return { ...state, ...CLEARED_FILTERS };
}
