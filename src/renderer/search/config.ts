// MiniSearch options shared by the worker that builds an index and the page that loads it
// (both sides must use identical options). German-friendly: case and diacritics folded.
import type { Options, SearchOptions } from 'minisearch';

export interface SearchDoc {
  id: string;
  /** Revision of the record the text came from (to update only what changed). */
  rev: number;
  text: Record<string, string>;
}

export const SEARCH_FIELDS = ['primary', 'secondary', 'place', 'people', 'other'] as const;

/** Folds umlauts and accents so "strasse" finds "Straße" and "muller" finds "Müller". */
export function fold(term: string): string {
  return term
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  extractField: (doc, field) => (field === 'id' ? doc.id : (doc.text[field] ?? '')),
  processTerm: (term) => fold(term) || null,
};

export const QUERY_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  combineWith: 'AND',
  boost: { primary: 3, secondary: 2 },
};
