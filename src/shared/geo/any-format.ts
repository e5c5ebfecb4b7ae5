// One entry point for a coordinate typed in any form the app accepts, and every form of one
// point for display, so a premises' location reads the same in the form, the map and documents.
import {
  formatLatLng,
  parseLatLng,
  type CoordinateError,
  type LatLng,
  type Parsed,
} from './coordinates';
import { formatDms, parseDms } from './dms';
import { parseMgrs, parseUtm, toMgrs, toUtm } from './projections';

export type CoordinateFormat = 'decimal' | 'dms' | 'utm' | 'mgrs';

export function parseAnyCoordinate(
  input: string,
): { ok: true; value: LatLng; format: CoordinateFormat } | { ok: false; error: CoordinateError } {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  const attempts: [CoordinateFormat, (s: string) => Parsed<LatLng>][] = [
    ['decimal', parseLatLng],
    ['dms', parseDms],
    ['mgrs', parseMgrs],
    ['utm', parseUtm],
  ];
  let firstRangeError: Parsed<LatLng> | null = null;
  for (const [format, parse] of attempts) {
    const r = parse(text);
    if (r.ok) return { ok: true, value: r.value, format };
    // A recognised form with a value out of range says more than "unknown format".
    if (r.error !== 'not_a_number' && r.error !== 'pair_expected' && !firstRangeError) {
      firstRangeError = r;
    }
  }
  if (firstRangeError && !firstRangeError.ok) return { ok: false, error: firstRangeError.error };
  return { ok: false, error: 'unknown_format' };
}

export interface CoordinateForms {
  decimal: string;
  dms: string;
  utm32: string;
  mgrs: string;
}

/** Every form of one point: decimal degrees, DMS, UTM 32N (ETRS89) and MGRS. */
export function formatAllForms(p: LatLng, lang: 'de' | 'en' = 'de'): CoordinateForms {
  const u = toUtm(p, 32);
  return {
    decimal: formatLatLng(p, lang === 'de' ? ',' : '.'),
    dms: formatDms(p, lang),
    utm32: `32U ${Math.round(u.easting)} ${Math.round(u.northing)}`,
    mgrs: toMgrs(p).replace(/^(\d{1,2}[A-Z])([A-Z]{2})(\d{5})(\d{5})$/, '$1 $2 $3 $4'),
  };
}
