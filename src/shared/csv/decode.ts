// Bytes → text for CSV import. Only UTF-8 (with or without BOM) is accepted; anything else is
// reported with the line where it shows, instead of being turned into mojibake.
import { CSV_LIMITS, csvIssue, fileError, type CsvIssue } from './issues';

export type DecodeResult =
  { ok: true; text: string; hadBom: boolean } | { ok: false; issue: CsvIssue };

/** Index of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > CSV_LIMITS.maxBytes) return { ok: false, issue: fileError('too_large') };
  if (bytes.length === 0) return { ok: false, issue: fileError('empty') };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    return {
      ok: false,
      issue: fileError('utf16'),
    };
  const head = bytes.subarray(0, 4096);
  if (head.includes(0))
    return {
      ok: false,
      issue: fileError('binary'),
    };
  const hadBom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const line = lineOf(body, bad);
    const byte = (body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    // Single bytes 0x80–0xFF that break UTF-8 are what Excel's "CSV (Trennzeichen-getrennt)"
    // writes on German Windows: Windows-1252 ("ANSI"), e.g. 0xFC for "ü".
    return {
      ok: false,
      issue: csvIssue('not_utf8', { byte }, { row: line }),
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(body), hadBom };
}
