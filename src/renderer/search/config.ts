// What a search document is, and how text is folded for matching: German-friendly, case and
// diacritics folded, the same for indexed text and queries.

export interface SearchDoc {
  id: string;
  /** Revision of the record the text came from (to update only what changed). */
  rev: number;
  text: Record<string, string>;
}

const ASCII = /^[\t\n\r -~]*$/;

/** Folds umlauts and accents so "strasse" finds "Straße" and "muller" finds "Müller". */
export function fold(term: string): string {
  const lower = term.toLowerCase();
  // Most tokens are plain ASCII; the replacements below cost more than the whole rest of a build.
  if (ASCII.test(lower)) return lower;
  return lower
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
