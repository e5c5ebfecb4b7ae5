// The Einsatzbefehl as data: title page, the five numbered parts, annexes and team cards. Pure
// values (images are PNG bytes the caller supplies), rendered to docx by render-briefing.ts and
// to the print layout by the renderer, so both outputs say the same thing in the same order.
import type { Classification } from '../../domain/operation';
import type { DocBlock } from '../model';

/** A picture slot: a map extract or a photo. `png` null prints a visible placeholder line. */
export interface ImageBlock {
  type: 'image';
  png: Uint8Array | null;
  format: 'png' | 'jpg';
  /** Size on the page in pixels at 96 dpi (docx ImageRun); aspect kept by the caller. */
  width: number;
  height: number;
  caption: string;
  /** Printed instead of the picture when `png` is null (never an empty gap). */
  missing: string;
}

export type BriefingBlock = DocBlock | ImageBlock;

export interface BriefingSection {
  /** Stable key (`part:situation`, `annex:B:<targetId>`); tests and the print layout use it. */
  key: string;
  /** "1", "3.2", "Anlage B" … printed before the heading; empty for none. */
  number: string;
  heading: string;
  level: 1 | 2;
  /** A part graded differently from the whole document carries its own marking. */
  classification?: Classification;
  pageBreakBefore?: boolean;
  blocks: BriefingBlock[];
}

/** Who holds this copy; null for a draft (drafts get no numbered copies). */
export interface CopyMark {
  number: number;
  total: number;
  recipient: string;
}

export interface BriefingModel {
  /** The order itself (title page, signature) or the team cards (one page per team). */
  kind: 'order' | 'cards';
  classification: Classification;
  exercise: boolean;
  /** The plan is not approved: ENTWURF on every page, no copy numbers. */
  draft: boolean;
  revision: number;
  copy: CopyMark | null;
  /** "Auszug für …" when the copy is a need-to-know copy; empty for the full order. */
  extractFor: string;
  /** Targets appear as "Objekt n" only (target list not released for the recipient). */
  redacted: boolean;
  title: string;
  codeName: string;
  issuingOffice: string;
  place: string;
  date: string;
  fileReference: string;
  /** "freigegeben mit N offenen Pflichtpunkten" or the approval line; empty for none. */
  approvalNote: string;
  /** Parts 1–5 and the annexes in print order. */
  sections: BriefingSection[];
  signature: { place: string; name: string; role: string };
}

/** The marking line for a document: classification plus ÜBUNG / ENTWURF where they apply. */
export function pageMarks(model: Pick<BriefingModel, 'exercise' | 'draft'>): string[] {
  return [...(model.exercise ? ['ÜBUNG'] : []), ...(model.draft ? ['ENTWURF'] : [])];
}

/** "Ausfertigung 2 von 5" or, for drafts, the reason there is none. */
export function copyLine(model: Pick<BriefingModel, 'copy' | 'draft'>): string {
  if (model.copy) return `Ausfertigung ${model.copy.number} von ${model.copy.total}`;
  return model.draft ? 'Entwurf – keine gezählte Ausfertigung' : '';
}
