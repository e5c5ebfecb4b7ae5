// The list's row model: one flat, display-ready row per operation (with precomputed sort keys,
// so sorting 10k rows is plain string comparison), and the filters applied to those rows.
import { label, municipality } from '@shared/catalog';
import {
  OPERATION_STATUSES,
  type Language,
  type Operation,
  type OperationStatus,
} from '@shared/domain';
import { wallToInstant } from '@shared/time/zoned';
import type { RosterCount } from '../../../data/repositories/operation-queries';
import { fold } from '../../../search/config';
import type { ListFilters } from './list-state';

export interface ListRow {
  id: string;
  codeName: string;
  title: string;
  hHour: string | null;
  municipalityId: string | null;
  municipality: string;
  leadAgencyId: string | null;
  leadAgency: string;
  status: OperationStatus;
  /** Null while the roster counts are still loading (they arrive after the rows). */
  confirmed: number | null;
  total: number | null;
  exercise: boolean;
  archived: boolean;
  thematicFields: readonly string[];
  /** Folded (lower case, umlauts spelled out) texts: German order by plain comparison. */
  keys: { codeName: string; title: string; municipality: string; leadAgency: string };
}

export function toListRow(
  o: Operation,
  count: RosterCount | undefined | null,
  lang: Language,
  agencyName: (id: string) => string,
): ListRow {
  const m = o.municipalityId ? municipality(o.municipalityId) : undefined;
  const municipalityName = m ? label(m.name, lang) : '';
  const leadAgency = o.leadAgencyId ? agencyName(o.leadAgencyId) : '';
  return {
    id: o.id,
    codeName: o.codeName,
    title: o.title,
    hHour: o.hHour,
    municipalityId: o.municipalityId,
    municipality: municipalityName,
    leadAgencyId: o.leadAgencyId,
    leadAgency,
    status: o.status,
    // Known counts default to zero: an operation without roster entries has none.
    confirmed: count === null ? null : (count?.confirmed ?? 0),
    total: count === null ? null : (count?.total ?? 0),
    exercise: o.exercise,
    archived: o.archivedAt !== null,
    thematicFields: o.thematicFields,
    keys: {
      codeName: sortKey(o.codeName),
      title: sortKey(o.title),
      municipality: sortKey(municipalityName),
      leadAgency: sortKey(leadAgency),
    },
  };
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** The search's folding (Ä as ae, ß as ss), with a shortcut for plain ASCII, the usual case. */
export function sortKey(text: string): string {
  return PLAIN_ASCII.test(text) ? text.toLowerCase() : fold(text);
}

/**
 * The list's default order (latest H-hour first, open H-hours last). Rows handed to the table
 * in this order make its sort a single pass (an already sorted run), on every keystroke too.
 */
export function byHHourDesc(a: { hHour: string | null }, b: { hHour: string | null }): number {
  if (a.hHour === b.hHour) return 0;
  if (a.hHour === null) return 1;
  if (b.hHour === null) return -1;
  return a.hHour < b.hHour ? 1 : -1;
}

/** Position in the lifecycle, so sorting by status follows Entwurf → … → Abgeschlossen. */
export const STATUS_ORDER: Readonly<Record<OperationStatus, number>> = Object.fromEntries(
  OPERATION_STATUSES.map((s, i) => [s, i]),
) as Record<OperationStatus, number>;

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

function berlinMidnight(day: string): number | null {
  const r = wallToInstant({ date: day, time: '00:00' });
  return r.ok ? Date.parse(r.instant) : null;
}

/** The H-hour range as instants: from Berlin midnight of `from` to the midnight after `to`. */
export function dayBounds(
  from: string | null,
  to: string | null,
): { fromMs: number | null; toMs: number | null } {
  return {
    fromMs: from ? berlinMidnight(from) : null,
    toMs: to ? berlinMidnight(nextDay(to)) : null,
  };
}

/**
 * The rows that pass every filter. `hits` are the search matches (null: no search). Operations
 * without an H-hour cannot lie in a date range, so a range excludes them.
 */
export function filterRows(
  rows: readonly ListRow[],
  f: ListFilters,
  hits: ReadonlySet<string> | null,
): ListRow[] {
  const statuses = f.statuses.length > 0 ? new Set<string>(f.statuses) : null;
  const { fromMs, toMs } = dayBounds(f.from, f.to);
  const ranged = fromMs !== null || toMs !== null;
  return rows.filter((r) => {
    if (!f.showArchived && r.archived) return false;
    if (hits && !hits.has(r.id)) return false;
    if (statuses && !statuses.has(r.status)) return false;
    if (f.exercise === 'only' && !r.exercise) return false;
    if (f.exercise === 'none' && r.exercise) return false;
    if (f.leadAgencyId !== null && r.leadAgencyId !== f.leadAgencyId) return false;
    if (f.municipalityId !== null && r.municipalityId !== f.municipalityId) return false;
    if (f.thematicField !== null && !r.thematicFields.includes(f.thematicField)) return false;
    if (ranged) {
      if (r.hHour === null) return false;
      const t = Date.parse(r.hHour);
      if (fromMs !== null && t < fromMs) return false;
      if (toMs !== null && t >= toMs) return false;
    }
    return true;
  });
}

/** Distinct values of one field over the rows, for filter choices (plus the selected one). */
export function distinctOptions(
  rows: readonly ListRow[],
  pick: (r: ListRow) => { value: string | null; label: string },
  selected: { value: string; label: string } | null,
): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const { value, label: text } = pick(r);
    if (value !== null && !seen.has(value)) seen.set(value, text || value);
  }
  if (selected && !seen.has(selected.value)) seen.set(selected.value, selected.label);
  return [...seen.entries()]
    .map(([value, text]) => ({ value, label: text }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
}
