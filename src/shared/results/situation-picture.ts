// Lagebild: the situation picture as a docx annex (document model), with the filter it was
// made under and the note that only completed operations count.
import { docDate } from '../documents/format';
import { emptyDocument, type DocBlock, type DocumentModel } from '../documents/model';
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

// A plain number cell of the German tables: "30000000", "1234,56", "33,3 %".
const PLAIN_NUMBER = /^(\d+)(,\d+)?( %)?$/;

/**
 * "30000000000,00" as a reader expects it: "30.000.000.000,00". By string arithmetic, so a sum
 * beyond a float's exact cents stays exact; anything that is not a plain number is unchanged.
 */
export function groupedNumber(cell: string): string {
  const m = PLAIN_NUMBER.exec(cell);
  if (!m) return cell;
  const whole = (m[1] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${whole}${m[2] ?? ''}${m[3] ?? ''}`;
}

/** Columns after the first whose every cell is a plain number: right-aligned in print. */
function numericColumns(t: SituationTable): boolean[] {
  return t.columns.map((_, i) => i > 0 && t.rows.every((r) => PLAIN_NUMBER.test(r[i] ?? '')));
}

/**
 * The document is read, not sorted: months in words ("November 2026") and numbers grouped
 * ("1.234.567,89"); the tables and the CSV keep "2026-11" and "1234567,89".
 */
function forReaders(t: SituationTable): SituationTable {
  const rows = t.rows.map((r) => r.map(groupedNumber));
  if (t.key !== 'months') return { ...t, rows };
  return { ...t, rows: rows.map(([month = '', ...rest]) => [monthName(month), ...rest]) };
}

/** A table block whose number columns are right-aligned and text columns left-aligned. */
function tableBlock(plain: SituationTable): DocBlock {
  const numeric = numericColumns(plain);
  const t = forReaders(plain);
  return {
    type: 'table',
    columns: t.columns.map((title, i) => ({
      title,
      weight: i === 0 ? 3 : 1.4,
      align: numeric[i] ? 'right' : 'left',
    })),
    rows: t.rows,
  };
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
    subtitle: `Auswertung von ${input.operations} abgeschlossenen ${input.operations === 1 ? 'Einsatz' : 'Einsätzen'}`,
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
            : tableBlock(t),
        ],
      })),
    ],
  });
}
