// Lagebild: the situation picture as a docx annex (document model), with the filter it was
// made under and the note that only completed operations count.
import { docDate } from '../documents/format';
import { emptyDocument, type DocumentModel } from '../documents/model';
import type { Classification } from '../domain/operation';
import type { ResultsFilter } from './aggregate';
import { monthName } from './month-name';
import type { SituationTable } from './situation-rows';

export const COMPLETED_ONLY_NOTE =
  'Die Zahlen stammen nur aus abgeschlossenen Einsätzen (Status „Durchgeführt“ oder „Nachbereitet“); abgesagte Einsätze, Muster und Übungen zählen nicht, Übungen nur, wenn ausdrücklich eingeschlossen.';

/** Names the filter's codes stand for (municipality, thematic field, agency). */
export interface FilterNames {
  municipality(code: string): string;
  thematicField(code: string): string;
  agency(id: string): string;
}

/**
 * The filter in German words for the annex ("Zeitraum Januar 2026 bis Juni 2026 · Gemeinde
 * Essen"), not the URL's parameters; '' without a filter.
 */
export function filterText(f: ResultsFilter, names: FilterNames): string {
  const parts: string[] = [];
  const from = monthName(f.from);
  const to = monthName(f.to);
  if (f.from && f.to) parts.push(`Zeitraum ${from} bis ${to}`);
  else if (f.from) parts.push(`ab ${from}`);
  else if (f.to) parts.push(`bis ${to}`);
  if (f.municipalityId) parts.push(`Gemeinde ${names.municipality(f.municipalityId)}`);
  if (f.thematicField) parts.push(`Themenfeld ${names.thematicField(f.thematicField)}`);
  if (f.agencyId) parts.push(`nur Ergebnisse von ${names.agency(f.agencyId)}`);
  if (f.includeExercises) parts.push('Übungen eingeschlossen');
  return parts.join(' · ');
}

/** The document names months ("November 2026"); the tables and the CSV keep "2026-11". */
function forReaders(t: SituationTable): SituationTable {
  if (t.key !== 'months') return t;
  return { ...t, rows: t.rows.map(([month = '', ...rest]) => [monthName(month), ...rest]) };
}

export function situationPictureModel(input: {
  tables: readonly SituationTable[];
  operations: number;
  /** The filter in words ("Zeitraum Januar 2026 bis Juni 2026 · Gemeinde Essen"). */
  filterText: string;
  issuingOffice: string;
  now: string;
  classification?: Classification;
}): DocumentModel {
  return emptyDocument({
    classification: input.classification ?? 'vs_nfd',
    title: 'Lagebild',
    subtitle: `Auswertung von ${input.operations} abgeschlossenen Einsätzen`,
    issuingOffice: input.issuingOffice,
    date: docDate(input.now),
    sections: [
      {
        heading: 'Grundlage',
        blocks: [
          { type: 'paragraph', text: COMPLETED_ONLY_NOTE },
          { type: 'keyValue', rows: [{ key: 'Filter', value: input.filterText || 'keiner' }] },
        ],
      },
      ...input.tables.map(forReaders).map((t) => ({
        heading: t.heading,
        blocks: [
          t.rows.length === 0
            ? { type: 'paragraph' as const, text: 'Keine Einträge.' }
            : {
                type: 'table' as const,
                columns: t.columns.map((title, i) => ({
                  title,
                  weight: i === 0 ? 3 : 1.4,
                  align: i === 0 ? ('left' as const) : ('right' as const),
                })),
                rows: t.rows,
              },
        ],
      })),
    ],
  });
}
