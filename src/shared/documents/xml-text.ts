// Text that can stand in a document's XML. A Word file is XML, and XML 1.0 allows only TAB, LF,
// CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. Anything else in user text (C0 control
// characters, U+FFFE/U+FFFF, unpaired surrogate halves) makes a strict reader refuse the whole
// file. Every document passes through `xmlSafeDocument` before rendering, so a new builder or
// block is covered without thinking of it.
import type { DocBlock, DocSection, DocumentModel } from './model';

/** What an illegal character becomes: visible (a "�" in the text), never silently dropped. */
export const ILLEGAL_CHARACTER_MARK = '\uFFFD';

// With the `u` flag a lone surrogate half is one code point and falls outside every range here.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` with every character XML 1.0 forbids replaced by U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(ILLEGAL, ILLEGAL_CHARACTER_MARK);
}

const clean = (texts: readonly string[]): string[] => texts.map(xmlSafeText);

function xmlSafeBlock(block: DocBlock): DocBlock {
  switch (block.type) {
    case 'paragraph':
      return { ...block, text: xmlSafeText(block.text) };
    case 'bullets':
      return { ...block, items: clean(block.items) };
    case 'keyValue':
      return {
        ...block,
        rows: block.rows.map((r) => ({ key: xmlSafeText(r.key), value: xmlSafeText(r.value) })),
      };
    case 'table':
      return {
        ...block,
        columns: block.columns.map((c) => ({ ...c, title: xmlSafeText(c.title) })),
        rows: block.rows.map(clean),
        ...(block.totals ? { totals: clean(block.totals) } : {}),
      };
    case 'form':
      return { ...block, fields: block.fields.map((f) => ({ ...f, label: xmlSafeText(f.label) })) };
    case 'choices':
      return { ...block, label: xmlSafeText(block.label), options: clean(block.options) };
  }
}

function xmlSafeSection(section: DocSection): DocSection {
  return {
    ...section,
    heading: xmlSafeText(section.heading),
    blocks: section.blocks.map(xmlSafeBlock),
  };
}

/** The model with every text XML-safe; the classification is a code, not text. */
export function xmlSafeDocument(model: DocumentModel): DocumentModel {
  const sig = model.signature;
  return {
    ...model,
    title: xmlSafeText(model.title),
    subtitle: xmlSafeText(model.subtitle),
    issuingOffice: xmlSafeText(model.issuingOffice),
    place: xmlSafeText(model.place),
    date: xmlSafeText(model.date),
    fileReference: xmlSafeText(model.fileReference),
    copy: xmlSafeText(model.copy),
    recipient: clean(model.recipient),
    sections: model.sections.map(xmlSafeSection),
    signature: sig
      ? { place: xmlSafeText(sig.place), name: xmlSafeText(sig.name), role: xmlSafeText(sig.role) }
      : null,
  };
}
