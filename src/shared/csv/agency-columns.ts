// The CSV format for agencies and their contacts: one row per contact, the agency's own columns
// repeated (or left empty after its first row). German headers; English ones are accepted.
import {
  AGENCY_KIND_LABELS,
  JURISDICTION_LEVEL_LABELS,
  PARTNER_STATUS_LABELS,
} from '../catalog/enum-labels';
import { AGENCY_KINDS, JURISDICTION_LEVELS, PARTNER_STATUSES } from '../domain/agency';
import type { Label } from '../domain/common';

export type AgencyColumnKey =
  | 'name'
  | 'shortName'
  | 'kind'
  | 'level'
  | 'area'
  | 'partnerStatus'
  | 'phone'
  | 'email'
  | 'address'
  | 'notes'
  | 'retired'
  | 'contactName'
  | 'contactFunction'
  | 'contactPhone'
  | 'contactMobile'
  | 'contactEmail'
  | 'radioCallSign';

export interface AgencyColumn {
  key: AgencyColumnKey;
  /** The header written on export. */
  header: string;
  /** Other headers accepted on import (German variants and English). */
  aliases: readonly string[];
  required: boolean;
  /** Agency columns describe the agency; contact columns one person of it. */
  part: 'agency' | 'contact';
}

const col = (
  key: AgencyColumnKey,
  header: string,
  aliases: readonly string[],
  part: AgencyColumn['part'],
  required = false,
): AgencyColumn => ({ key, header, aliases, required, part });

export const AGENCY_COLUMNS: readonly AgencyColumn[] = [
  col('name', 'Name', ['Behörde', 'Behördenname', 'Agency', 'Agency name'], 'agency', true),
  col('shortName', 'Kurzname', ['Kurzbezeichnung', 'Abkürzung', 'Short name'], 'agency'),
  col('kind', 'Art', ['Behördenart', 'Typ', 'Kind', 'Type'], 'agency', true),
  col('level', 'Zuständigkeitsebene', ['Ebene', 'Jurisdiction level', 'Level'], 'agency'),
  col('area', 'Zuständigkeitsbereich', ['Bereich', 'Jurisdiction area', 'Area'], 'agency'),
  col('partnerStatus', 'Partnerstatus', ['Partner', 'Partner status'], 'agency'),
  col('phone', 'Telefon', ['Telefon Behörde', 'Phone', 'Agency phone'], 'agency'),
  col('email', 'E-Mail', ['E-Mail Behörde', 'Email', 'E-mail', 'Agency email'], 'agency'),
  col('address', 'Anschrift', ['Adresse', 'Address'], 'agency'),
  col('notes', 'Notizen', ['Bemerkungen', 'Notes'], 'agency'),
  col('retired', 'Ausgeschieden', ['Retired'], 'agency'),
  col(
    'contactName',
    'Ansprechperson',
    ['Kontakt', 'Contact', 'Contact name', 'Liaison'],
    'contact',
  ),
  col('contactFunction', 'Funktion', ['Function', 'Position'], 'contact'),
  col('contactPhone', 'Ansprechperson Telefon', ['Contact phone'], 'contact'),
  col('contactMobile', 'Mobil', ['Ansprechperson Mobil', 'Mobile', 'Contact mobile'], 'contact'),
  col('contactEmail', 'Ansprechperson E-Mail', ['Contact email', 'Contact e-mail'], 'contact'),
  col('radioCallSign', 'Funkrufname', ['Rufname', 'Call sign', 'Radio call sign'], 'contact'),
];

/** Header comparison ignores case, spaces, hyphens and umlaut spelling ("E-Mail" = "email"). */
export function normaliseHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

const headerIndex = new Map<string, AgencyColumn>();
for (const c of AGENCY_COLUMNS)
  for (const h of [c.header, ...c.aliases]) headerIndex.set(normaliseHeader(h), c);

export function columnForHeader(header: string): AgencyColumn | undefined {
  return headerIndex.get(normaliseHeader(header));
}

function valueIndex<T extends string>(
  codes: readonly T[],
  labels: Record<T, Label>,
  extra: Record<string, T> = {},
): Map<string, T> {
  const m = new Map<string, T>();
  for (const code of codes) {
    m.set(normaliseHeader(code), code);
    m.set(normaliseHeader(labels[code].de), code);
    m.set(normaliseHeader(labels[code].en), code);
  }
  for (const [k, v] of Object.entries(extra)) m.set(normaliseHeader(k), v);
  return m;
}

/** Values accepted in "Art", "Zuständigkeitsebene" and "Partnerstatus": code or label, de or en. */
export const KIND_VALUES = valueIndex(AGENCY_KINDS, AGENCY_KIND_LABELS, {
  Polizei: 'state_police',
  Bauordnung: 'building_authority',
  Bauaufsicht: 'building_authority',
  Stadt: 'municipality',
  Gemeinde: 'municipality',
  LKA: 'criminal_police_office',
});
export const LEVEL_VALUES = valueIndex(JURISDICTION_LEVELS, JURISDICTION_LEVEL_LABELS, {
  Bezirk: 'regional',
  Überörtlich: 'regional',
  Stadt: 'municipal',
  Gemeinde: 'municipal',
  kommunal: 'municipal',
});
export const PARTNER_VALUES = valueIndex(PARTNER_STATUSES, PARTNER_STATUS_LABELS, {
  Sonstige: 'other',
  Kooperation: 'cooperation_partner',
  Netzwerk: 'network_partner',
});

const YES = new Set(['ja', 'j', 'x', '1', 'yes', 'y', 'true', 'wahr']);
const NO = new Set(['', 'nein', 'n', '0', 'no', 'false', 'falsch']);

/** "Ausgeschieden": ja/nein (also x, 1, yes, …); undefined when unreadable. */
export function parseYesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return undefined;
}
