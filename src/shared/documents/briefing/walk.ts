// One pass over every text of a briefing model: used to scrub redacted copies and to clean
// XML-illegal characters, so neither can miss a field added later.
import type { DocBlock } from '../model';
import type { BriefingBlock, BriefingModel, BriefingSection } from './model';

type TextMap = (text: string) => string;

function mapDocBlock(b: DocBlock, f: TextMap): DocBlock {
  switch (b.type) {
    case 'paragraph':
      return { ...b, text: f(b.text) };
    case 'bullets':
      return { ...b, items: b.items.map(f) };
    case 'keyValue':
      return { ...b, rows: b.rows.map((r) => ({ key: f(r.key), value: f(r.value) })) };
    case 'table':
      return {
        ...b,
        columns: b.columns.map((c) => ({ ...c, title: f(c.title) })),
        rows: b.rows.map((r) => r.map(f)),
        ...(b.totals ? { totals: b.totals.map(f) } : {}),
      };
    case 'form':
      return { ...b, fields: b.fields.map((x) => ({ ...x, label: f(x.label) })) };
    case 'choices':
      return { ...b, label: f(b.label), options: b.options.map(f) };
  }
}

function mapBlock(b: BriefingBlock, f: TextMap): BriefingBlock {
  if (b.type === 'image') return { ...b, caption: f(b.caption), missing: f(b.missing) };
  return mapDocBlock(b, f);
}

function mapSection(s: BriefingSection, f: TextMap): BriefingSection {
  return {
    ...s,
    number: f(s.number),
    heading: f(s.heading),
    blocks: s.blocks.map((b) => mapBlock(b, f)),
  };
}

/** The model with `f` applied to every text (codes and numbers stay as they are). */
export function mapTexts(m: BriefingModel, f: TextMap): BriefingModel {
  return {
    ...m,
    copy: m.copy ? { ...m.copy, recipient: f(m.copy.recipient) } : null,
    extractFor: f(m.extractFor),
    title: f(m.title),
    codeName: f(m.codeName),
    issuingOffice: f(m.issuingOffice),
    place: f(m.place),
    date: f(m.date),
    fileReference: f(m.fileReference),
    approvalNote: f(m.approvalNote),
    sections: m.sections.map((s) => mapSection(s, f)),
    signature: {
      place: f(m.signature.place),
      name: f(m.signature.name),
      role: f(m.signature.role),
    },
  };
}

/** Every text of the model in print order (tests check redaction over all of them). */
export function allTexts(m: BriefingModel): string[] {
  const out: string[] = [];
  mapTexts(m, (t) => {
    out.push(t);
    return t;
  });
  return out;
}
