// BriefingModel → .docx bytes. Every page carries, top and bottom, the classification marking
// (plus ÜBUNG / ENTWURF where they apply) and, in the footer, copy number, revision and
// "Seite X von Y" as page fields that Word and LibreOffice fill in. There is no table of
// contents: docx cannot hold real page numbers without a layout engine, and an estimate that
// disagrees with the printed pages is worse than none — the title page lists parts and annexes
// instead (see docs/ARCHITECTURE.md).
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { CLASSIFICATION_MARKINGS } from '../../catalog/enum-labels';
import {
  BODY_SIZE,
  CONTENT_WIDTH,
  docxCell,
  FONT,
  OPEN_BORDERS,
  a4Section,
  textRuns,
} from '../docx-blocks';
import type { DocBlock } from '../model';
import { xmlSafeText } from '../xml-text';
import { briefingBlockRenderer, TABLE_STYLES } from './docx-tables';
import { copyLine, pageMarks, type BriefingBlock, type BriefingModel } from './model';
import { mapTexts } from './walk';

type Element = Paragraph | Table;

function markLine(model: BriefingModel): Paragraph {
  const text = [CLASSIFICATION_MARKINGS[model.classification], ...pageMarks(model)].join(' · ');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [new TextRun({ text, bold: true })],
  });
}

function footer(model: BriefingModel): Footer {
  const who = [model.issuingOffice, model.date].filter((s) => s.trim() !== '').join(' · ');
  const copy = copyLine(model);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 20 },
        children: [
          new TextRun({
            size: 16,
            text: [who, copy, `Revision ${model.revision}`].filter(Boolean).join(' · '),
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 40 },
        children: [
          new TextRun({
            size: 16,
            children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
      markLine(model),
    ],
  });
}

function image(block: Extract<BriefingBlock, { type: 'image' }>): Paragraph[] {
  if (!block.png)
    return block.missing
      ? [new Paragraph({ children: [new TextRun({ text: block.missing, italics: true })] })]
      : [];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // The document's fixed line pitch would clip the picture to one line (seen in LibreOffice).
      spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: block.format,
          data: block.png,
          transformation: { width: block.width, height: block.height },
          altText: { name: block.caption, description: block.caption, title: block.caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: block.caption, italics: true, size: 16 })],
    }),
  ];
}

type BlockRenderer = (b: DocBlock) => Element[];

function titlePage(model: BriefingModel): Element[] {
  const half = Math.floor(CONTENT_WIDTH / 2);
  const left = [model.issuingOffice, model.fileReference ? `Az.: ${model.fileReference}` : '']
    .filter(Boolean)
    .join('\n');
  const right = [[model.place, model.date].filter(Boolean).join(', '), copyLine(model)]
    .filter(Boolean)
    .join('\n');
  const out: Element[] = [
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: [half, CONTENT_WIDTH - half],
      rows: [
        new TableRow({
          children: [
            docxCell(left, half, { bold: true, borders: OPEN_BORDERS }),
            docxCell(right, CONTENT_WIDTH - half, { align: 'right', borders: OPEN_BORDERS }),
          ],
        }),
      ],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 1200, after: 120 },
      children: [new TextRun({ text: model.title })],
    }),
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text: model.codeName, bold: true, size: 26 })],
    }),
  ];
  for (const line of [
    model.extractFor,
    model.copy ? `Empfänger: ${model.copy.recipient}` : '',
    model.redacted ? 'Zielobjekte nicht freigegeben: Objekte nur als „Objekt 1 … n“.' : '',
    `Freigabe: ${model.approvalNote}`,
  ])
    if (line) out.push(new Paragraph({ spacing: { after: 80 }, children: textRuns(line) }));
  if (model.kind === 'order') {
    out.push(
      new Paragraph({
        spacing: { before: 360, after: 80 },
        children: [new TextRun({ text: 'Gliederung', bold: true })],
      }),
      ...model.sections
        .filter((s) => s.level === 1 && !s.key.startsWith('annex:B:'))
        .map(
          (s) =>
            new Paragraph({
              spacing: { after: 20 },
              children: [new TextRun(`${s.number}  ${s.heading}`)],
            }),
        ),
    );
  }
  return out;
}

function signature(model: BriefingModel): Paragraph[] {
  const sig = model.signature;
  return [
    new Paragraph({ spacing: { before: 480 }, children: textRuns(sig.place) }),
    new Paragraph({
      spacing: { before: 480 },
      children: [new TextRun('____________________________')],
    }),
    new Paragraph({ children: textRuns([sig.name, sig.role].filter(Boolean).join('\n')) }),
  ];
}

function cardHead(model: BriefingModel): Element[] {
  return [
    new Paragraph({
      spacing: { after: 60 },
      children: textRuns(
        [model.codeName, [model.issuingOffice, model.fileReference].filter(Boolean).join(' · ')]
          .filter(Boolean)
          .join('\n'),
        { size: 18 },
      ),
    }),
  ];
}

function body(model: BriefingModel): Element[] {
  const render: BlockRenderer = briefingBlockRenderer();
  const out: Element[] = [];
  let signed = model.kind !== 'order';
  model.sections.forEach((s, i) => {
    if (!signed && s.key.startsWith('annex:')) {
      out.push(...signature(model));
      signed = true;
    }
    out.push(
      new Paragraph({
        heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        // The order's body starts after the title page; annexes and sheets on their own pages.
        pageBreakBefore: s.pageBreakBefore ?? (model.kind === 'order' && i === 0),
        keepNext: true,
        children: [new TextRun({ text: [s.number, s.heading].filter(Boolean).join('  ') })],
      }),
    );
    // A card is handed out alone: it names the operation and copy under its heading.
    if (model.kind === 'cards') out.push(...cardHead(model));
    if (s.classification)
      out.push(
        new Paragraph({
          spacing: { after: 80 },
          children: [
            new TextRun({
              text: `Dieser Teil: ${CLASSIFICATION_MARKINGS[s.classification]}`,
              bold: true,
            }),
          ],
        }),
      );
    for (const b of s.blocks) out.push(...(b.type === 'image' ? image(b) : render(b)));
  });
  if (!signed) out.push(...signature(model));
  return out;
}

export function buildBriefingDocx(input: BriefingModel): Document {
  // The one cleaning every document passes (xml-text.ts), applied to every text of the model.
  const model = mapTexts(input, xmlSafeText);
  const children =
    model.kind === 'order'
      ? [...titlePage(model), ...body(model)]
      : model.sections.length > 0
        ? body(model)
        : [new Paragraph({ children: [new TextRun('Keine Teams in dieser Ausfertigung.')] })];
  return new Document({
    title: `${model.title} ${model.codeName}`,
    creator: model.issuingOffice || 'Verbundplaner',
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: 'de-DE' } },
          paragraph: { spacing: { after: 80, line: 264 } },
        },
        title: { run: { font: FONT, size: 40, bold: true, color: '000000' } },
        heading1: {
          run: { font: FONT, size: 26, bold: true, color: '000000' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        heading2: {
          run: { font: FONT, size: 22, bold: true, color: '000000' },
          paragraph: { spacing: { before: 140, after: 60 } },
        },
      },
      paragraphStyles: TABLE_STYLES,
    },
    sections: [a4Section(new Header({ children: [markLine(model)] }), footer(model), children)],
  });
}

/** The .docx file as bytes (browser, worker and Node). */
export async function renderBriefingDocx(model: BriefingModel): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await Packer.pack(buildBriefingDocx(model), 'uint8array');
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}
