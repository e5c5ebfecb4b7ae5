// How addresses are compared in the offline gazetteer: one normalised key per house, "street
// number place", lower case, umlauts and ß spelt out, "Str." read as "Straße", so that
// "Hauptstr. 5 Essen", "hauptstraße 5, essen" and "HAUPTSTRASSE 5 ESSEN" find the same house by
// prefix while typing.

const LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower case, umlauts spelt out, accents dropped, punctuation as space, spaces collapsed. */
export function normaliseText(input: string): string {
  return input
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A street name for the key: "Hauptstr." and "Haupt-Str" become "hauptstrasse"/"haupt strasse". */
export function normaliseStreet(input: string): string {
  // A word ending in "str" is the abbreviation ("Hauptstr", "Rüttenscheider Str"); German has
  // next to no other words ending so.
  return normaliseText(input).replace(/str\b/g, 'strasse');
}

/** "12 a", "12a", "12-A" → "12a": the number and its letter suffix without a gap. */
export function normaliseHouseNumber(number: string, suffix = ''): string {
  return normaliseText(`${number}${suffix}`).replace(/\s+/g, '');
}

export function addressKey(street: string, houseNumber: string, place: string): string {
  return [normaliseStreet(street), houseNumber, normaliseText(place)]
    .filter((part) => part !== '')
    .join(' ');
}

export interface GazetteerQuery {
  /** What the keys must start with. */
  prefix: string;
  /** A five-digit postcode found in the query, matched exactly against the hits. */
  postalCode: string | null;
}

/**
 * A typed address as a key prefix: "Hauptstr. 5 a, 45127 Essen" → prefix "hauptstrasse 5a essen",
 * postcode 45127. A house number followed by a single letter is joined like in the key.
 */
export function parseGazetteerQuery(input: string): GazetteerQuery {
  const postal = /\b(\d{5})\b/.exec(input);
  const withoutPostal = postal ? input.replace(postal[0], ' ') : input;
  const prefix = normaliseStreet(withoutPostal).replace(/\b(\d+) ([a-z])\b/, '$1$2');
  return { prefix, postalCode: postal?.[1] ?? null };
}
