// Result categories (Finding.category) and legal areas (Finding.legalArea) for the follow-up.
import type { Label } from '../domain/common';
import type { Finding } from '../domain/finding';

/**
 * What a category measures and where it is stored on a Finding:
 * - `count`: the number of cases, in `count`;
 * - `cents`: a sum of money in `amountCents`, with the number of cases in `count`;
 * - `kg`: a weight, stored as whole grams in `count` so that sums stay exact (like cents).
 */
export type FindingUnit = 'count' | 'cents' | 'kg';

export type LegalAreaKind = 'criminal' | 'administrative';

export interface FindingCategory {
  readonly code: string;
  readonly label: Label;
  readonly unit: FindingUnit;
  /** Which legal areas may be attached: criminal, administrative, either, or none. */
  readonly legalAreaKinds: readonly LegalAreaKind[];
}

export interface LegalArea {
  readonly code: string;
  readonly kind: LegalAreaKind;
  readonly label: Label;
}

const BOTH: readonly LegalAreaKind[] = ['criminal', 'administrative'];

export const FINDING_CATEGORIES: readonly FindingCategory[] = [
  {
    code: 'persons_checked',
    label: { de: 'Kontrollierte Personen', en: 'Persons checked' },
    unit: 'count',
    legalAreaKinds: [],
  },
  {
    code: 'criminal_complaint',
    label: { de: 'Strafanzeige', en: 'Criminal complaint' },
    unit: 'count',
    legalAreaKinds: ['criminal'],
  },
  {
    code: 'administrative_offence_report',
    label: { de: 'Ordnungswidrigkeitenanzeige', en: 'Administrative-offence report' },
    unit: 'count',
    legalAreaKinds: ['administrative'],
  },
  {
    code: 'on_the_spot_fine',
    label: { de: 'Verwarnungsgeld', en: 'On-the-spot fine' },
    unit: 'cents',
    legalAreaKinds: ['administrative'],
  },
  {
    code: 'cash_seizure',
    label: { de: 'Sicherstellung von Bargeld', en: 'Seizure of cash' },
    unit: 'cents',
    legalAreaKinds: BOTH,
  },
  {
    code: 'tobacco_seizure',
    label: {
      de: 'Sicherstellung von Tabak / Wasserpfeifentabak',
      en: 'Seizure of tobacco / shisha tobacco',
    },
    unit: 'kg',
    legalAreaKinds: BOTH,
  },
  {
    code: 'gaming_machine_seizure',
    label: { de: 'Sicherstellung von Spielgeräten', en: 'Seizure of gaming machines' },
    unit: 'count',
    legalAreaKinds: BOTH,
  },
  {
    code: 'other_seizure',
    label: { de: 'Sonstige Sicherstellung', en: 'Other seizure' },
    unit: 'count',
    legalAreaKinds: BOTH,
  },
  {
    code: 'arrest',
    label: { de: 'Festnahme', en: 'Arrest' },
    unit: 'count',
    legalAreaKinds: ['criminal'],
  },
  {
    code: 'provisional_closure',
    label: { de: 'Vorläufige Schließung', en: 'Provisional closure' },
    unit: 'count',
    legalAreaKinds: ['administrative'],
  },
  {
    code: 'operation_ban',
    label: { de: 'Untersagung des Weiterbetriebs', en: 'Ban on further operation' },
    unit: 'count',
    legalAreaKinds: ['administrative'],
  },
  {
    code: 'residence_measure',
    label: { de: 'Aufenthaltsrechtliche Maßnahme', en: 'Residence-law measure' },
    unit: 'count',
    legalAreaKinds: ['administrative'],
  },
  {
    code: 'follow_up_investigation',
    label: { de: 'Folgeermittlung / Nachprüfung', en: 'Follow-up investigation' },
    unit: 'count',
    legalAreaKinds: BOTH,
  },
];

const criminal = (code: string, de: string, en: string): LegalArea => ({
  code: `criminal_${code}`,
  kind: 'criminal',
  label: { de, en },
});
const administrative = (code: string, de: string, en: string): LegalArea => ({
  code: `admin_${code}`,
  kind: 'administrative',
  label: { de, en },
});

/** Offence fields (Straftaten) and administrative fields (Ordnungswidrigkeiten / Verwaltungsrecht). */
export const LEGAL_AREAS: readonly LegalArea[] = [
  criminal('drugs', 'Betäubungsmitteldelikte', 'Drug offences'),
  criminal('property', 'Eigentumsdelikte', 'Property offences'),
  criminal('forgery', 'Fälschungsdelikte', 'Forgery'),
  criminal('benefit_fraud', 'Leistungsbetrug', 'Benefit fraud'),
  criminal('violence', 'Rohheitsdelikte', 'Violent offences'),
  criminal('tax', 'Steuerdelikte', 'Tax offences'),
  criminal('money_laundering', 'Geldwäsche', 'Money laundering'),
  criminal('weapons', 'Waffendelikte', 'Weapons offences'),
  criminal('other', 'Sonstige Straftaten', 'Other offences'),
  administrative('building', 'Baurecht', 'Building law'),
  administrative('social', 'Sozialrecht', 'Social law'),
  administrative('trade', 'Gewerberecht', 'Trade law'),
  administrative('food', 'Lebensmittelrecht', 'Food law'),
  administrative('tax', 'Steuerrecht', 'Tax law'),
  administrative('traffic', 'Verkehrsrecht', 'Traffic law'),
  administrative('weapons', 'Waffenrecht', 'Weapons law'),
  administrative('youth_protection', 'Jugendschutz', 'Youth protection'),
  administrative('non_smoker_protection', 'Nichtraucherschutz', 'Non-smoker protection'),
  administrative('gambling', 'Glücksspielrecht', 'Gambling law'),
  administrative('residence', 'Aufenthaltsrecht', 'Residence law'),
  administrative('other', 'Sonstiges Verwaltungsrecht', 'Other administrative law'),
];

export const FINDING_UNIT_LABELS: Record<FindingUnit, Label> = {
  count: { de: 'Anzahl', en: 'Count' },
  cents: { de: 'Betrag (€)', en: 'Amount (€)' },
  kg: { de: 'Menge (kg)', en: 'Quantity (kg)' },
};

export const LEGAL_AREA_KIND_LABELS: Record<LegalAreaKind, Label> = {
  criminal: { de: 'Straftaten', en: 'Criminal offences' },
  administrative: { de: 'Ordnungswidrigkeiten / Verwaltungsrecht', en: 'Administrative law' },
};

/** The measured quantity in the unit's display form: count, euros or kilograms. */
export function findingQuantity(
  finding: Pick<Finding, 'count' | 'amountCents'>,
  unit: FindingUnit,
): number {
  if (unit === 'cents') return (finding.amountCents ?? 0) / 100;
  if (unit === 'kg') return finding.count / 1000;
  return finding.count;
}

/** Storage fields for a quantity entered in display form (euros, kilograms or a count). */
export function findingStorage(
  unit: FindingUnit,
  value: number,
  cases = 1,
): Pick<Finding, 'count' | 'amountCents'> {
  if (unit === 'cents') return { count: cases, amountCents: Math.round(value * 100) };
  if (unit === 'kg') return { count: Math.round(value * 1000), amountCents: null };
  return { count: Math.round(value), amountCents: null };
}
