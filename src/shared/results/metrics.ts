// The result columns: what an operation's results count, per agency and target, by the
// catalogue's legal categories. Every value is a whole number in its unit (cents, grams), so
// sums across thousands of operations stay exact — never a float.
import type { Label } from '../domain/common';
import { LEGAL_AREAS } from '../catalog/findings';

/** `count`: cases or pieces; `cents`: euro cents; `grams`: mass in whole grams. */
export type MetricUnit = 'count' | 'cents' | 'grams';

export type MetricGroup =
  'persons' | 'complaints' | 'offences' | 'seizures' | 'closures' | 'referrals' | 'measures';

export interface ResultMetric {
  readonly code: string;
  readonly group: MetricGroup;
  readonly unit: MetricUnit;
  readonly label: Label;
  /** The catalogue's legal area this column counts (criminal complaints by offence area). */
  readonly legalArea?: string;
}

const m = (
  code: string,
  group: MetricGroup,
  unit: MetricUnit,
  de: string,
  en: string,
): ResultMetric => ({ code, group, unit, label: { de, en } });

// Criminal complaints by the catalogue's offence areas: one column each, so a report can say
// "12 Strafanzeigen, davon 5 Steuerdelikte" without a second, free-form breakdown.
const COMPLAINTS: readonly ResultMetric[] = LEGAL_AREAS.filter((a) => a.kind === 'criminal').map(
  (a) => ({
    code: `complaint_${a.code.replace(/^criminal_/, '')}`,
    group: 'complaints' as const,
    unit: 'count' as const,
    label: { de: `Strafanzeigen: ${a.label.de}`, en: `Complaints: ${a.label.en}` },
    legalArea: a.code,
  }),
);

export const RESULT_METRICS: readonly ResultMetric[] = [
  m('persons_checked', 'persons', 'count', 'Kontrollierte Personen', 'Persons checked'),
  m('identity_checks', 'persons', 'count', 'Identitätsfeststellungen', 'Identity checks'),
  m('arrests', 'persons', 'count', 'Festnahmen', 'Arrests'),
  ...COMPLAINTS,
  m('owi_reports', 'offences', 'count', 'OWi-Anzeigen', 'Administrative-offence reports'),
  m('owi_fines_cents', 'offences', 'cents', 'Bußgelder / Verwarnungsgelder', 'Fines'),
  m('cash_seized_cents', 'seizures', 'cents', 'Sichergestelltes Bargeld', 'Cash seized'),
  m('tobacco_grams', 'seizures', 'grams', 'Sichergestellter Tabak', 'Tobacco seized'),
  m(
    'gaming_machines_seized',
    'seizures',
    'count',
    'Sichergestellte Spielgeräte',
    'Gaming machines seized',
  ),
  m('vehicles_seized', 'seizures', 'count', 'Sichergestellte Fahrzeuge', 'Vehicles seized'),
  m('closures', 'closures', 'count', 'Schließungen', 'Closures'),
  m('machines_sealed', 'closures', 'count', 'Versiegelte Geräte', 'Machines sealed'),
  m('tax_referrals', 'referrals', 'count', 'Mitteilungen an die Steuerverwaltung', 'Tax referrals'),
  m(
    'social_referrals',
    'referrals',
    'count',
    'Mitteilungen an Sozialversicherungsträger',
    'Social-security referrals',
  ),
  m(
    'building_measures',
    'measures',
    'count',
    'Bauordnungsrechtliche Maßnahmen',
    'Building-law measures',
  ),
  m('food_measures', 'measures', 'count', 'Lebensmittelrechtliche Maßnahmen', 'Food-law measures'),
  m('youth_measures', 'measures', 'count', 'Jugendschutzmaßnahmen', 'Youth-protection measures'),
];

export const METRIC_CODES = RESULT_METRICS.map((x) => x.code);

const byCode = new Map(RESULT_METRICS.map((x) => [x.code, x]));

export function metricOf(code: string): ResultMetric | undefined {
  return byCode.get(code);
}

/** Counts that say something was found (not persons checked, not money or mass). */
const MEASURE_CODES: ReadonlySet<string> = new Set(
  RESULT_METRICS.filter((x) => x.unit === 'count' && x.group !== 'persons').map((x) => x.code),
);

/** Whether a metric counts as a measure (the trend of a premises inspected repeatedly). */
export function isMeasure(code: string): boolean {
  return MEASURE_CODES.has(code);
}

/** Upper bound of one cell, per unit: generous, but far inside Number.MAX_SAFE_INTEGER. */
export const METRIC_CAPS: Record<MetricUnit, number> = {
  count: 100_000,
  // 100 million euros in cents.
  cents: 10_000_000_000,
  // 100 tonnes in grams.
  grams: 100_000_000,
};

/** A cell in its display form: a count, euros with cents, or kilograms with grams (de-DE). */
export function formatMetric(value: number, unit: MetricUnit, locale = 'de-DE'): string {
  if (unit === 'cents')
    return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(
      value / 100,
    );
  if (unit === 'grams')
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value / 1000)} kg`;
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * Reads what a user typed in the unit's display form ("1.234,56" euros, "2,5" kg, "12")
 * into the stored whole number, by string arithmetic so "0,29" € is 29 cents, not 28.999….
 * Returns null when the text is not a non-negative number in that form.
 */
export function parseMetric(input: string, unit: MetricUnit): number | null {
  const text = input.trim().replace(/\s|€|kg/gi, '');
  if (text === '') return 0;
  const decimals = unit === 'cents' ? 2 : unit === 'grams' ? 3 : 0;
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (!match) return null;
  const whole = (match[1] ?? '0').replace(/\./g, '');
  const frac = match[2] ?? '';
  if (frac.length > decimals) return null;
  const value = Number(whole + frac.padEnd(decimals, '0'));
  if (!Number.isSafeInteger(value) || value > METRIC_CAPS[unit]) return null;
  return value;
}
