// Model blocks → docx paragraphs and tables (the body of a document). Layout choices: A4 with
// German margins, Arial (LibreOffice substitutes the metric-identical Liberation Sans), thin
// grey table rules, and rows that never split across a page.
import type { Footer, Header } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ITableCellBorders,
} from 'docx';
import type { DocBlock, DocColumn } from './model';

/** A4 in twips with 2.5 cm left (filing) and 2 cm other margins. */
export const PAGE = {
  width: 11906,
  height: 16838,
  left: 1418,
  right: 1134,
  top: 1134,
  bottom: 1134,
};
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The one page set-up of every document: A4, the margins above, header and footer 1 cm in. */
export function a4Section(
  header: Header,
  footer: Footer,
  children: ISectionOptions['children'],
): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...pageMargins(), header: 567, footer: 567 },
      },
    },
    headers: { default: header },
    footers: { default: footer },
    children,
  };
}

const pageMargins = () => ({
  top: PAGE.top,
  bottom: PAGE.bottom,
  left: PAGE.left,
  right: PAGE.right,
});
export const FONT = 'Arial';
/** Half-points: 10.5 pt body text. */
export const BODY_SIZE = 21;
/** Data tables are set a little smaller (9 pt) so that numbers and names fit their columns. */
export const TABLE_SIZE = 18;

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const GRID: ITableCellBorders = { top: RULE, bottom: RULE, left: RULE, right: RULE };
const OPEN: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** Lines of a text become line breaks inside one paragraph. */
export function textRuns(
  text: string,
  opts: { bold?: boolean; italics?: boolean; size?: number } = {},
) {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...opts }));
}

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
};

function cell(
  text: string,
  width: number,
  opts: {
    bold?: boolean;
    align?: DocColumn['align'];
    shade?: boolean;
    borders?: ITableCellBorders;
    size?: number;
    /** Key-value lists read as text, not as a grid: less padding. */
    tight?: boolean;
    /** A heading row stays on the page of the first data row (no orphaned table head). */
    keepNext?: boolean;
  } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: opts.borders ?? GRID,
    margins: { top: opts.tight ? 10 : 40, bottom: opts.tight ? 10 : 40, left: 80, right: 80 },
    shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' } : undefined,
    children: [
      new Paragraph({
        alignment: ALIGN[opts.align ?? 'left'],
        spacing: { after: 0 },
        keepNext: opts.keepNext,
        children: textRuns(text, { bold: opts.bold, size: opts.size }),
      }),
    ],
  });
}

function widths(columns: readonly DocColumn[]): number[] {
  const total = columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  return columns.map((c) => Math.floor(((c.weight ?? 1) / total) * CONTENT_WIDTH));
}

function table(
  columns: readonly DocColumn[],
  rows: readonly string[][],
  totals?: readonly string[],
): Table {
  const w = widths(columns);
  const row = (cells: readonly string[], bold: boolean, shade: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: columns.map((c, i) =>
        cell(cells[i] ?? '', w[i] ?? 0, {
          bold,
          shade,
          // A header sits over its column's values: 'Summe' right above right-aligned numbers.
          align: c.align,
          size: TABLE_SIZE,
          keepNext: header,
        }),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    rows: [
      row(
        columns.map((c) => c.title),
        true,
        true,
        true,
      ),
      ...rows.map((r) => row(r, false, false)),
      ...(totals ? [row(totals, true, true)] : []),
    ],
  });
}

function keyValue(rows: readonly { key: string; value: string }[]): Table {
  const keyWidth = Math.floor(CONTENT_WIDTH * 0.3);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [keyWidth, CONTENT_WIDTH - keyWidth],
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(r.key, keyWidth, { bold: true, borders: OPEN, tight: true }),
            cell(r.value || '–', CONTENT_WIDTH - keyWidth, { borders: OPEN, tight: true }),
          ],
        }),
    ),
  });
}

function form(fields: readonly { label: string; lines?: number }[]): Table {
  const labelWidth = Math.floor(CONTENT_WIDTH * 0.35);
  const line: ITableCellBorders = { ...OPEN, bottom: RULE };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, CONTENT_WIDTH - labelWidth],
    rows: fields.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          // Room to write by hand: about 1 cm per line.
          height: { value: 420 * (f.lines ?? 1), rule: 'atLeast' },
          children: [
            cell(f.label, labelWidth, { borders: OPEN }),
            cell('', CONTENT_WIDTH - labelWidth, { borders: line }),
          ],
        }),
    ),
  });
}

/** One model block as docx elements (a spacer paragraph follows tables). */
export function renderBlock(block: DocBlock): (Paragraph | Table)[] {
  // A small gap after tables (4 pt): tables have no spacing of their own.
  const spacer = new Paragraph({
    spacing: { after: 0, line: 160, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 8 })],
  });
  switch (block.type) {
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: textRuns(block.text, {
            bold: block.emphasis === 'strong',
            italics: block.emphasis === 'note',
            size: block.emphasis === 'note' ? 18 : undefined,
          }),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({ bullet: { level: 0 }, spacing: { after: 40 }, children: textRuns(item) }),
      );
    case 'keyValue':
      return [keyValue(block.rows), spacer];
    case 'table':
      return [table(block.columns, block.rows, block.totals), spacer];
    case 'form':
      return [form(block.fields), spacer];
    case 'choices':
      return [
        new Paragraph({
          spacing: { before: 60, after: 120 },
          children: [
            new TextRun({ text: `${block.label}  `, bold: true }),
            new TextRun({ text: block.options.map((o) => `☐ ${o}`).join('     ') }),
          ],
        }),
      ];
  }
}

export { cell as docxCell, OPEN as OPEN_BORDERS };
