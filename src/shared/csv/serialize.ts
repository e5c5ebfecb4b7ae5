// CSV writing for export: quoted where needed, ";" and a UTF-8 BOM by default (what German
// Excel opens correctly), and formula injection neutralised as OWASP recommends.
import type { Separator } from './parse';

/** Characters that make a spreadsheet treat a cell as a formula (or a DDE call). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes a cell that a spreadsheet would evaluate (`=cmd|' /C calc'!A0`, `+49…`, `@SUM(…)`)
 * with an apostrophe, so it is shown as text. Applied on export only: stored data stays as
 * entered, and the importer removes the prefix again.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Reverses `neutraliseCell` on import (only where it could have been added by us). */
export function unneutraliseCell(value: string): string {
  return value.length > 1 && value.charCodeAt(0) === 39 && FORMULA_START.test(value.slice(1))
    ? value.slice(1)
    : value;
}

export interface SerializeOptions {
  separator?: Separator;
  /** Line end between records; CRLF per RFC 4180. */
  eol?: '\r\n' | '\n';
  neutralise?: boolean;
}

function quoteIfNeeded(cell: string, separator: string): string {
  const needs =
    cell.includes(separator) ||
    cell.includes('"') ||
    cell.includes('\n') ||
    cell.includes('\r') ||
    cell !== cell.trim();
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function serializeCsv(
  rows: readonly (readonly string[])[],
  options: SerializeOptions = {},
): string {
  const separator = options.separator ?? ';';
  const eol = options.eol ?? '\r\n';
  const neutralise = options.neutralise ?? true;
  return (
    rows
      .map((r) =>
        r
          .map((cell) => quoteIfNeeded(neutralise ? neutraliseCell(cell) : cell, separator))
          .join(separator),
      )
      .join(eol) + eol
  );
}

/** The text as UTF-8 bytes, with a BOM so that Excel does not guess Windows-1252. */
export function csvBytes(text: string, bom = true): Uint8Array<ArrayBuffer> {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf], 0);
  out.set(body, 3);
  return out;
}
