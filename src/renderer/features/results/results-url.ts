// Auswertung's filter in the URL, so a reload or a shared link shows the same numbers. Lenient:
// an unreadable value is dropped, never thrown, since anyone can type a URL.
import { THEMATIC_FIELDS } from '@shared/catalog';
import { NO_FILTER, type PreparedOperation, type ResultsFilter } from '@shared/results';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CODE = /^[\w-]{1,80}$/;

const month = (v: string | null) => (v !== null && MONTH.test(v) ? v : '');
const code = (v: string | null) => (v !== null && CODE.test(v) ? v : '');

export function readResultsUrl(params: URLSearchParams): ResultsFilter {
  return {
    from: month(params.get('from')),
    to: month(params.get('to')),
    municipalityId: code(params.get('mun')),
    thematicField: code(params.get('field')),
    agencyId: code(params.get('agency')),
    includeExercises: params.get('exercises') === '1',
  };
}

export function writeResultsUrl(f: ResultsFilter): URLSearchParams {
  const out = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value) out.set(key, value);
  };
  set('from', f.from);
  set('to', f.to);
  set('mun', f.municipalityId);
  set('field', f.thematicField);
  set('agency', f.agencyId);
  if (f.includeExercises) out.set('exercises', '1');
  return out;
}

export const isFiltered = (f: ResultsFilter): boolean =>
  writeResultsUrl(f).toString() !== writeResultsUrl(NO_FILTER).toString();

/**
 * Why nothing is counted, as the key of the page's note: no completed operation at all, a
 * "from" month after the "to" month (no month between them — "no match" sent users looking at
 * the other fields), or nothing under these filters.
 */
export function emptyReason(f: ResultsFilter): 'nothingYet' | 'fromAfterTo' | 'noMatch' {
  if (!isFiltered(f)) return 'nothingYet';
  return f.from && f.to && f.from > f.to ? 'fromAfterTo' : 'noMatch';
}

/**
 * The filter without a municipality, thematic field or agency nobody can pick (a deleted agency
 * in a bookmark, a hand-typed code): such a value counted nothing while its field looked empty.
 * Months stay; the filter fields show them even when no counted operation falls in them.
 */
export function knownFilter(
  f: ResultsFilter,
  prepared: readonly PreparedOperation[],
): ResultsFilter {
  const known = (value: string, has: (v: string) => boolean) => (value && has(value) ? value : '');
  return {
    ...f,
    municipalityId: known(f.municipalityId, (v) => prepared.some((p) => p.municipalityId === v)),
    thematicField: known(f.thematicField, (v) => THEMATIC_FIELDS.some((x) => x.code === v)),
    agencyId: known(f.agencyId, (v) => prepared.some((p) => p.agencyIds.has(v))),
  };
}
