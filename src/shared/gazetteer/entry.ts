// One house of the gazetteer: a row of the CSV read with the column mapping, its coordinate
// converted to WGS84 and checked to lie in or near Germany — a row that is not a house with a
// place gets a line-numbered reason instead of landing somewhere in the sea.
import { fromUtm } from '../geo/projections';
import type { GazetteerMapping } from './columns';
import { addressKey, normaliseHouseNumber } from './normalise';

export interface GazetteerEntry {
  /** `<source>|<key>`: importing the same house again in a source replaces it. */
  id: string;
  /** Named source (a district or "NRW gesamt"): replaced or deleted as a whole. */
  source: string;
  /** Normalised "street number place" (see normalise.ts), indexed for prefix search. */
  key: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  place: string;
  district: string;
  lat: number;
  lng: number;
}

export type EntryIssueCode =
  'missing_street' | 'missing_number' | 'missing_place' | 'bad_coordinate' | 'outside_area';

export type RowResult =
  { ok: true; entry: GazetteerEntry } | { ok: false; code: EntryIssueCode } | { ok: 'skip' };

/** Germany with a margin: anything outside is a wrong column or a wrong zone, not a house. */
const AREA = { south: 46.5, north: 55.5, west: 4.5, east: 16 };
const MAX_TEXT = 200;

/** "365000,25" or "365000.25" → 365000.25; thousands separators are not expected here. */
function parseNumber(text: string | undefined): number {
  const t = (text ?? '').trim().replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/**
 * The easting as the states write it: plain (365000.2) or with the zone in front (32365000.2,
 * as ALKIS exports do), which is the same place.
 */
function easting(e: number): number {
  return e >= 32_000_000 && e < 33_000_000 ? e - 32_000_000 : e;
}

const cell = (cells: readonly string[], i: number | null): string =>
  i === null ? '' : (cells[i] ?? '').trim().slice(0, MAX_TEXT);

export function rowToEntry(
  cells: readonly string[],
  mapping: GazetteerMapping,
  source: string,
): RowResult {
  // A blank line (or one of only separators) is no house and no error.
  if (cells.every((c) => c.trim() === '')) return { ok: 'skip' };
  const street = cell(cells, mapping.street);
  const number = cell(cells, mapping.houseNumber);
  const place = cell(cells, mapping.place);
  if (street === '') return { ok: false, code: 'missing_street' };
  if (number === '') return { ok: false, code: 'missing_number' };
  if (place === '') return { ok: false, code: 'missing_place' };
  const a = parseNumber(cells[mapping.first]);
  const b = parseNumber(cells[mapping.second]);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { ok: false, code: 'bad_coordinate' };
  let lat: number;
  let lng: number;
  if (mapping.coordinates === 'utm32') {
    const e = easting(a);
    if (e < 100_000 || e > 900_000 || b < 5_000_000 || b > 6_300_000) {
      return { ok: false, code: 'outside_area' };
    }
    ({ lat, lng } = fromUtm({ zone: 32, easting: e, northing: b }));
  } else {
    [lat, lng] = [a, b];
  }
  if (!(lat >= AREA.south && lat <= AREA.north && lng >= AREA.west && lng <= AREA.east)) {
    return { ok: false, code: 'outside_area' };
  }
  const houseNumber = normaliseHouseNumber(number, cell(cells, mapping.suffix));
  const key = addressKey(street, houseNumber, place);
  const shownNumber = `${number}${cell(cells, mapping.suffix)}`.slice(0, 20);
  return {
    ok: true,
    entry: {
      id: `${source}|${key}`,
      source,
      key,
      street,
      houseNumber: shownNumber,
      postalCode: cell(cells, mapping.postalCode).slice(0, 10),
      place,
      district: cell(cells, mapping.district),
      lat: Math.round(lat * 1e7) / 1e7,
      lng: Math.round(lng * 1e7) / 1e7,
    },
  };
}
