// The document model: what a printable document says, independent of the file format. Builders
// (request sheet, force overview, later the briefing) produce it; renderDocx turns it into Word.
import type { Classification } from '../domain/operation';

export interface DocumentModel {
  /** Printed at the top and bottom of every page (CLASSIFICATION_MARKINGS). */
  classification: Classification;
  title: string;
  subtitle: string;
  /** Title block and footer. */
  issuingOffice: string;
  place: string;
  /** As printed, e.g. "20.11.2026". */
  date: string;
  fileReference: string;
  /** "Ausfertigung 1 von 3"; empty when copies are not counted. */
  copy: string;
  /** Addressee lines above the title (request sheets); empty for none. */
  recipient: string[];
  sections: DocSection[];
  /** Closing signature line; null for none. */
  signature: { place: string; name: string; role: string } | null;
}

export interface DocSection {
  heading: string;
  blocks: DocBlock[];
  /** Starts on a new page (annexes). */
  pageBreakBefore?: boolean;
}

export interface DocColumn {
  title: string;
  /** Relative width; columns without one share the rest. */
  weight?: number;
  align?: 'left' | 'right' | 'center';
}

export type DocBlock =
  | { type: 'paragraph'; text: string; emphasis?: 'strong' | 'note' }
  | { type: 'bullets'; items: string[] }
  | { type: 'keyValue'; rows: { key: string; value: string }[] }
  | { type: 'table'; columns: DocColumn[]; rows: string[][]; totals?: string[] }
  /** Blank lines to be filled in by hand (the reply part of a request sheet). */
  | { type: 'form'; fields: { label: string; lines?: number }[] }
  /** Tick boxes on one line ("☐ bestätigt ☐ teilweise …"). */
  | { type: 'choices'; label: string; options: string[] };

/** An empty model to start from (tests and builders fill in what they need). */
export function emptyDocument(fields: Partial<DocumentModel> = {}): DocumentModel {
  return {
    classification: 'vs_nfd',
    title: '',
    subtitle: '',
    issuingOffice: '',
    place: '',
    date: '',
    fileReference: '',
    copy: '',
    recipient: [],
    sections: [],
    signature: null,
    ...fields,
  };
}
