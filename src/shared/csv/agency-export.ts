// Agencies CSV export in the import format: German headers, one row per contact (an agency
// without contacts gets one row), labels instead of codes, cells neutralised against formulas.
import {
  AGENCY_KIND_LABELS,
  JURISDICTION_LEVEL_LABELS,
  PARTNER_STATUS_LABELS,
} from '../catalog/enum-labels';
import type { Agency, Contact } from '../domain/agency';
import { AGENCY_COLUMNS, type AgencyColumnKey } from './agency-columns';
import { csvBytes, serializeCsv } from './serialize';

function row(a: Agency, c: Contact | null): string[] {
  const values: Record<AgencyColumnKey, string> = {
    name: a.name,
    shortName: a.shortName,
    kind: AGENCY_KIND_LABELS[a.kind].de,
    level: JURISDICTION_LEVEL_LABELS[a.jurisdiction.level].de,
    area: a.jurisdiction.area,
    partnerStatus: PARTNER_STATUS_LABELS[a.partnerStatus].de,
    phone: a.phone,
    email: a.email,
    address: a.address,
    notes: a.notes,
    retired: a.retired ? 'ja' : '',
    contactName: c?.name ?? '',
    contactFunction: c?.function ?? '',
    contactPhone: c?.phone ?? '',
    contactMobile: c?.mobile ?? '',
    contactEmail: c?.email ?? '',
    radioCallSign: c?.radioCallSign ?? '',
  };
  return AGENCY_COLUMNS.map((col) => values[col.key]);
}

/** Header plus rows, by agency name; merged agencies are left out (they live on in another). */
export function agencyCsvRows(agencies: readonly Agency[]): string[][] {
  const rows: string[][] = [AGENCY_COLUMNS.map((c) => c.header)];
  const sorted = agencies
    .filter((a) => a.mergedInto === null)
    .sort((x, y) => x.name.localeCompare(y.name, 'de'));
  for (const a of sorted) {
    if (a.contacts.length === 0) rows.push(row(a, null));
    for (const c of a.contacts) rows.push(row(a, c));
  }
  return rows;
}

/** The export file: UTF-8 with BOM, ";" separated, CRLF. */
export function exportAgenciesCsv(agencies: readonly Agency[]): Uint8Array<ArrayBuffer> {
  return csvBytes(serializeCsv(agencyCsvRows(agencies)));
}
