// RFC 4180 CSV parsing with what real files need: the separator detected (German Excel writes
// ";"), Excel's "sep=" line honoured, CRLF/LF/CR line ends, quoted cells spanning lines, and caps
// on rows, columns and cell size. Never throws: problems come back as issues.
import { CSV_LIMITS, csvIssue, fileError, type CsvIssue, type CsvLimits } from './issues';

export type Separator = ';' | ',' | '\t';
const SEPARATORS: readonly Separator[] = [';', ',', '\t'];

export interface CsvRecord {
  /** Spreadsheet row number: blank lines count, a cell spanning lines does not add rows. */
  row: number;
  cells: string[];
}

export interface ParseResult {
  records: CsvRecord[];
  separator: Separator;
  issues: CsvIssue[];
  /** A problem that makes the rest of the file unreadable (unclosed quote, too many rows). */
  fatal: boolean;
}

/** The separator used most often outside quotes in the first line; ";" when undecided. */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t'))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Separator = ';';
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

export function parseCsv(
  input: string,
  options: { separator?: Separator; limits?: Partial<CsvLimits> } = {},
): ParseResult {
  const limits = { ...CSV_LIMITS, ...options.limits };
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Excel understands a first line "sep=;" and does not show it as a row.
  const hint = /^sep=([;,\t])\r?\n?/i.exec(text);
  let separator = options.separator ?? detectSeparator(text);
  if (hint) {
    separator = (hint[1] ?? ';') as Separator;
    text = text.slice(hint[0].length);
  }
  const sep = separator.charCodeAt(0);
  const records: CsvRecord[] = [];
  const issues: CsvIssue[] = [];
  const n = text.length;
  let row = 1;
  let i = 0;
  while (i < n) {
    const startRow = row;
    const cells: string[] = [];
    let tooLong = false;
    let endOfRecord = false;
    while (!endOfRecord) {
      let cell = '';
      if (text.charCodeAt(i) === 34) {
        // Quoted cell: "" is a quote; line breaks inside belong to the cell.
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const q = text.indexOf('"', j);
          if (q < 0) break;
          cell += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            cell += '"';
            j = q + 2;
          } else {
            j = q + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          issues.push(csvIssue('unclosed_quote', {}, { row: startRow }));
          return { records, separator, issues, fatal: true };
        }
        i = j;
        // Lenient: text after the closing quote (`"a"b`) is kept, as spreadsheets do.
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === sep || c === 10 || c === 13) break;
          cell += text[i];
          i++;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === 10 || c === 13) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      if (cell.length > limits.maxCellChars) tooLong = true;
      cells.push(tooLong ? cell.slice(0, limits.maxCellChars) : cell);
      const c = text.charCodeAt(i);
      if (c === sep) {
        i++;
      } else {
        if (c === 13) i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
        else if (c === 10) i++;
        endOfRecord = true;
      }
      if (!endOfRecord && cells.length > limits.maxColumns + 1) {
        // Skip the rest of an absurdly wide row instead of collecting it.
        while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      }
    }
    row++;
    if (records.length >= limits.maxRows) {
      issues.push(fileError('too_many_rows', { max: limits.maxRows.toLocaleString('de-DE') }));
      return { records, separator, issues, fatal: true };
    }
    if (cells.length > limits.maxColumns) {
      issues.push(csvIssue('too_many_columns', { max: limits.maxColumns }, { row: startRow }));
      records.push({ row: startRow, cells: cells.slice(0, limits.maxColumns) });
      continue;
    }
    if (tooLong) {
      issues.push(
        csvIssue(
          'cell_too_long',
          { max: limits.maxCellChars.toLocaleString('de-DE') },
          { row: startRow },
        ),
      );
    }
    records.push({ row: startRow, cells });
  }
  return { records, separator, issues, fatal: false };
}
