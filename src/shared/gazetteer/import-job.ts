// Reading a house-coordinates CSV into gazetteer entries, streamed: a state's file has millions
// of rows (hundreds of MB), so papaparse hands over chunks, each chunk is mapped and written by
// the caller's sink before the next is read (the parser pauses meanwhile, so memory stays at
// one chunk). Problems come back with their line number, capped, and never stop the import;
// only a file without the mapped columns, or with an unclosed quote, ends it.
import Papa from 'papaparse';
import { detectSeparator } from '../csv/parse';
import type { GazetteerMapping } from './columns';
import { rowToEntry, type EntryIssueCode, type GazetteerEntry } from './entry';

export interface GazetteerIssue {
  /** Line in the file (1 = the header). */
  row: number;
  code: EntryIssueCode | 'unclosed_quote' | 'too_few_columns';
}

export interface GazetteerImportSummary {
  /** Data rows read (the header not counted, blank lines not counted). */
  rows: number;
  imported: number;
  rejected: number;
  /** The first MAX_ISSUES problems; `rejected` counts them all. */
  issues: GazetteerIssue[];
  fatal: boolean;
}

export interface GazetteerProgress {
  rows: number;
  imported: number;
  /** 0…1 of the input read. */
  fraction: number;
}

export const MAX_ISSUES = 200;
/** Characters per chunk: ~ 10 000 rows of a typical file, a good IndexedDB batch. */
export const CHUNK_CHARS = 1_000_000;

export interface GazetteerImportOptions {
  mapping: GazetteerMapping;
  source: string;
  /** Writes one chunk's entries; the parser waits for it. */
  sink(entries: GazetteerEntry[]): Promise<void>;
  onProgress?(p: GazetteerProgress): void;
  /** `windows-1252` for files that are not UTF-8 (only used when reading a File/Blob). */
  encoding?: string;
  /** The separator, when the caller detected it from the file's first line. */
  separator?: string;
  chunkChars?: number;
}

/** Reads the whole input (a File in the worker, a string in tests). */
export function importGazetteer(
  input: string | File,
  options: GazetteerImportOptions,
): Promise<GazetteerImportSummary> {
  const { mapping, source, sink } = options;
  const summary: GazetteerImportSummary = {
    rows: 0,
    imported: 0,
    rejected: 0,
    issues: [],
    fatal: false,
  };
  const size = typeof input === 'string' ? input.length : input.size;
  const needed = Math.max(
    mapping.street,
    mapping.houseNumber,
    mapping.place,
    mapping.first,
    mapping.second,
  );
  let line = 0;
  let headerSkipped = false;
  let separator: string | undefined = options.separator;
  const issue = (row: number, code: GazetteerIssue['code']) => {
    summary.rejected++;
    if (summary.issues.length < MAX_ISSUES) summary.issues.push({ row, code });
  };
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    separator = detectSeparator(text);
    input = text;
  }

  return new Promise((resolve, reject) => {
    let failed = false;
    // Papa may call `complete` while the last chunk is still being written.
    let pending: Promise<void> = Promise.resolve();
    Papa.parse<string[]>(input, {
      delimiter: separator ?? '',
      delimitersToGuess: [';', ',', '\t', '|'],
      quoteChar: '"',
      skipEmptyLines: false,
      encoding: options.encoding ?? 'utf-8',
      chunkSize: options.chunkChars ?? CHUNK_CHARS,
      chunk(results, parser) {
        const entries: GazetteerEntry[] = [];
        // An unclosed quote swallows the rest of the file into one cell: rows before it count,
        // the rest is not read.
        const unclosed = results.errors.find((e) => e.code === 'MissingQuotes')?.row;
        const readable = unclosed ?? results.data.length;
        for (let i = 0; i < readable; i++) {
          const cells = results.data[i] ?? [];
          line++;
          if (!headerSkipped) {
            headerSkipped = true;
            continue;
          }
          if (cells.length === 1 && (cells[0] ?? '') === '') continue;
          summary.rows++;
          if (cells.length <= needed) {
            issue(line, 'too_few_columns');
            continue;
          }
          const r = rowToEntry(cells, mapping, source);
          if (r.ok === true) entries.push(r.entry);
          else if (r.ok === false) issue(line, r.code);
          else summary.rows--;
        }
        if (unclosed !== undefined) {
          issue(line + 1, 'unclosed_quote');
          summary.fatal = true;
        }
        parser.pause();
        pending = sink(entries).then(
          () => {
            summary.imported += entries.length;
            const cursor = results.meta.cursor;
            options.onProgress?.({
              rows: summary.rows,
              imported: summary.imported,
              fraction: size === 0 ? 1 : Math.min(1, cursor / size),
            });
            if (summary.fatal) parser.abort();
            else parser.resume();
          },
          (e: unknown) => {
            failed = true;
            parser.abort();
            reject(e instanceof Error ? e : new Error(String(e)));
          },
        );
      },
      complete() {
        void pending.then(() => {
          if (!failed) resolve(summary);
        });
      },
      error(e: Error) {
        failed = true;
        reject(e);
      },
    });
  });
}
