// Problems found in a CSV file, each with the row a spreadsheet user sees (row 1 = header).
import { csvMessage, type CsvIssueCode, type CsvParams } from './messages';
export interface CsvIssue {
  /** Spreadsheet row (1 = first row of the file); null for problems of the whole file. */
  row: number | null;
  /** Column header as written in the file, when the problem sits in one cell. */
  column: string | null;
  code: CsvIssueCode;
  params: CsvParams;
  /** German text of code + params (the UI translates the code instead). */
  message: string;
  /** Errors keep the row (or the file) out of the import; warnings only inform. */
  severity: 'error' | 'warning';
}

/** Caps that keep a hostile or mistaken file from exhausting memory or the UI. */
export const CSV_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 64,
  maxCellChars: 10_000,
} as const;

export type CsvLimits = { [K in keyof typeof CSV_LIMITS]: number };

/** A problem with its German message filled in from the code. */
export function csvIssue(
  code: CsvIssueCode,
  params: CsvParams = {},
  where: { row?: number | null; column?: string | null; severity?: CsvIssue['severity'] } = {},
): CsvIssue {
  return {
    row: where.row ?? null,
    column: where.column ?? null,
    severity: where.severity ?? 'error',
    code,
    params,
    message: csvMessage(code, params),
  };
}

export const fileError = (code: CsvIssueCode, params: CsvParams = {}): CsvIssue =>
  csvIssue(code, params);

/** "Zeile 4, Spalte „E-Mail“: …" — the form every row message takes in the UI and in tests. */
export function formatIssue(issue: CsvIssue): string {
  const where = [
    issue.row !== null ? `Zeile ${issue.row}` : null,
    issue.column !== null ? `Spalte „${issue.column}“` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}
