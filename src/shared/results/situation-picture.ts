// Lagebild: the situation picture as a docx annex (document model), with the filter it was
// made under and the note that only completed operations count.
import { docDate } from '../documents/format';
import { emptyDocument, type DocumentModel } from '../documents/model';
import type { Classification } from '../domain/operation';
import type { SituationTable } from './situation-rows';

export const COMPLETED_ONLY_NOTE =
  'Die Zahlen stammen nur aus abgeschlossenen Einsätzen (Status „Durchgeführt“ oder „Nachbereitet“); abgesagte Einsätze, Muster und Übungen zählen nicht, Übungen nur, wenn ausdrücklich eingeschlossen.';

export function situationPictureModel(input: {
  tables: readonly SituationTable[];
  operations: number;
  /** The filter in words ("Zeitraum 2026-01 bis 2026-06 · Gemeinde Essen"). */
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
      ...input.tables.map((t) => ({
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
