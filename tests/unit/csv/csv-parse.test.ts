// RFC 4180 parsing and writing: quotes, separators, line ends, caps, BOM and encodings.
import { describe, expect, it } from 'vitest';
import {
  csvBytes,
  decodeCsvBytes,
  detectSeparator,
  firstInvalidUtf8,
  neutraliseCell,
  parseCsv,
  serializeCsv,
  unneutraliseCell,
} from '@shared/csv';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    expect(cells('a;"b;c";"say ""hi""";"x\r\ny"\r\n1;2;3;4')).toEqual([
      ['a', 'b;c', 'say "hi"', 'x\r\ny'],
      ['1', '2', '3', '4'],
    ]);
  });
  it('numbers rows as a spreadsheet does: blank lines count, a multi-line cell does not', () => {
    const r = parseCsv('h\n"a\nb"\n\nc\n');
    expect(r.records.map((x) => x.row)).toEqual([1, 2, 3, 4]);
  });
  it('handles CR, LF and CRLF, and a trailing separator', () => {
    expect(cells('a;b\rc;d\ne;f\r\ng;')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', ''],
    ]);
  });
  it('detects the separator from the first line and honours "sep="', () => {
    expect(detectSeparator('a,b,c\n1;2')).toBe(',');
    expect(detectSeparator('"a;b",c;d;e')).toBe(';');
    expect(detectSeparator('a\tb')).toBe('\t');
    expect(detectSeparator('single')).toBe(';');
    const r = parseCsv('sep=,\na;b,c\n');
    expect(r.separator).toBe(',');
    expect(r.records).toEqual([{ row: 1, cells: ['a;b', 'c'] }]);
  });
  it('caps rows, columns and cell length', () => {
    expect(parseCsv('a\nb\nc\n', { limits: { maxRows: 2 } })).toMatchObject({ fatal: true });
    const wide = parseCsv('a;b;c;d\n', { limits: { maxColumns: 3 } });
    expect(wide.issues[0]?.message).toContain('mehr als 3 Spalten');
    const long = parseCsv(`${'x'.repeat(20)};y\n`, { limits: { maxCellChars: 10 } });
    expect(long.issues[0]).toMatchObject({ row: 1 });
    expect(long.records[0]?.cells[0]).toHaveLength(10);
  });
});

describe('encoding', () => {
  it('accepts UTF-8 with and without BOM', () => {
    const bom = decodeCsvBytes(csvBytes('Zoll;Mülheim', true));
    expect(bom).toEqual({ ok: true, text: 'Zoll;Mülheim', hadBom: true });
    expect(decodeCsvBytes(csvBytes('ä', false))).toMatchObject({
      ok: true,
      text: 'ä',
      hadBom: false,
    });
  });
  it('finds the first invalid UTF-8 byte (overlong, surrogate, truncated)', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc3, 0xa4]))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xfc, 0x42]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]))).toBe(-1);
  });
  it('refuses binary and oversized input', () => {
    expect(decodeCsvBytes(new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ ok: false });
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(decodeCsvBytes(big)).toMatchObject({
      ok: false,
      issue: { message: 'Die Datei ist größer als 20 MB.' },
    });
  });
});

describe('serializeCsv', () => {
  it('quotes where needed and round-trips', () => {
    const rows = [['a;b', 'x"y', 'line\nbreak', ' pad ', 'plain']];
    const text = serializeCsv(rows);
    expect(text).toBe('"a;b";"x""y";"line\nbreak";" pad ";plain\r\n');
    expect(cells(text)).toEqual(rows);
  });
  it('neutralises = + - @ TAB CR at the start, and the importer undoes it', () => {
    for (const v of ['=1+1', '+49', '-3', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseCell(v)).toBe(`'${v}`);
    for (const v of ['Zoll', "'quoted", '1=1', '']) expect(neutraliseCell(v)).toBe(v);
    expect(unneutraliseCell("'=cmd")).toBe('=cmd');
    expect(unneutraliseCell("'normal")).toBe("'normal");
    expect(serializeCsv([["=cmd|' /C calc'!A0"]])).toBe("'=cmd|' /C calc'!A0\r\n");
  });
});
