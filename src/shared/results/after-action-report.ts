// Einsatzbericht (after-action report) as a document model: what was planned against what
// happened (targets, strengths planned/confirmed/actual, times), the results per agency and
// category, follow-up tasks, lessons learned and press figures. Rendered by the document
// pipeline (render-docx: classification marking, "Seite X von Y", the copy line).
import { TARGET_STATUS_LABELS } from '../catalog/enum-labels';
import { forceTotals } from '../roster/totals';
import { docDate, docDateTime } from '../documents/format';
import {
  emptyDocument,
  type DocBlock,
  type DocSection,
  type DocumentModel,
} from '../documents/model';
import { agencyName, agencyShort, codeNameLine, hHourText } from '../documents/plan-text';
import type { DocumentSource } from '../documents/source';
import { FRAMEWORK_PARTS, type FrameworkPart } from '../domain/operation';
import { formatOffset, resolveTimelineTime } from '../time/h-hour';
import { formatMetric, RESULT_METRICS } from './metrics';
import { sumRows, type OperationResults } from './record';

const PART_TITLES: Record<FrameworkPart, string> = {
  situation: 'Lage',
  mission: 'Auftrag',
  execution: 'Durchführung',
  support: 'Einsatzunterstützung',
  command: 'Führung und Kommunikation',
};

const GOODS_UNITS: Record<string, string> = {
  pieces: 'Stück',
  packs: 'Packungen',
  grams: 'g',
  millilitres: 'ml',
};

const n = (x: number | null | undefined) => (x === null || x === undefined ? '–' : String(x));
const grouped = new Intl.NumberFormat('de-DE');

/**
 * The category table holds agencies as columns only while they fit: at most three agencies and
 * no value longer than "12.345,67 €". A narrower column split "100.000.000,00 €" over three
 * printed lines, so then the table turns into one row per agency and category under a table
 * of the totals.
 */
export const MAX_AGENCY_COLUMNS = 3;
const MAX_WIDE_CELL = '12.345,67 €'.length;
const metric = (code: string, value: number) => {
  const m = RESULT_METRICS.find((x) => x.code === code);
  return m ? formatMetric(value, m.unit) : String(value);
};

type TableBlock = Extract<DocBlock, { type: 'table' }>;

/** A table, or a sentence saying it is empty: a header row over nothing reads as a misprint. */
const tableOr = (none: string, table: TableBlock): DocBlock =>
  table.rows.length === 0 ? { type: 'paragraph', text: none } : table;

export interface ReportCopy {
  number: number;
  total: number;
}

export function afterActionReportModel(
  source: DocumentSource,
  results: OperationResults,
  copy: ReportCopy | null = null,
): DocumentModel {
  const { plan, agencies, premises, issuingOffice, now } = source;
  const op = plan.operation;
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const premisesById = new Map(premises.map((p) => [p.id, p]));
  const targetName = (id: string | null) => {
    if (!id) return 'ohne Objekt';
    const t = plan.targets.find((x) => x.id === id);
    if (!t) return '?';
    return [t.label, premisesById.get(t.premisesId)?.name].filter(Boolean).join(': ');
  };
  const totals = forceTotals(plan, agencies);
  const actualOf = new Map(plan.participations.map((p) => [p.id, p.actualStrength ?? null]));
  // "–" when no agency reported its actual strength: a sum of nothing is not "0 Kräfte".
  const reported = plan.participations.filter((p) => typeof p.actualStrength === 'number');
  const actualSum =
    reported.length === 0 ? null : reported.reduce((s, p) => s + (p.actualStrength ?? 0), 0);

  const sections: DocSection[] = [
    {
      heading: 'Einsatz',
      blocks: [
        {
          type: 'keyValue',
          rows: [
            { key: 'Einsatz', value: codeNameLine(plan) },
            { key: 'Zugriff (H)', value: hHourText(plan) },
            {
              key: 'Durchgeführt',
              value: op.executed ? `${op.executed.by}, ${docDateTime(op.executed.at)}` : '–',
            },
            { key: 'Objekte', value: `${plan.targets.length}` },
            { key: 'Übung', value: op.exercise ? 'ja' : 'nein' },
          ],
        },
      ],
    },
    {
      heading: 'Objekte: geplant und durchgeführt',
      blocks: [
        tableOr('Keine Objekte im Plan.', {
          type: 'table',
          columns: [
            { title: 'Objekt', weight: 4 },
            { title: 'Zugriff geplant', weight: 1.6 },
            { title: 'Stand', weight: 2 },
          ],
          rows: [...plan.targets]
            .sort((a, b) => a.order - b.order)
            .map((t) => [
              targetName(t.id),
              formatOffset(t.accessOffsetMinutes),
              TARGET_STATUS_LABELS[t.status].de,
            ]),
        }),
      ],
    },
    {
      heading: 'Kräfte: angefragt, bestätigt, tatsächlich',
      blocks: [
        tableOr('Keine Behörden beteiligt.', {
          type: 'table',
          columns: [
            { title: 'Behörde', weight: 4 },
            { title: 'angefragt', weight: 1.4, align: 'right' },
            { title: 'bestätigt', weight: 1.4, align: 'right' },
            { title: 'tatsächlich', weight: 1.4, align: 'right' },
          ],
          rows: totals.agencies.map((a) => [
            a.name || a.agencyId,
            n(a.requested),
            n(a.confirmed),
            n(actualOf.get(a.participationId)),
          ]),
          totals: ['Summe', n(totals.total.requested), n(totals.total.confirmed), n(actualSum)],
        }),
      ],
    },
    timesSection(source),
    ...resultSections(results, byId, targetName),
    followUpSection(results),
    {
      heading: 'Erkenntnisse',
      blocks: FRAMEWORK_PARTS.map((part): DocBlock => ({
        type: 'keyValue',
        rows: [{ key: PART_TITLES[part], value: results.lessons[part]?.trim() || '–' }],
      })),
    },
    {
      heading: 'Presse',
      blocks: [
        {
          type: 'keyValue',
          rows: [
            { key: 'Pressemitteilung', value: results.press.releaseIssued ? 'ja' : 'nein' },
            { key: 'Presseanfragen', value: String(results.press.mediaRequests) },
            { key: 'Veröffentlichte Zahlen', value: results.press.statement.trim() || '–' },
          ],
        },
      ],
    },
  ];

  return emptyDocument({
    classification: op.classification,
    title: 'Einsatzbericht',
    subtitle: `${codeNameLine(plan)} · Zugriff ${hHourText(plan)}`,
    issuingOffice: issuingOffice || agencyName(op.leadAgencyId, byId),
    date: docDate(now),
    fileReference: op.fileReference,
    copy: copy ? `Ausfertigung ${copy.number} von ${copy.total}` : '',
    sections,
  });

  function resultSections(
    r: OperationResults,
    agencies: typeof byId,
    target: (id: string | null) => string,
  ): DocSection[] {
    const agencyIds = [...new Set(r.rows.map((x) => x.agencyId))].sort((a, b) =>
      agencyName(a, agencies).localeCompare(agencyName(b, agencies), 'de'),
    );
    const perAgency = new Map(
      agencyIds.map((id) => [id, sumRows(r.rows.filter((x) => x.agencyId === id))]),
    );
    const all = sumRows(r.rows);
    const used = RESULT_METRICS.filter((m) => (all[m.code] ?? 0) > 0);
    if (used.length === 0)
      return [
        {
          heading: 'Ergebnisse',
          blocks: [{ type: 'paragraph', text: 'Keine Ergebnisse erfasst.' }],
        },
      ];
    const byTarget = [...new Set(r.rows.map((x) => x.targetId))];
    const goods = r.rows.flatMap((x) =>
      x.goods.map((g) => [
        agencyShort(x.agencyId, agencies) || agencyName(x.agencyId, agencies),
        target(x.targetId),
        g.description,
        `${grouped.format(g.quantity)} ${GOODS_UNITS[g.unit] ?? g.unit}`,
      ]),
    );
    const wide =
      agencyIds.length <= MAX_AGENCY_COLUMNS &&
      used.every((m) => metric(m.code, all[m.code] ?? 0).length <= MAX_WIDE_CELL);
    const sections: DocSection[] = [
      {
        heading: 'Ergebnisse je Kategorie und Behörde',
        blocks: wide ? [wideTable()] : longTables(),
      },
      {
        heading: 'Ergebnisse je Objekt',
        blocks: [
          {
            type: 'table',
            columns: [
              { title: 'Objekt', weight: 3 },
              { title: 'Feststellungen', weight: 5 },
            ],
            rows: byTarget.map((id) => {
              const sums = sumRows(r.rows.filter((x) => x.targetId === id));
              const text = RESULT_METRICS.filter((m) => (sums[m.code] ?? 0) > 0)
                .map((m) => `${m.label.de}: ${metric(m.code, sums[m.code] ?? 0)}`)
                .join('\n');
              return [target(id), text || '–'];
            }),
          },
        ],
      },
    ];
    if (goods.length > 0)
      sections.push({
        heading: 'Sichergestellte Waren',
        blocks: [
          {
            type: 'table',
            columns: [
              { title: 'Behörde', weight: 1.5 },
              { title: 'Objekt', weight: 3 },
              { title: 'Ware', weight: 3 },
              { title: 'Menge', weight: 1.5, align: 'right' },
            ],
            rows: goods,
          },
        ],
      });
    return sections;

    /** Categories down, one column per agency and the total: few agencies only. */
    function wideTable(): DocBlock {
      return {
        type: 'table',
        columns: [
          { title: 'Kategorie', weight: 4 },
          ...agencyIds.map((id) => ({
            title: agencyShort(id, agencies) || id,
            weight: 1.4,
            align: 'right' as const,
          })),
          { title: 'Summe', weight: 1.6, align: 'right' },
        ],
        rows: used.map((m) => [
          m.label.de,
          ...agencyIds.map((id) => {
            const v = perAgency.get(id)?.[m.code] ?? 0;
            return v ? metric(m.code, v) : '–';
          }),
          metric(m.code, all[m.code] ?? 0),
        ]),
      };
    }

    /** The totals per category, then one row per agency and category it counted. */
    function longTables(): DocBlock[] {
      return [
        {
          type: 'table',
          columns: [
            { title: 'Kategorie', weight: 4 },
            { title: 'Summe aller Behörden', weight: 2, align: 'right' },
          ],
          rows: used.map((m) => [m.label.de, metric(m.code, all[m.code] ?? 0)]),
        },
        {
          type: 'table',
          columns: [
            { title: 'Behörde', weight: 3 },
            { title: 'Kategorie', weight: 3 },
            { title: 'Wert', weight: 2, align: 'right' },
          ],
          rows: agencyIds.flatMap((id) =>
            used
              .filter((m) => (perAgency.get(id)?.[m.code] ?? 0) > 0)
              .map((m) => [
                agencyName(id, agencies) || id,
                m.label.de,
                metric(m.code, perAgency.get(id)?.[m.code] ?? 0),
              ]),
          ),
        },
      ];
    }
  }
}

function timesSection({ plan }: DocumentSource): DocSection {
  const h = plan.operation.hHour;
  const entries = [...plan.timeline]
    .map((e) => ({ e, at: resolveTimelineTime(e.time, h) }))
    .sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  return {
    heading: 'Zeiten: geplant und tatsächlich',
    blocks: [
      tableOr('Kein Zeitablauf geplant.', {
        type: 'table',
        columns: [
          { title: 'Was', weight: 4 },
          { title: 'geplant', weight: 2.6 },
          { title: 'tatsächlich', weight: 2.6 },
        ],
        rows: entries.map(({ e, at }) => [
          e.title,
          at ? docDateTime(at) : '–',
          e.actualAt ? docDateTime(e.actualAt) : '–',
        ]),
      }),
    ],
  };
}

function followUpSection(r: OperationResults): DocSection {
  return {
    heading: 'Nachbereitung: Aufgaben',
    blocks:
      r.followUps.length === 0
        ? [{ type: 'paragraph', text: 'Keine Aufgaben.' }]
        : [
            {
              type: 'table',
              columns: [
                { title: 'Aufgabe', weight: 4 },
                { title: 'Zuständig', weight: 2.5 },
                { title: 'Fällig', weight: 1.6 },
                { title: 'Erledigt', weight: 1.2 },
              ],
              rows: r.followUps.map((f) => [
                f.task,
                f.owner || '–',
                f.due ? docDate(f.due) : '–',
                f.done ? 'ja' : 'nein',
              ]),
            },
          ],
  };
}
