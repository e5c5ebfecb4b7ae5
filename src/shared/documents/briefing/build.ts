// plan → BriefingModel: the Einsatzbefehl (full or a recipient's need-to-know copy) and the
// team cards. Pure: the caller passes the plan, the register, the time and the pictures.
import { CLASSIFICATION_MARKINGS } from '../../catalog/enum-labels';
import { isTargetListReleased } from '../../domain/target-release';
import { approvalLine } from '../approval-note';
import { docDate } from '../format';
import { agencyName, codeNameLine, placeOfOperation } from '../plan-text';
import type { DocumentSource } from '../source';
import { commsAnnex, distributionAnnex, forcesAnnex, mapAnnex, timelineAnnex } from './annexes';
import type { DistributionCopy } from './distribution';
import { briefingHeadings, type BriefingHeadings } from './headings';
import type { BriefingImages } from './images';
import type { BriefingModel, BriefingSection, CopyMark } from './model';
import { objectSheet, type SheetContext } from './object-sheets';
import { orderParts } from './parts';
import { redactSource, scrubText, sensitiveTexts } from './redaction';
import { inScope, orderedTargets, type BriefingScope } from './scope';
import { teamCard } from './team-cards';
import { mapTexts } from './walk';

export interface BriefingInput {
  source: DocumentSource;
  images: BriefingImages;
  /** The installation's renamed headings (defaults where absent). */
  headings?: Partial<BriefingHeadings>;
  scope: BriefingScope;
  /** The numbered copy this export is; null for drafts and unnumbered prints. */
  copy: CopyMark | null;
  register: readonly DistributionCopy[];
  /** The person signing (defaults to the operation lead). */
  signature?: { name: string; role: string };
}

/** Whether the copy for `scope` must hide the targets (late release, see target-release.ts). */
export function isRedacted(input: Pick<BriefingInput, 'source' | 'scope'>): boolean {
  if (input.scope.kind === 'full') return false;
  const op = input.source.plan.operation;
  return !isTargetListReleased(op.targetRelease, input.scope.agencyId, new Date(input.source.now));
}

interface Built {
  source: DocumentSource;
  redacted: boolean;
  sheetCtx: SheetContext;
  finish: (m: BriefingModel) => BriefingModel;
}

function prepare(input: BriefingInput): Built {
  const redacted = isRedacted(input);
  const source = redacted ? redactSource(input.source) : input.source;
  const sensitive = redacted ? sensitiveTexts(input.source) : [];
  return {
    source,
    redacted,
    sheetCtx: {
      plan: source.plan,
      premisesById: new Map(source.premises.map((p) => [p.id, p])),
      byId: new Map(source.agencies.map((a) => [a.id, a])),
      images: input.images,
      redacted,
    },
    // The safety net: no original name or street survives in any text of a redacted copy.
    finish: (m) => (redacted ? mapTexts(m, (t) => scrubText(t, sensitive)) : m),
  };
}

function header(
  input: BriefingInput,
  b: Built,
  kind: BriefingModel['kind'],
): Omit<BriefingModel, 'sections'> {
  const { plan, agencies, premises, issuingOffice, now } = b.source;
  const op = plan.operation;
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const draft = op.approval === null;
  const lead = op.operationLead;
  return {
    kind,
    classification: op.classification,
    exercise: op.exercise,
    draft,
    revision: op.revision,
    copy: draft ? null : input.copy,
    extractFor:
      input.scope.kind === 'agency' ? `Auszug für ${agencyName(input.scope.agencyId, byId)}` : '',
    redacted: b.redacted,
    title: kind === 'order' ? 'Einsatzbefehl' : 'Auftragskarten',
    codeName: codeNameLine(plan),
    issuingOffice: issuingOffice || agencyName(op.leadAgencyId, byId),
    place: placeOfOperation(plan, premises),
    date: docDate(now),
    fileReference: op.fileReference,
    approvalNote: approvalLine(plan),
    signature: {
      place: [placeOfOperation(plan, premises), docDate(now)].filter(Boolean).join(', '),
      name: input.signature?.name ?? lead.name,
      role: input.signature?.role ?? lead.function,
    },
  };
}

/** The Einsatzbefehl: parts 1–5, then annexes A–F. */
export function briefingModel(input: BriefingInput): BriefingModel {
  const b = prepare(input);
  const headings = briefingHeadings(input.headings);
  const { plan } = b.source;
  const targets = orderedTargets(plan);
  const sheetRef = new Map(targets.map((t, i) => [t.id, `Anlage B.${i + 1}`]));
  const premisesName = (id: string) => b.sheetCtx.premisesById.get(id)?.name ?? '';
  const sheets = targets
    .map((t, i) => ({ t, number: `Anlage B.${i + 1}` }))
    .filter(({ t }) => inScope(input.scope, 'target', t.id))
    // The first sheet shares the page of the annex heading (no page with one line on it).
    .map(({ t, number }, i) => ({
      ...objectSheet(b.sheetCtx, t, number),
      pageBreakBefore: i > 0,
    }));
  const sections: BriefingSection[] = [
    ...orderParts({
      source: b.source,
      headings,
      scope: input.scope,
      byId: b.sheetCtx.byId,
      sheetRef,
    }),
    ...forcesAnnex(b.source, headings),
    {
      key: 'annex:B',
      number: 'Anlage B',
      heading: headings.annexB,
      level: 1,
      pageBreakBefore: true,
      blocks: [
        {
          type: 'paragraph',
          text:
            sheets.length === 0
              ? 'Kein Objektblatt in dieser Ausfertigung.'
              : `${sheets.length} Objektblätter, je eines auf einer neuen Seite.`,
        },
      ],
    },
    ...sheets,
    timelineAnnex(plan, premisesName, headings),
    commsAnnex(plan, b.sheetCtx.byId, headings),
    mapAnnex(input.images.situationMap, b.redacted, headings),
    distributionAnnex(input.register, headings),
  ];
  return b.finish({ ...header(input, b, 'order'), sections });
}

/** Auftragskarten of the teams in scope, one page each. */
export function teamCardsModel(input: BriefingInput): BriefingModel {
  const b = prepare(input);
  const teams = [...b.source.plan.teams]
    .sort((x, y) => x.order - y.order)
    .filter((t) => inScope(input.scope, 'team', t.id));
  return b.finish({
    ...header(input, b, 'cards'),
    sections: teams.map((t, i) => teamCard(b.sheetCtx, t, i === 0)),
  });
}

/** "VS – NUR FÜR DEN DIENSTGEBRAUCH" for a part's own grade. */
export const markingOf = (m: BriefingModel['classification']): string => CLASSIFICATION_MARKINGS[m];
