// Grid coordinates German police maps use: UTM on ETRS89 (zone 32 for most of Germany, 33 in
// the east) and MGRS. ETRS89 and WGS84 differ by well under a metre in Germany, which is below
// what a premises location needs, so ETRS89 is treated as WGS84 (as the official BKG
// transformation for this accuracy does). proj4 and mgrs are pure JavaScript.
import proj4 from 'proj4';
import { forward as mgrsForward, toPoint as mgrsToPoint } from 'mgrs';
import type { LatLng, Parsed } from './coordinates';

export interface UtmPoint {
  zone: number;
  easting: number;
  northing: number;
}

const utmDef = (zone: number) =>
  `+proj=utm +zone=${zone} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs`;

/** The UTM zone a longitude falls in (Norway/Svalbard exceptions do not touch Germany). */
export function utmZoneOf(lng: number): number {
  return Math.min(60, Math.max(1, Math.floor((lng + 180) / 6) + 1));
}

/** WGS84 → UTM (northern hemisphere); zone 32 unless another is asked for. */
export function toUtm(p: LatLng, zone = 32): UtmPoint {
  const [easting, northing] = utmConverter(zone).forward([p.lng, p.lat]);
  return { zone, easting: easting ?? NaN, northing: northing ?? NaN };
}

/**
 * One proj4 converter per zone, made once: proj4 called with definition strings parses them on
 * every call (~150 µs), which dominated a gazetteer import of a million houses (~1 µs cached).
 */
const converters = new Map<number, proj4.Converter>();
function utmConverter(zone: number): proj4.Converter {
  let c = converters.get(zone);
  if (!c) {
    c = proj4('WGS84', utmDef(zone));
    converters.set(zone, c);
  }
  return c;
}

/** UTM (northern hemisphere) → WGS84. */
export function fromUtm(u: UtmPoint): LatLng {
  const [lng, lat] = utmConverter(u.zone).inverse([u.easting, u.northing]);
  return { lat: lat ?? NaN, lng: lng ?? NaN };
}

// "32U 361852 5702367", "32 361852 5702367", "E 361852 N 5702367", "361852 5702367" (zone 32),
// metres with an optional decimal part (point or comma), spaces or commas between.
const UTM =
  /^(?:(\d{1,2})\s*[C-HJ-NP-X]?\s*[,;]?\s*)?(?:E\s*|O\s*|R\s*)?(\d{6}(?:[.,]\d{1,3})?)\s*(?:m\s*)?[,;]?\s*(?:N\s*|H\s*)?(\d{7}(?:[.,]\d{1,3})?)\s*(?:m)?$/i;

/** Reads a UTM coordinate; zone 32 when none is written. */
export function parseUtm(input: string): Parsed<LatLng> {
  const m = UTM.exec(input.trim().replace(/\s+/g, ' '));
  if (!m || m[2] === undefined || m[3] === undefined) return { ok: false, error: 'not_a_number' };
  const zone = m[1] === undefined ? 32 : Number(m[1]);
  const easting = Number(m[2].replace(',', '.'));
  const northing = Number(m[3].replace(',', '.'));
  // A zone is 6° wide; even at the equator eastings stay within 166 000–834 000 m.
  if (zone < 1 || zone > 60 || easting < 100_000 || easting > 900_000 || northing > 9_330_000) {
    return { ok: false, error: 'utm_range' };
  }
  const p = fromUtm({ zone, easting, northing });
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng)) return { ok: false, error: 'utm_range' };
  return { ok: true, value: p };
}

/** WGS84 → MGRS with 1 m precision ("32ULC6185102366"). */
export function toMgrs(p: LatLng): string {
  return mgrsForward([p.lng, p.lat], 5);
}

/** Reads an MGRS reference ("32U LC 61851 02366", spaces optional); the centre of its square. */
export function parseMgrs(input: string): Parsed<LatLng> {
  const text = input.replace(/\s+/g, '').toUpperCase();
  if (!/^\d{1,2}[C-HJ-NP-X][A-HJ-NP-Z]{2}(\d{2}){0,5}$/.test(text)) {
    return { ok: false, error: 'not_a_number' };
  }
  const digits = text.replace(/^\d{1,2}[A-Z]{3}/, '');
  if (digits.length % 2 !== 0) return { ok: false, error: 'not_a_number' };
  try {
    const [lng, lat] = mgrsToPoint(text);
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) return { ok: false, error: 'utm_range' };
    return { ok: true, value: { lat, lng } };
  } catch {
    return { ok: false, error: 'utm_range' };
  }
}
