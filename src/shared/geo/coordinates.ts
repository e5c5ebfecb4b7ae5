// Typed coordinates as people enter them: decimal degrees with a point or a comma, a pasted
// pair "51.5075, 7.1000", a degree sign. Nothing is clamped or guessed: input that is not a
// coordinate, or is out of range, gets an error code (the UI words it) and is not stored. The
// maps issue extends this module with UTM 32N, MGRS and degrees-minutes-seconds.

export type Axis = 'lat' | 'lng';

export type CoordinateError =
  | 'empty'
  | 'not_a_number'
  | 'lat_range'
  | 'lng_range'
  | 'pair_expected'
  | 'utm_range'
  | 'unknown_format';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: CoordinateError };

export interface LatLng {
  lat: number;
  lng: number;
}

const LIMIT: Record<Axis, number> = { lat: 90, lng: 180 };

// One number: optional sign, digits, optionally ONE decimal separator (point or comma) and
// digits; an optional degree sign. "51.507.5" or "7,1,0" are refused rather than read somehow.
const NUMBER = /^([+-]?)(\d{1,3})(?:[.,](\d{1,12}))?\s*°?$/;

/** Reads one degree value (latitude or longitude) without clamping. */
export function parseDegree(input: string, axis: Axis): Parsed<number> {
  const text = input.trim().replace(/\u2212/g, '-');
  if (text === '') return { ok: false, error: 'empty' };
  const m = NUMBER.exec(text);
  if (!m) return { ok: false, error: 'not_a_number' };
  const value = Number(`${m[1]}${m[2]}.${m[3] ?? '0'}`);
  if (!Number.isFinite(value)) return { ok: false, error: 'not_a_number' };
  if (Math.abs(value) > LIMIT[axis]) return { ok: false, error: `${axis}_range` };
  // -0 would print as "0" but compare unequal in some serialisations; store plain 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Splits a pasted pair into its two numbers. A comma is both the German decimal mark and the
 * usual pair separator, so it separates only where that is unambiguous: with a space after it
 * ("51,5075, 7,1000"), between two point-decimals ("51.5075,7.1"), or as the middle one of three
 * ("51,5075,7,1000"). Returns null when the text is not two numbers.
 */
export function splitPair(input: string): [string, string] | null {
  const text = input.trim().replace(/\u2212/g, '-');
  let parts: string[];
  if (/[;\t]/.test(text)) parts = text.split(/\s*[;\t]\s*/);
  else if (/\s/.test(text)) parts = text.split(/\s*,\s+|\s+,?\s*/);
  else {
    const commas = [...text.matchAll(/,/g)].map((m) => m.index);
    if (commas.length === 1 && !text.split(',').some((p) => !p.includes('.'))) {
      parts = text.split(',');
    } else if (commas.length === 3 && commas[1] !== undefined) {
      parts = [text.slice(0, commas[1]), text.slice(commas[1] + 1)];
    } else return null;
  }
  const [a, b] = parts;
  if (parts.length !== 2 || !a || !b) return null;
  return [a, b];
}

/** True when the text looks like a pasted pair rather than one value. */
export function looksLikePair(input: string): boolean {
  return splitPair(input) !== null;
}

/** Reads "lat, lng" (the order of every map service and GPS device). */
export function parseLatLng(input: string): Parsed<LatLng> {
  if (input.trim() === '') return { ok: false, error: 'empty' };
  const pair = splitPair(input);
  if (!pair) return { ok: false, error: 'pair_expected' };
  const lat = parseDegree(pair[0], 'lat');
  if (!lat.ok) return lat;
  const lng = parseDegree(pair[1], 'lng');
  if (!lng.ok) return lng;
  return { ok: true, value: { lat: lat.value, lng: lng.value } };
}

/**
 * Writes a degree value the German way (decimal comma), with up to six decimals (≈ 0.1 m) and
 * no trailing zeros. `parseDegree(formatDegree(x))` gives x back for any x with ≤ 6 decimals.
 */
export function formatDegree(value: number, decimalSeparator: ',' | '.' = ','): string {
  const fixed = value.toFixed(6).replace(/\.?0+$/, '');
  const text = fixed === '-0' ? '0' : fixed;
  return decimalSeparator === ',' ? text.replace('.', ',') : text;
}

export function formatLatLng(p: LatLng, decimalSeparator: ',' | '.' = ','): string {
  const sep = decimalSeparator === ',' ? '; ' : ', ';
  return `${formatDegree(p.lat, decimalSeparator)}${sep}${formatDegree(p.lng, decimalSeparator)}`;
}
