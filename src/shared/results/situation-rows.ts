// The situation picture (Lagebild) as plain rows: what Auswertung's tables show, the CSV export
// holds and the docx annex prints, so all three say the same. German or English (the documents
// are German; the screen and its CSV follow the user's language).
import type { ResultsAggregate, Trend } from './aggregate';
import type { Label, Language } from '../domain';
import { RESULT_METRICS, type MetricUnit } from './metrics';

export interface SituationNames {
  agency(id: string): string;
  municipality(code: string): string;
  premises(id: string): string;
}

/** A table of the situation picture: its heading, column titles and text rows. */
export interface SituationTable {
  key: 'months' | 'municipalities' | 'categories' | 'agencyResults' | 'agencyShare' | 'repeated';
  heading: string;
  columns: string[];
  rows: string[][];
}

const UNIT_TEXT: Record<MetricUnit, Label> = {
  count: { de: 'Anzahl', en: 'Count' },
  cents: { de: 'EUR', en: 'EUR' },
  grams: { de: 'kg', en: 'kg' },
};
const TREND_TEXT: Record<Trend, Label> = {
  up: { de: 'steigend', en: 'rising' },
  down: { de: 'fallend', en: 'falling' },
  flat: { de: 'gleich', en: 'level' },
};

const TEXT = {
  months: { de: 'Einsätze je Monat', en: 'Operations per month' },
  municipalities: { de: 'Einsätze je Gemeinde', en: 'Operations per municipality' },
  categories: { de: 'Ergebnisse je Kategorie', en: 'Results per category' },
  agencyResults: {
    de: 'Ergebnisse je Behörde und Kategorie',
    en: 'Results per agency and category',
  },
  agencyShare: { de: 'Anteil der Einsätze je Behörde', en: 'Share of operations per agency' },
  repeated: { de: 'Wiederholt kontrollierte Objekte', en: 'Premises inspected repeatedly' },
  month: { de: 'Monat', en: 'Month' },
  operations: { de: 'Einsätze', en: 'Operations' },
  municipality: { de: 'Gemeinde', en: 'Municipality' },
  category: { de: 'Kategorie', en: 'Category' },
  unit: { de: 'Einheit', en: 'Unit' },
  total: { de: 'Summe', en: 'Total' },
  agency: { de: 'Behörde', en: 'Agency' },
  value: { de: 'Wert', en: 'Value' },
  share: { de: 'Anteil', en: 'Share' },
  premises: { de: 'Objekt', en: 'Premises' },
  visits: { de: 'Kontrollen', en: 'Inspections' },
  measures: { de: 'Maßnahmen je Kontrolle', en: 'Measures per inspection' },
  trend: { de: 'Tendenz', en: 'Trend' },
  noDate: { de: 'ohne Datum', en: 'no date' },
  noMunicipality: { de: 'ohne Gemeinde', en: 'no municipality' },
  csvFormat: {
    de: 'Format: Monat als JJJJ-MM (ISO 8601), Dezimalkomma, Beträge in EUR, Gewichte in kg',
    en: 'Format: month as YYYY-MM (ISO 8601), decimal point, amounts in EUR, weights in kg',
  },
} satisfies Record<string, Label>;

/** A stored whole number as the CSV and document print it: 1234,56 (EUR), 2,5 (kg), 12. */
export function plainMetric(value: number, unit: MetricUnit, lang: Language = 'de'): string {
  const comma = (s: string) => (lang === 'de' ? s.replace('.', ',') : s);
  if (unit === 'cents') return comma((value / 100).toFixed(2));
  if (unit === 'grams') return comma(String(value / 1000));
  return String(value);
}

/** Share in percent with one decimal, German style: "33,3 %". */
export function shareText(part: number, whole: number, lang: Language = 'de'): string {
  const value = whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
  const text = value.toFixed(1);
  return `${lang === 'de' ? text.replace('.', ',') : text} %`;
}

const byName = (name: (k: string) => string) => (a: string, b: string) =>
  name(a).localeCompare(name(b), 'de');

export function situationTables(
  a: ResultsAggregate,
  names: SituationNames,
  lang: Language = 'de',
): SituationTable[] {
  const x = (key: keyof typeof TEXT) => TEXT[key][lang];
  const municipality = (code: string) => (code ? names.municipality(code) : x('noMunicipality'));
  const agencyIds = [...a.byAgency.keys()].sort(byName(names.agency));
  return [
    {
      key: 'months',
      heading: x('months'),
      columns: [x('month'), x('operations')],
      rows: [...a.byMonth.entries()]
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([month, n]) => [month || x('noDate'), String(n)]),
    },
    {
      key: 'municipalities',
      heading: x('municipalities'),
      columns: [x('municipality'), x('operations')],
      rows: [...a.byMunicipality.entries()]
        .sort(([x], [y]) => municipality(x).localeCompare(municipality(y), 'de'))
        .map(([code, n]) => [municipality(code), String(n)]),
    },
    {
      key: 'categories',
      heading: x('categories'),
      columns: [x('category'), x('unit'), x('total')],
      rows: RESULT_METRICS.filter((m) => (a.totals[m.code] ?? 0) > 0).map((m) => [
        m.label[lang],
        UNIT_TEXT[m.unit][lang],
        plainMetric(a.totals[m.code] ?? 0, m.unit, lang),
      ]),
    },
    {
      key: 'agencyResults',
      heading: x('agencyResults'),
      columns: [x('agency'), x('category'), x('unit'), x('value')],
      rows: agencyIds.flatMap((id) =>
        RESULT_METRICS.filter((m) => (a.byAgency.get(id)?.[m.code] ?? 0) > 0).map((m) => [
          names.agency(id),
          m.label[lang],
          UNIT_TEXT[m.unit][lang],
          plainMetric(a.byAgency.get(id)?.[m.code] ?? 0, m.unit, lang),
        ]),
      ),
    },
    {
      key: 'agencyShare',
      heading: x('agencyShare'),
      columns: [x('agency'), x('operations'), x('share')],
      rows: [...a.operationsPerAgency.entries()]
        .sort(([x, n], [y, m]) => m - n || byName(names.agency)(x, y))
        .map(([id, n]) => [names.agency(id), String(n), shareText(n, a.operations, lang)]),
    },
    {
      key: 'repeated',
      heading: x('repeated'),
      columns: [x('premises'), x('visits'), x('measures'), x('trend')],
      rows: a.repeatedTargets.map((r) => [
        names.premises(r.premisesId),
        String(r.visits.length),
        r.visits.map((v) => v.measures).join(' → '),
        TREND_TEXT[r.trend][lang],
      ]),
    },
  ];
}

/**
 * One CSV with the tables one under another: the table's heading, its column titles, its rows
 * and an empty line — what a reader opens in a spreadsheet and finds the screen's tables in.
 * The CSV is a machine format: months stay "2026-11" (sortable), numbers plain; its second
 * line says so, in the language of the tables.
 */
export function situationCsvRows(
  tables: readonly SituationTable[],
  note: string,
  lang: Language = 'de',
): string[][] {
  const out: string[][] = [[note], [TEXT.csvFormat[lang]], []];
  for (const t of tables) out.push([t.heading], t.columns, ...t.rows, []);
  return out;
}
