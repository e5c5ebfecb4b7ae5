// Lean tables for the Einsatzbefehl. A briefing of 100 targets holds about 9 000 table cells; the
// shared renderer (docx-blocks.ts) writes borders, margins, size and spacing on every cell and
// run, which made half of the document's XML elements and most of the time docx needs to build
// and pack them (B8). Here the rules and margins sit once on the table, size and spacing in two
// paragraph styles, and a cell whose text, width and look repeat (column heads, key labels,
// "–") is built once per document and shared: docx writes a shared component again wherever it
// stands, so the XML is the same as with separate copies.
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
  type IParagraphStyleOptions,
  type ITableBordersOptions,
} from 'docx';
import { CONTENT_WIDTH, renderBlock, TABLE_SIZE } from '../docx-blocks';
import type { DocBlock, DocColumn } from '../model';

/** Paragraph styles of table text: plain cells, and heads (bold, kept with the next row). */
export const TABLE_STYLES: IParagraphStyleOptions[] = [
  {
    id: 'VpCell',
    name: 'Tabelle',
    run: { size: TABLE_SIZE },
    paragraph: { spacing: { after: 0 } },
  },
  {
    id: 'VpCellHead',
    name: 'Tabellenkopf',
    basedOn: 'VpCell',
    run: { bold: true },
    paragraph: { keepNext: true },
  },
  // Key-value lists read as text: body size.
  { id: 'VpKey', name: 'Angabe', paragraph: { spacing: { after: 0 } } },
];

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const GRID: ITableBordersOptions = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: RULE,
  insideVertical: RULE,
};
const OPEN: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const ALIGN = { left: undefined, right: AlignmentType.RIGHT, center: AlignmentType.CENTER };

type Look = 'cell' | 'head' | 'total' | 'key' | 'value';

/** Builds the cells of one document, sharing a cell wherever the same one is asked again. */
export class CellCache {
  private readonly cells = new Map<string, TableCell>();

  cell(text: string, width: number, look: Look, align: DocColumn['align'] = 'left'): TableCell {
    const key = `${look}|${align}|${width}|${text}`;
    const known = this.cells.get(key);
    if (known) return known;
    const made = new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading:
        look === 'head' || look === 'total'
          ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' }
          : undefined,
      children: [
        new Paragraph({
          style:
            look === 'head'
              ? 'VpCellHead'
              : look === 'key' || look === 'value'
                ? 'VpKey'
                : 'VpCell',
          alignment: look === 'head' ? undefined : ALIGN[align ?? 'left'],
          children: text.split(/\r?\n/).map(
            (line, i) =>
              new TextRun({
                text: line,
                break: i > 0 ? 1 : undefined,
                bold: look === 'total' || look === 'key' ? true : undefined,
              }),
          ),
        }),
      ],
    });
    this.cells.set(key, made);
    return made;
  }
}

function widths(columns: readonly DocColumn[]): number[] {
  const total = columns.reduce((s, c) => s + (c.weight ?? 1), 0);
  return columns.map((c) => Math.floor(((c.weight ?? 1) / total) * CONTENT_WIDTH));
}

function table(cache: CellCache, b: Extract<DocBlock, { type: 'table' }>): Table {
  const w = widths(b.columns);
  const row = (cells: readonly string[], look: Look) =>
    new TableRow({
      tableHeader: look === 'head',
      cantSplit: true,
      children: b.columns.map((c, i) => cache.cell(cells[i] ?? '', w[i] ?? 0, look, c.align)),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    borders: GRID,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      row(
        b.columns.map((c) => c.title),
        'head',
      ),
      ...b.rows.map((r) => row(r, 'cell')),
      ...(b.totals ? [row(b.totals, 'total')] : []),
    ],
  });
}

function keyValue(cache: CellCache, b: Extract<DocBlock, { type: 'keyValue' }>): Table {
  const keyWidth = Math.floor(CONTENT_WIDTH * 0.3);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [keyWidth, CONTENT_WIDTH - keyWidth],
    borders: OPEN,
    margins: { top: 10, bottom: 10, left: 80, right: 80 },
    rows: b.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            cache.cell(r.key, keyWidth, 'key'),
            cache.cell(r.value || '–', CONTENT_WIDTH - keyWidth, 'value'),
          ],
        }),
    ),
  });
}

/** The 4 pt gap after a table (tables have no spacing of their own); one per document. */
function spacer(): Paragraph {
  return new Paragraph({
    spacing: { after: 0, line: 160, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 8 })],
  });
}

/** A model block as docx elements; tables lean, everything else as in the shared renderer. */
export function briefingBlockRenderer(): (b: DocBlock) => (Paragraph | Table)[] {
  const cache = new CellCache();
  const gap = spacer();
  return (b) => {
    if (b.type === 'table') return [table(cache, b), gap];
    if (b.type === 'keyValue') return [keyValue(cache, b), gap];
    return renderBlock(b);
  };
}
