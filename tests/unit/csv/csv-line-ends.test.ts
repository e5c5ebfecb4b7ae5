// parseCsv on papaparse: the line-end cases papaparse alone splits wrongly (one line-end kind per
// file), the row numbers of an unclosed quote, and the row cap that stops reading early.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/csv';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('parseCsv line ends and limits', () => {
  it('keeps a line break typed in an Excel cell (LF inside a quoted cell of a CRLF file)', () => {
    expect(cells('Name;Anschrift\r\nZoll;"Alfredstr. 1\nEssen"\r\nOA;Rathaus\r\n')).toEqual([
      ['Name', 'Anschrift'],
      ['Zoll', 'Alfredstr. 1\nEssen'],
      ['OA', 'Rathaus'],
    ]);
  });

  it('reads a quote inside an unquoted cell literally, also in a file with mixed line ends', () => {
    expect(cells('a;5" Rohr\r\nb;c\nd;e\r')).toEqual([
      ['a', '5" Rohr'],
      ['b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('keeps CR and CRLF inside quoted cells when line ends are mixed', () => {
    expect(cells('"x\ry";"u\r\nv"\nz;w\r\n')).toEqual([
      ['x\ry', 'u\r\nv'],
      ['z', 'w'],
    ]);
  });

  it('reads text after a closing quote as a spreadsheet does', () => {
    expect(cells('h;i\n"a"b;c\n"x"y"z";"ok"\r\nd;e\n')).toEqual([
      ['h', 'i'],
      ['ab', 'c'],
      ['xy"z"', 'ok'],
      ['d', 'e'],
    ]);
  });

  it('an unclosed quote keeps the rows before it and names its own row', () => {
    const r = parseCsv('h1;h2\r\na;b\r\n\r\nc;"open\r\nd;e\r\n');
    expect(r.fatal).toBe(true);
    expect(r.records.map((x) => x.row)).toEqual([1, 2, 3]);
    expect(r.issues).toEqual([expect.objectContaining({ row: 4 })]);
  });

  it('stops at the row cap with the rows allowed', () => {
    const text = Array.from({ length: 1_000 }, (_, i) => `r${i};x`).join('\n');
    const r = parseCsv(text, { limits: { maxRows: 10 } });
    expect(r.fatal).toBe(true);
    expect(r.records).toHaveLength(10);
    expect(r.records.at(-1)).toEqual({ row: 10, cells: ['r9', 'x'] });
  });
});
