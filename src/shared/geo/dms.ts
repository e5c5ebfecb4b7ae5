// Degrees, minutes and seconds as printed on maps and in GPS devices: 51°27'20.2"N 7°00'41.8"E,
// German "O" for east, decimal minutes (N 51° 27.337' E 7° 0.697'), decimal comma or point.
// A hemisphere letter is required, which is what tells this apart from a decimal pair.
import type { LatLng, Parsed } from './coordinates';

const NUM = String.raw`\d{1,3}(?:[.,]\d+)?`;
const BODY = String.raw`(${NUM})\s*(?:°|\s)\s*(?:(${NUM})\s*(?:['′’]|\s)\s*)?(?:(${NUM})\s*(?:["″”]|'')?\s*)?`;
// The letter either leads ("N 51° 27.3'") or follows ("51°27'20"N"), never both: a trailing
// letter after a leading one belongs to the next component.
const LEADING = new RegExp(String.raw`^\s*([NSEWO])\s*${BODY}[,;]?`, 'i');
const TRAILING = new RegExp(String.raw`^\s*${BODY}([NSEWO])\s*[,;]?`, 'i');

interface Component {
  value: number;
  hemisphere: 'N' | 'S' | 'E' | 'W';
  rest: string;
}

const num = (s: string | undefined) => (s === undefined ? 0 : Number(s.replace(',', '.')));

function match(
  text: string,
): { letter: string; d: string; m?: string; s?: string; len: number } | null {
  const lead = LEADING.exec(text);
  if (lead?.[1] && lead[2] !== undefined) {
    return { letter: lead[1], d: lead[2], m: lead[3], s: lead[4], len: lead[0].length };
  }
  const trail = TRAILING.exec(text);
  if (trail?.[4] && trail[1] !== undefined) {
    return { letter: trail[4], d: trail[1], m: trail[2], s: trail[3], len: trail[0].length };
  }
  return null;
}

function readComponent(text: string): Component | null {
  const found = match(text);
  if (!found) return null;
  const deg = num(found.d);
  const min = num(found.m);
  const sec = num(found.s);
  // Minutes and seconds above 60 are typos, not coordinates; a fraction only on the last unit.
  if (min >= 60 || sec >= 60) return null;
  if (
    (found.m !== undefined && /[.,]/.test(found.d)) ||
    (found.s !== undefined && /[.,]/.test(found.m ?? ''))
  ) {
    return null;
  }
  const letter = found.letter.toUpperCase();
  const hemisphere = (letter === 'O' ? 'E' : letter) as Component['hemisphere'];
  return { value: deg + min / 60 + sec / 3600, hemisphere, rest: text.slice(found.len) };
}

/** Reads a latitude/longitude pair in degrees, minutes and (optionally) seconds. */
export function parseDms(input: string): Parsed<LatLng> {
  const first = readComponent(input.trim());
  if (!first) return { ok: false, error: 'not_a_number' };
  const second = readComponent(first.rest);
  if (!second || second.rest.trim() !== '') return { ok: false, error: 'not_a_number' };
  const isLat = (c: Component) => c.hemisphere === 'N' || c.hemisphere === 'S';
  if (isLat(first) === isLat(second)) return { ok: false, error: 'pair_expected' };
  const [latC, lngC] = isLat(first) ? [first, second] : [second, first];
  const lat = latC.hemisphere === 'S' ? -latC.value : latC.value;
  const lng = lngC.hemisphere === 'W' ? -lngC.value : lngC.value;
  if (Math.abs(lat) > 90) return { ok: false, error: 'lat_range' };
  if (Math.abs(lng) > 180) return { ok: false, error: 'lng_range' };
  return { ok: true, value: { lat, lng } };
}

function formatComponent(value: number, pos: string, neg: string, comma: boolean): string {
  const abs = Math.abs(value);
  let deg = Math.floor(abs);
  let min = Math.floor((abs - deg) * 60);
  let sec = Math.round(((abs - deg) * 60 - min) * 60 * 10) / 10;
  if (sec >= 60) {
    sec = 0;
    min += 1;
  }
  if (min >= 60) {
    min = 0;
    deg += 1;
  }
  const s = sec.toFixed(1);
  return `${deg}° ${min}′ ${comma ? s.replace('.', ',') : s}″ ${value < 0 ? neg : pos}`;
}

/** 51° 27′ 20,2″ N, 7° 0′ 41,8″ O (German) or … E (English); 0.1″ ≈ 3 m. */
export function formatDms(p: LatLng, lang: 'de' | 'en' = 'de'): string {
  const de = lang === 'de';
  return `${formatComponent(p.lat, 'N', 'S', de)}, ${formatComponent(p.lng, de ? 'O' : 'E', 'W', de)}`;
}
