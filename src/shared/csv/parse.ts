// CSV parsing with what real files need, on papaparse: the separator detected (German Excel
// writes ";"), Excel's "sep=" line honoured, CRLF/LF/CR line ends, quoted cells spanning lines,
// and caps on rows, columns and cell size. Never throws: problems come back as issues.
import Papa from 'papaparse';
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

/**
 * The separator used most often outside quotes in the first line; ";" when undecided.
 * Kept instead of papaparse's guesser: that one prefers the separator giving equal field counts
 * over ten rows, which picks "," for a German header such as `"a;b",c;d;e`.
 */
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

/**
 * Rewrites what papaparse reads differently from a spreadsheet, leaving quoted cells intact (a
 * quote opens a cell only at its start, as in RFC 4180): every line end outside a quoted cell
 * becomes LF, since papaparse splits records at one kind of line end per file and files edited
 * by hand mix CR, LF and CRLF; and text after a closing quote (`"a"b`) moves inside the quotes,
 * since spreadsheets read that as `ab` where papaparse would search on for another quote.
 */
function normalise(text: string, sep: number): string {
  const isEnd = (c: number) => c === sep || c === 10 || c === 13 || Number.isNaN(c);
  let out = '';
  let from = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 && fieldStart) {
      // Skip to the closing quote; "" inside is an escaped quote.
      let q = text.indexOf('"', i + 1);
      while (q >= 0 && text.charCodeAt(q + 1) === 34) q = text.indexOf('"', q + 2);
      if (q < 0) return out + text.slice(from); // unclosed: papaparse reports it
      let k = q + 1;
      while (!isEnd(text.charCodeAt(k))) k++;
      if (k > q + 1) {
        out += `${text.slice(from, q)}${text.slice(q + 1, k).replace(/"/g, '""')}"`;
        from = k;
      }
      i = k - 1;
      fieldStart = false;
    } else if (c === 13) {
      out += `${text.slice(from, i)}\n`;
      if (text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
      fieldStart = true;
    } else {
      fieldStart = c === sep || c === 10;
    }
  }
  return out + text.slice(from);
}

function papaparse(text: string, separator: Separator, newline: '\n' | '\r\n', maxRows: number) {
  return Papa.parse<string[]>(text, {
    delimiter: separator,
    newline,
    quoteChar: '"',
    escapeChar: '"',
    // One row more than allowed, so "too many rows" is seen without reading the whole file.
    preview: maxRows + 1,
    skipEmptyLines: false,
  });
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
  // Fast path: the usual file has one kind of line end (Excel: CRLF throughout) and no text
  // after a closing quote; the normalising pass runs only where it changes something.
  const onlyCrlf = text.includes('\r\n') && !/\r(?!\n)|(?<!\r)\n/.test(text);
  const plain = onlyCrlf || !text.includes('\r');
  let parsed = plain ? papaparse(text, separator, onlyCrlf ? '\r\n' : '\n', limits.maxRows) : null;
  if (!parsed || parsed.errors.some((e) => e.code === 'InvalidQuotes')) {
    const sep = separator.charCodeAt(0);
    parsed = papaparse(normalise(text, sep), separator, '\n', limits.maxRows);
  }
  const rows = parsed.data;
  // A final line end does not start another (empty) record, as in a spreadsheet.
  const last = rows[rows.length - 1];
  if (last?.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) rows.pop();

  const issues: CsvIssue[] = [];
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  const readable = unclosed?.row ?? rows.length;
  const records: CsvRecord[] = [];
  for (let index = 0; index < readable; index++) {
    const row = index + 1; // blank lines are records, so the record index is the row number
    if (records.length >= limits.maxRows) {
      issues.push(fileError('too_many_rows', { max: limits.maxRows.toLocaleString('de-DE') }));
      return { records, separator, issues, fatal: true };
    }
    const cells = rows[index] ?? [];
    if (cells.length > limits.maxColumns) {
      issues.push(csvIssue('too_many_columns', { max: limits.maxColumns }, { row }));
      records.push({ row, cells: cells.slice(0, limits.maxColumns) });
      continue;
    }
    if (cells.some((cell) => cell.length > limits.maxCellChars)) {
      issues.push(
        csvIssue('cell_too_long', { max: limits.maxCellChars.toLocaleString('de-DE') }, { row }),
      );
      records.push({ row, cells: cells.map((cell) => cell.slice(0, limits.maxCellChars)) });
      continue;
    }
    records.push({ row, cells });
  }
  if (unclosed) {
    issues.push(csvIssue('unclosed_quote', {}, { row: readable + 1 }));
    return { records, separator, issues, fatal: true };
  }
  return { records, separator, issues, fatal: false };
}
