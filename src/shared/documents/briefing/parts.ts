// The five parts of the written order (1 Lage … 5 Führung und Kommunikation), numbered, with
// references to the annexes instead of repeating them.
import { premisesKind } from '../../catalog';
import { PHASE_LABELS, RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS } from '../../catalog/enum-labels';
import { PHASES, type FrameworkPart } from '../../domain/operation';
import { formatOffset } from '../../time/h-hour';
import type { Agency } from '../../domain/agency';
import type { DocBlock } from '../model';
import { agencyName, hHourText, leadText, placeText } from '../plan-text';
import { docDateTime } from '../format';
import type { DocumentSource } from '../source';
import type { BriefingHeadings } from './headings';
import type { BriefingBlock, BriefingSection } from './model';
import { targetTitle } from './object-sheets';
import { inScope, orderedTargets, type BriefingScope } from './scope';

const text = (t: string): DocBlock[] =>
  t.trim() === '' ? [{ type: 'paragraph', text: '–' }] : [{ type: 'paragraph', text: t }];

interface PartContext {
  source: DocumentSource;
  headings: BriefingHeadings;
  scope: BriefingScope;
  byId: ReadonlyMap<string, Agency>;
  /** "Anlage B.3" per target id, counted over the whole order. */
  sheetRef: ReadonlyMap<string, string>;
}

function part(
  ctx: PartContext,
  key: FrameworkPart,
  number: string,
  subs: { heading: string; blocks: BriefingBlock[] }[],
): BriefingSection[] {
  const own = ctx.source.plan.operation.partClassifications[key];
  const differs = own !== undefined && own !== ctx.source.plan.operation.classification;
  return [
    {
      key: `part:${key}`,
      number,
      heading: ctx.headings[key],
      level: 1,
      ...(differs ? { classification: own } : {}),
      blocks: [],
    },
    ...subs.map((s, i) => ({
      key: `part:${key}:${i + 1}`,
      number: `${number}.${i + 1}`,
      heading: s.heading,
      level: 2 as const,
      blocks: s.blocks,
    })),
  ];
}

function targetTable(ctx: PartContext): DocBlock {
  const premisesById = new Map(ctx.source.premises.map((p) => [p.id, p]));
  const rows = orderedTargets(ctx.source.plan)
    .filter((t) => inScope(ctx.scope, 'target', t.id))
    .map((t) => {
      const p = premisesById.get(t.premisesId);
      return [
        targetTitle(t, p),
        p ? (premisesKind(p.kind)?.label.de ?? p.kind) : '',
        t.reason || '–',
        formatOffset(t.accessOffsetMinutes),
        ctx.sheetRef.get(t.id) ?? '',
      ];
    });
  return {
    type: 'table',
    columns: [
      { title: 'Objekt', weight: 2.5 },
      { title: 'Art', weight: 1.5 },
      { title: 'Anlass / Begründung', weight: 4 },
      { title: 'Zugriff', weight: 1.1 },
      { title: 'Blatt', weight: 1.3 },
    ],
    rows,
  };
}

function situation(ctx: PartContext): BriefingSection[] {
  const plan = ctx.source.plan;
  const s = plan.operation.framework.situation;
  const risks = plan.operation.riskAssessment.items;
  return part(ctx, 'situation', '1', [
    { heading: 'Allgemeine Lage', blocks: [...text(s.background), ...text(s.trigger)] },
    { heading: 'Einsatzobjekte', blocks: [...text(s.targetsSummary), targetTable(ctx)] },
    { heading: 'Personen, Gruppierungen und Dritte', blocks: text(s.personsGroups) },
    {
      heading: 'Eigene Kräfte',
      blocks: [...text(s.ownForces), { type: 'paragraph', text: 'Kräfte im Einzelnen: Anlage A.' }],
    },
    {
      heading: 'Gefährdungsbewertung',
      blocks:
        risks.length === 0
          ? text('')
          : [
              {
                type: 'table',
                columns: [
                  { title: 'Gefahr', weight: 2 },
                  { title: 'Stufe', weight: 1 },
                  { title: 'Erkenntnisse', weight: 3 },
                  { title: 'Maßnahmen', weight: 3 },
                ],
                rows: risks.map((r) => [
                  RISK_CATEGORY_LABELS[r.category].de,
                  RISK_LEVEL_LABELS[r.level].de,
                  r.findings,
                  r.measures,
                ]),
              },
            ],
    },
  ]);
}

function mission(ctx: PartContext): BriefingSection[] {
  const m = ctx.source.plan.operation.framework.mission;
  return part(ctx, 'mission', '2', [
    { heading: 'Einsatzziel', blocks: text(m.goals) },
    {
      heading: 'Aufträge der Behörden',
      blocks: [
        {
          type: 'table',
          columns: [
            { title: 'Behörde', weight: 1 },
            { title: 'Auftrag', weight: 2 },
          ],
          rows: m.agencyObjectives.map((o) => [agencyName(o.agencyId, ctx.byId), o.objective]),
        },
      ],
    },
  ]);
}

function execution(ctx: PartContext): BriefingSection[] {
  const plan = ctx.source.plan;
  const e = plan.operation.framework.execution;
  const premisesById = new Map(ctx.source.premises.map((p) => [p.id, p]));
  const targetById = new Map(plan.targets.map((t) => [t.id, t]));
  const targetName = (id: string) => {
    const t = targetById.get(id);
    return t ? targetTitle(t, premisesById.get(t.premisesId)) : '';
  };
  const teams = [...plan.teams].sort((a, b) => a.order - b.order);
  const legal = orderedTargets(plan)
    .filter((t) => inScope(ctx.scope, 'target', t.id))
    .flatMap((t) =>
      t.legalBasis.map((l) => [targetName(t.id), agencyName(l.agencyId, ctx.byId), l.basis]),
    );
  return part(ctx, 'execution', '3', [
    {
      heading: 'Absicht und Phasen',
      blocks: [
        {
          type: 'keyValue',
          rows: [
            { key: 'Zugriff (H)', value: hHourText(plan) },
            ...PHASES.map((p) => ({ key: PHASE_LABELS[p].de, value: e.phases[p] })),
          ],
        },
      ],
    },
    { heading: 'Einsatzabschnitte und Kräfteeinteilung', blocks: text(e.sections) },
    {
      heading: 'Aufträge je Team',
      blocks: [
        {
          type: 'table',
          columns: [
            { title: 'Team', weight: 1.5 },
            { title: 'Rufname', weight: 1 },
            { title: 'Führung', weight: 1.8 },
            { title: 'Objekte', weight: 2.2 },
            { title: 'Auftrag', weight: 3 },
          ],
          rows: teams.map((t) => [
            t.name,
            t.callSign,
            t.leader.name,
            t.targetIds
              .filter((id) => inScope(ctx.scope, 'target', id))
              .map((id) => targetName(id))
              .join(', '),
            t.notes,
          ]),
        },
      ],
    },
    {
      heading: 'Zeitablauf',
      blocks: [
        {
          type: 'keyValue',
          rows: [
            { key: 'Zugriff (H)', value: hHourText(plan) },
            {
              key: 'Einsatzbesprechung',
              value: [
                e.briefingMeeting.at ? docDateTime(e.briefingMeeting.at) : '',
                e.briefingMeeting.place,
              ]
                .filter(Boolean)
                .join(', '),
            },
          ],
        },
        { type: 'paragraph', text: 'Zeitablauf im Einzelnen: Anlage C.' },
      ],
    },
    {
      heading: 'Rechtsgrundlagen je Behörde und Objekt',
      blocks: [
        {
          type: 'table',
          columns: [
            { title: 'Objekt', weight: 2 },
            { title: 'Behörde', weight: 2 },
            { title: 'Rechtsgrundlage', weight: 4 },
          ],
          rows: legal,
        },
      ],
    },
    { heading: 'Verhaltensregeln', blocks: text(e.rulesOfConduct) },
  ]);
}

function support(ctx: PartContext): BriefingSection[] {
  const s = ctx.source.plan.operation.framework.support;
  return part(ctx, 'support', '4', [
    {
      heading: 'Sammelpunkt und Bereitstellungsraum',
      blocks: [
        {
          type: 'keyValue',
          rows: [
            { key: 'Sammelpunkt', value: placeText(s.assemblyPoint) },
            { key: 'Bereitstellungsraum', value: placeText(s.stagingArea) },
            { key: 'Wege', value: s.routes },
          ],
        },
      ],
    },
    {
      heading: 'Logistik',
      blocks: [
        {
          type: 'keyValue',
          rows: [
            { key: 'Fahrzeuge', value: s.vehicles },
            { key: 'Ausstattung', value: s.equipment },
            { key: 'Dolmetscher', value: s.interpreters },
            { key: 'Sanitätsdienst', value: s.medical },
            { key: 'Verpflegung', value: s.catering },
          ],
        },
      ],
    },
  ]);
}

function command(ctx: PartContext): BriefingSection[] {
  const plan = ctx.source.plan;
  const c = plan.operation.framework.command;
  const talkGroups = plan.comms.filter((x) => x.type === 'talk_group');
  return part(ctx, 'command', '5', [
    {
      heading: 'Führung',
      blocks: [
        {
          type: 'keyValue',
          rows: [
            { key: 'Einsatzleitung', value: leadText(plan, ctx.byId) },
            { key: 'Befehlsstelle', value: placeText(c.commandPost) },
            { key: 'Führungsstruktur', value: c.structure },
          ],
        },
      ],
    },
    {
      heading: 'Kommunikation',
      blocks: [
        {
          type: 'paragraph',
          text: `Sprechgruppen: ${talkGroups.map((g) => g.name).join(', ') || '–'}. Sprechgruppen, Rufnamen und Telefonliste: Anlage D.`,
        },
      ],
    },
    { heading: 'Meldewege und Pressearbeit', blocks: text(c.notes) },
  ]);
}

/** Parts 1–5 in order. */
export function orderParts(ctx: PartContext): BriefingSection[] {
  return [...situation(ctx), ...mission(ctx), ...execution(ctx), ...support(ctx), ...command(ctx)];
}
export type { PartContext };
