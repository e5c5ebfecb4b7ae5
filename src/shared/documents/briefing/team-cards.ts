// Auftragskarten: one page per team for its leader — targets with address and access time,
// members with call sign, meeting point and time, H, talk group, map extract, risks.
import { RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS } from '../../catalog/enum-labels';
import type { Team } from '../../domain/team';
import { docDateTime } from '../format';
import { agencyName, hHourText, placeText } from '../plan-text';
import { imageBlock } from './images';
import type { BriefingBlock, BriefingSection } from './model';
import { accessText, addressText, targetTitle, type SheetContext } from './object-sheets';

export function teamCard(ctx: SheetContext, team: Team, first: boolean): BriefingSection {
  const plan = ctx.plan;
  const fw = plan.operation.framework;
  const partById = new Map(plan.participations.map((p) => [p.id, p]));
  const group = plan.comms.find((c) => c.type === 'talk_group' && c.id === team.talkGroupId);
  const targets = plan.targets.filter((t) => t.teamId === team.id || team.targetIds.includes(t.id));
  const blocks: BriefingBlock[] = [
    {
      type: 'keyValue',
      rows: [
        { key: 'Rufname', value: team.callSign },
        { key: 'Führung', value: [team.leader.name, team.leader.phone].filter(Boolean).join(', ') },
        { key: 'Sprechgruppe', value: group?.name ?? '' },
        { key: 'Zugriff (H)', value: hHourText(plan) },
        {
          key: 'Treffpunkt',
          value: [
            fw.execution.briefingMeeting.at ? docDateTime(fw.execution.briefingMeeting.at) : '',
            placeText(fw.support.assemblyPoint),
          ]
            .filter(Boolean)
            .join('\n'),
        },
        { key: 'Auftrag', value: team.notes },
      ],
    },
    {
      type: 'table',
      columns: [
        { title: 'Behörde', weight: 3 },
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
  ];
  // One table for the targets keeps a card on one page; the maps follow it.
  blocks.push({
    type: 'table',
    columns: [
      { title: 'Objekt', weight: 2.2 },
      { title: 'Anschrift', weight: 2.2 },
      { title: 'Zugriff', weight: 1.6 },
      { title: 'Zugang und Gefahren', weight: 4 },
    ],
    rows: targets.map((t) => {
      const p = ctx.premisesById.get(t.premisesId);
      const risks = (p?.risks ?? []).map(
        (r) =>
          `${RISK_CATEGORY_LABELS[r.category].de} (${RISK_LEVEL_LABELS[r.level].de}): ${r.measures}`,
      );
      return [
        targetTitle(t, p),
        addressText(p),
        accessText(plan, t),
        [p?.accessNotes ?? '', ...risks].filter(Boolean).join('\n'),
      ];
    }),
  });
  if (!ctx.redacted)
    for (const t of targets)
      blocks.push(
        imageBlock(
          ctx.images.objectMaps.get(t.id),
          `Kartenausschnitt ${targetTitle(t, ctx.premisesById.get(t.premisesId))}`,
          'Kein Kartenausschnitt: das Objekt hat keine Koordinaten.',
          // A card is one page: several targets share the room of one map.
          Math.max(90, Math.floor(200 / targets.length)),
        ),
      );
  return {
    key: `card:${team.id}`,
    number: '',
    heading: `Auftragskarte ${team.name}`,
    level: 1,
    pageBreakBefore: !first,
    blocks,
  };
}
