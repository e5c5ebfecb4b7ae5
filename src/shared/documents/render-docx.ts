// DocumentModel → .docx bytes. Every page carries the classification marking at top and bottom
// and, in the footer, the issuing office, the date and "Seite X von Y" (page fields that Word
// and LibreOffice fill in), as the rules for classified material (VS-NfD) require.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { CLASSIFICATION_MARKINGS } from '../catalog/enum-labels';
import {
  BODY_SIZE,
  CONTENT_WIDTH,
  docxCell,
  FONT,
  OPEN_BORDERS,
  a4Section,
  renderBlock,
  textRuns,
} from './docx-blocks';
import type { DocumentModel } from './model';
import { xmlSafeDocument } from './xml-text';

function marking(model: DocumentModel): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [new TextRun({ text: CLASSIFICATION_MARKINGS[model.classification], bold: true })],
  });
}

function footer(model: DocumentModel): Footer {
  const who = [model.issuingOffice, model.date].filter((s) => s.trim() !== '').join(' · ');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 40 },
        children: [
          new TextRun({
            size: 16,
            children: [
              ...(who ? [`${who} · `] : []),
              'Seite ',
              PageNumber.CURRENT,
              ' von ',
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
      marking(model),
    ],
  });
}

function titleBlock(model: DocumentModel): (Paragraph | Table)[] {
  const half = Math.floor(CONTENT_WIDTH / 2);
  const left = [model.issuingOffice, model.fileReference ? `Az.: ${model.fileReference}` : '']
    .filter(Boolean)
    .join('\n');
  const right = [[model.place, model.date].filter(Boolean).join(', '), model.copy]
    .filter(Boolean)
    .join('\n');
  const head = new Table({
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
  });
  const out: (Paragraph | Table)[] = [head];
  if (model.recipient.length > 0)
    out.push(
      new Paragraph({
        spacing: { before: 160, after: 80 },
        children: textRuns(model.recipient.join('\n')),
      }),
    );
  out.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 200, after: model.subtitle ? 40 : 160 },
      children: [new TextRun({ text: model.title })],
    }),
  );
  if (model.subtitle)
    out.push(
      new Paragraph({
        spacing: { after: 120 },
        children: [new TextRun({ text: model.subtitle, bold: true, size: 24 })],
      }),
    );
  return out;
}

function body(model: DocumentModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const s of model.sections) {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: s.pageBreakBefore ?? false,
        keepNext: true,
        children: [new TextRun({ text: s.heading })],
      }),
    );
    for (const b of s.blocks) out.push(...renderBlock(b));
  }
  if (model.signature) {
    const sig = model.signature;
    out.push(
      new Paragraph({ spacing: { before: 480 }, children: textRuns(sig.place) }),
      new Paragraph({
        spacing: { before: 480 },
        children: [new TextRun('____________________________')],
      }),
      new Paragraph({ children: textRuns([sig.name, sig.role].filter(Boolean).join('\n')) }),
    );
  }
  return out;
}

export function buildDocx(input: DocumentModel): Document {
  // The one gate every document passes: user text with XML-illegal characters would make the
  // whole file unreadable to strict readers.
  const model = xmlSafeDocument(input);
  const font = FONT;
  return new Document({
    title: model.title,
    subject: model.subtitle,
    creator: model.issuingOffice || 'Verbundplaner',
    // German hyphenation where the reader supports it (narrow table cells need it).
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: {
          run: { font, size: BODY_SIZE, language: { value: 'de-DE' } },
          paragraph: { spacing: { after: 80, line: 264 } },
        },
        title: { run: { font, size: 30, bold: true, color: '000000' } },
        heading1: {
          run: { font, size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
      },
    },
    sections: [
      a4Section(new Header({ children: [marking(model)] }), footer(model), [
        ...titleBlock(model),
        ...body(model),
      ]),
    ],
  });
}

/** The .docx file as bytes (works in the browser, a worker and Node). */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await Packer.pack(buildDocx(model), 'uint8array');
  // A plain ArrayBuffer is what the host's save request (and IndexedDB) accept everywhere.
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}
