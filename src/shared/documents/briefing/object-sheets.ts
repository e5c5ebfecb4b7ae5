// Annex B: one object sheet per target — map extract, address, access, operator, risks and
// measures, the team and its members per agency, legal basis per agency, access time H+x.
import { premisesKind } from '../../catalog';
import { RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS } from '../../catalog/enum-labels';
import type { Agency } from '../../domain/agency';
import type { Premises } from '../../domain/premises';
import type { PlanSnapshot } from '../../domain/revision';
import type { OperationTarget } from '../../domain/target';
import { offsetToInstant, formatOffset } from '../../time/h-hour';
import { teamsByTarget } from '../../roster/totals';
import { docDateTime } from '../format';
import { agencyName } from '../plan-text';
import { imageBlock, type BriefingImages } from './images';
import type { BriefingBlock, BriefingSection } from './model';

export function addressText(p: Premises | undefined): string {
  if (!p) return '';
  const a = p.address;
  return [
    `${a.street} ${a.houseNumber}`.trim(),
    `${a.postalCode} ${a.city}`.trim(),
    a.district ? `(${a.district})` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** "Objekt 1: Shisha-Lounge Beispiel"; one of them when the other is empty or the same. */
export function targetTitle(t: OperationTarget, p: Premises | undefined): string {
  const label = t.label.trim();
  const name = p?.name.trim() ?? '';
  return label && name && label !== name ? `${label}: ${name}` : label || name;
}

export function accessText(plan: PlanSnapshot, t: OperationTarget): string {
  const h = plan.operation.hHour;
  const off = formatOffset(t.accessOffsetMinutes);
  return h ? `${off} (${docDateTime(offsetToInstant(h, t.accessOffsetMinutes))})` : off;
}

interface SheetContext {
  plan: PlanSnapshot;
  premisesById: ReadonlyMap<string, Premises>;
  byId: ReadonlyMap<string, Agency>;
  images: BriefingImages;
  /** Redacted copies get no map and no photos (they would show where the target is). */
  redacted: boolean;
}

/** Per team sent to the target: a line with call sign and leader, then its people per agency. */
function teamBlocks(ctx: SheetContext, targetId: string): BriefingBlock[] {
  const teamIds = teamsByTarget(ctx.plan).get(targetId) ?? [];
  const partById = new Map(ctx.plan.participations.map((p) => [p.id, p]));
  const teams = ctx.plan.teams.filter((t) => teamIds.includes(t.id));
  if (teams.length === 0) return [{ type: 'paragraph', text: 'Noch kein Team eingeteilt.' }];
  return teams.flatMap((team): BriefingBlock[] => [
    {
      type: 'paragraph',
      text: [
        team.name,
        team.callSign ? `Rufname ${team.callSign}` : '',
        team.leader.name ? `Führung ${team.leader.name}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    },
    {
      type: 'table',
      columns: [
        { title: 'Behörde', weight: 4 },
        { title: 'Kräfte', weight: 1, align: 'right' },
        { title: 'Namen', weight: 3 },
      ],
      rows: team.members
        .filter((m) => m.count > 0)
        .map((m) => [
          agencyName(partById.get(m.participationId)?.agencyId ?? null, ctx.byId),
          String(m.count),
          m.names,
        ]),
    },
  ]);
}

export function objectSheet(
  ctx: SheetContext,
  target: OperationTarget,
  number: string,
): BriefingSection {
  const p = ctx.premisesById.get(target.premisesId);
  const name = targetTitle(target, p);
  const blocks: BriefingBlock[] = [];
  blocks.push(
    ctx.redacted
      ? {
          type: 'paragraph',
          emphasis: 'note',
          text: 'Kartenausschnitt, Anschrift und Fotos werden in der Einsatzbesprechung ausgegeben.',
        }
      : imageBlock(
          ctx.images.objectMaps.get(target.id),
          `Kartenausschnitt ${name}`,
          'Kein Kartenausschnitt: das Objekt hat keine Koordinaten.',
          // Small enough that a sheet with a few teams stays on one page.
          300,
        ),
  );
  blocks.push({
    type: 'keyValue',
    rows: [
      { key: 'Objekt', value: name },
      { key: 'Art', value: p ? (premisesKind(p.kind)?.label.de ?? p.kind) : '' },
      { key: 'Anschrift', value: addressText(p) },
      { key: 'Zugriff', value: accessText(ctx.plan, target) },
      { key: 'Zugangshinweise', value: p?.accessNotes ?? '' },
      {
        key: 'Betreiber',
        value: p
          ? [p.operator.name, p.operator.legalForm, p.operator.notes].filter(Boolean).join(', ')
          : '',
      },
      { key: 'Anlass', value: target.reason },
      { key: 'Hinweise', value: target.notes },
    ],
  });
  const risks = p?.risks ?? [];
  blocks.push(
    { type: 'paragraph', emphasis: 'strong', text: 'Gefahren und Maßnahmen' },
    risks.length === 0 && !p?.riskNotes
      ? { type: 'paragraph', text: 'Keine objektbezogenen Gefahren erfasst.' }
      : {
          type: 'table',
          columns: [
            { title: 'Gefahr', weight: 2 },
            { title: 'Stufe', weight: 1 },
            { title: 'Erkenntnisse', weight: 3 },
            { title: 'Maßnahmen', weight: 3 },
          ],
          rows: [
            ...risks.map((r) => [
              RISK_CATEGORY_LABELS[r.category].de,
              RISK_LEVEL_LABELS[r.level].de,
              r.findings,
              r.measures,
            ]),
            ...(p?.riskNotes ? [['Hinweise', '', p.riskNotes, '']] : []),
          ],
        },
    { type: 'paragraph', emphasis: 'strong', text: 'Kräfte' },
    ...teamBlocks(ctx, target.id),
    { type: 'paragraph', emphasis: 'strong', text: 'Rechtsgrundlagen' },
    {
      type: 'table',
      columns: [
        { title: 'Behörde', weight: 1 },
        { title: 'Rechtsgrundlage', weight: 2 },
      ],
      rows: target.legalBasis.map((l) => [agencyName(l.agencyId, ctx.byId), l.basis]),
    },
  );
  if (!ctx.redacted)
    (ctx.images.photos.get(target.id) ?? []).forEach((photo, i) =>
      blocks.push(imageBlock(photo, `Foto ${i + 1}: ${name}`, '', 300)),
    );
  return {
    key: `annex:B:${target.id}`,
    number,
    heading: `Objektblatt ${name}`,
    level: 1,
    pageBreakBefore: true,
    blocks,
  };
}

export type { SheetContext };
