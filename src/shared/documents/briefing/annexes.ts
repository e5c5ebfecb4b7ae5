// Annexes A, C, D, E, F of the order (B, the object sheets, has its own file): each starts on a
// new page and is referenced from the parts by its letter.
import { PHASE_LABELS } from '../../catalog/enum-labels';
import type { Agency } from '../../domain/agency';
import { planTimelineRows } from '../../domain/plan-timeline';
import type { PlanSnapshot } from '../../domain/revision';
import { formatOffset } from '../../time/h-hour';
import { docDateTime, docTime } from '../format';
import { forceOverviewModel } from '../force-overview';
import { agencyName } from '../plan-text';
import type { DocumentSource } from '../source';
import { DISPOSAL_LABELS, type DistributionCopy } from './distribution';
import type { BriefingHeadings } from './headings';
import { imageBlock, type PngImage } from './images';
import type { BriefingSection } from './model';

const annex = (
  letter: string,
  headings: BriefingHeadings,
  blocks: BriefingSection['blocks'],
): BriefingSection => ({
  key: `annex:${letter}`,
  number: `Anlage ${letter}`,
  heading: headings[`annex${letter}` as keyof BriefingHeadings],
  level: 1,
  pageBreakBefore: true,
  blocks,
});

/** A: the force overview's tables (its own approval section is on the title page here). */
export function forcesAnnex(source: DocumentSource, headings: BriefingHeadings): BriefingSection[] {
  const fo = forceOverviewModel(source);
  return [
    annex('A', headings, []),
    ...fo.sections
      .filter((s) => s.heading !== 'Freigabe')
      .map((s, i) => ({
        key: `annex:A:${i + 1}`,
        number: `A.${i + 1}`,
        heading: s.heading,
        level: 2 as const,
        blocks: s.blocks,
      })),
  ];
}

/** C: every row of the plan's Zeitablauf around H. */
export function timelineAnnex(
  plan: PlanSnapshot,
  premisesName: (premisesId: string) => string,
  headings: BriefingHeadings,
): BriefingSection {
  const teamName = new Map(plan.teams.map((t) => [t.id, t.name]));
  const rows = planTimelineRows(plan, premisesName).map((r) => {
    const rel = r.offset === null ? '' : formatOffset(r.offset);
    const abs = r.at ? docTime(r.at) : '';
    if (r.kind === 'briefing')
      return [rel, abs, PHASE_LABELS.execution.de, 'Einsatzbesprechung', r.place];
    if (r.kind === 'access')
      return [
        rel,
        abs,
        PHASE_LABELS.execution.de,
        `Zugriff ${r.name}`,
        teamName.get(r.target.teamId ?? '') ?? '',
      ];
    return [
      rel,
      abs,
      PHASE_LABELS[r.entry.phase].de,
      [r.entry.title, r.entry.description].filter(Boolean).join('\n'),
      teamName.get(r.entry.teamId ?? '') ?? '',
    ];
  });
  return annex('C', headings, [
    {
      type: 'table',
      columns: [
        { title: 'Zeit', weight: 1.1 },
        { title: 'Uhr', weight: 1.1 },
        { title: 'Phase', weight: 1.5 },
        { title: 'Was', weight: 4 },
        { title: 'Team / Ort', weight: 2 },
      ],
      rows,
    },
  ]);
}

/** D: talk groups with their teams, call signs, phone list. */
export function commsAnnex(
  plan: PlanSnapshot,
  byId: ReadonlyMap<string, Agency>,
  headings: BriefingHeadings,
): BriefingSection {
  const teamName = new Map(plan.teams.map((t) => [t.id, t.name]));
  const groups = plan.comms.filter((c) => c.type === 'talk_group');
  const phones = plan.comms.filter((c) => c.type === 'phone');
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return annex('D', headings, [
    { type: 'paragraph', emphasis: 'strong', text: 'Sprechgruppen' },
    {
      type: 'table',
      columns: [
        { title: 'Sprechgruppe', weight: 2 },
        { title: 'Zweck', weight: 3 },
        { title: 'Teams', weight: 3 },
      ],
      rows: groups.map((g) => [
        g.name,
        g.purpose,
        g.teamIds.map((id) => teamName.get(id) ?? '').join(', '),
      ]),
    },
    { type: 'paragraph', emphasis: 'strong', text: 'Rufnamen' },
    {
      type: 'table',
      columns: [
        { title: 'Team', weight: 2 },
        { title: 'Rufname', weight: 1.5 },
        { title: 'Führung', weight: 2 },
        { title: 'Telefon', weight: 2 },
        { title: 'Sprechgruppe', weight: 2 },
      ],
      rows: [...plan.teams]
        .sort((a, b) => a.order - b.order)
        .map((t) => [
          t.name,
          t.callSign,
          t.leader.name,
          t.leader.phone,
          groupName.get(t.talkGroupId ?? '') ?? '',
        ]),
    },
    { type: 'paragraph', emphasis: 'strong', text: 'Telefonliste' },
    {
      type: 'table',
      columns: [
        { title: 'Name', weight: 2 },
        { title: 'Funktion', weight: 2 },
        { title: 'Behörde', weight: 2.5 },
        { title: 'Telefon / Mobil', weight: 2.2 },
        { title: 'Rufname', weight: 1.3 },
      ],
      rows: phones.map((p) => [
        p.name,
        p.function,
        agencyName(p.agencyId, byId),
        [p.phone, p.mobile].filter(Boolean).join('\n'),
        p.radioCallSign,
      ]),
    },
  ]);
}

/** E: the operation map extract; a redacted copy has none (it shows the targets). */
export function mapAnnex(
  image: PngImage | null,
  redacted: boolean,
  headings: BriefingHeadings,
): BriefingSection {
  return annex('E', headings, [
    redacted
      ? {
          type: 'paragraph',
          emphasis: 'note',
          text: 'Die Lagekarte wird in der Einsatzbesprechung ausgegeben.',
        }
      : imageBlock(image, 'Lagekarte', 'Keine Lagekarte: die Karte des Einsatzes ist leer.', 800),
  ]);
}

/** F: the distribution register with copy numbers, revisions, returns. */
export function distributionAnnex(
  copies: readonly DistributionCopy[],
  headings: BriefingHeadings,
): BriefingSection {
  const rows = [...copies]
    .sort((a, b) => a.number - b.number)
    .map((c) => {
      const last = c.issues.at(-1);
      return [
        String(c.number),
        c.recipient,
        c.issues.map((i) => String(i.revision)).join(', '),
        last ? docDateTime(last.at) : '',
        c.disposal ? `${DISPOSAL_LABELS[c.disposal.kind]}, ${docDateTime(c.disposal.at)}` : '',
      ];
    });
  return annex('F', headings, [
    rows.length === 0
      ? { type: 'paragraph', text: 'Noch keine Ausfertigung ausgegeben.' }
      : {
          type: 'table',
          columns: [
            { title: 'Ausf.', weight: 0.8, align: 'right' },
            { title: 'Empfänger', weight: 3.5 },
            { title: 'Revision', weight: 1.2 },
            { title: 'zuletzt ausgegeben', weight: 2.5 },
            { title: 'Rückgabe / Vernichtung', weight: 2.5 },
          ],
          rows,
        },
  ]);
}
