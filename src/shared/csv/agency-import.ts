// Agencies CSV import: reads the file, checks every row (line-numbered German messages), groups
// rows into agencies by name and refuses agencies whose rows contradict each other. The result
// lists what is valid and what is wrong; nothing is written here.
import type { AgencyKind, Jurisdiction, PartnerStatus } from '../domain/agency';
import {
  AGENCY_COLUMNS,
  KIND_VALUES,
  LEVEL_VALUES,
  normaliseHeader,
  parseYesNo,
  PARTNER_VALUES,
  type AgencyColumnKey,
} from './agency-columns';
import { canonical, checkRow, readHeader, type Values } from './agency-checks';
import { decodeCsvBytes } from './decode';
import { csvIssue, fileError, type CsvIssue } from './issues';
import { parseCsv, type Separator } from './parse';
import { unneutraliseCell } from './serialize';

export interface ImportedContact {
  row: number;
  name: string;
  function: string;
  phone: string;
  mobile: string;
  email: string;
  radioCallSign: string;
}

export interface ImportedAgency {
  /** Normalised name: rows with the same key describe the same agency. */
  key: string;
  rows: number[];
  name: string;
  shortName: string;
  kind: AgencyKind;
  partnerStatus: PartnerStatus;
  jurisdiction: Jurisdiction;
  phone: string;
  email: string;
  address: string;
  notes: string;
  retired: boolean;
  contacts: ImportedContact[];
}

export interface AgencyCsvResult {
  /** False when the file as a whole cannot be used (encoding, header, unclosed quote …). */
  ok: boolean;
  separator: Separator | null;
  /** Data rows read (without header and blank rows). */
  dataRows: number;
  /** Rows that will be imported. */
  validRows: number;
  agencies: ImportedAgency[];
  issues: CsvIssue[];
}

export const agencyKey = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const AGENCY_FIELDS = [
  'shortName',
  'kind',
  'level',
  'area',
  'partnerStatus',
  'phone',
  'email',
  'address',
  'notes',
  'retired',
] as const satisfies readonly AgencyColumnKey[];

function failed(issues: CsvIssue[], separator: Separator | null = null): AgencyCsvResult {
  return { ok: false, separator, dataRows: 0, validRows: 0, agencies: [], issues };
}

const MAX_CONTACTS = 200;

interface Group {
  name: string;
  rows: { row: number; v: Values }[];
  defined: Partial<Record<(typeof AGENCY_FIELDS)[number], { row: number; value: string }>>;
  bad: boolean;
}

export interface AgencyCsvOptions {
  /**
   * Told the data rows checked so far and how many there are: after the file is parsed (0),
   * every PROGRESS_EVERY rows and at the end. Observes only; the result is the same without it.
   */
  onProgress?(rows: number, total: number): void;
}

/** Rows between two progress reports: often enough for a moving bar, rare enough to be cheap. */
export const PROGRESS_EVERY = 1_000;

export function parseAgencyCsv(bytes: Uint8Array, options: AgencyCsvOptions = {}): AgencyCsvResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return failed([decoded.issue]);
  return parseAgencyCsvText(decoded.text, options);
}

export function parseAgencyCsvText(text: string, options: AgencyCsvOptions = {}): AgencyCsvResult {
  const parsed = parseCsv(text);
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  const nonBlank = parsed.records.filter((r) => !blank(r.cells));
  const first = nonBlank[0];
  if (!first) return failed([fileError('empty'), ...parsed.issues], parsed.separator);
  const header = readHeader(first.cells);
  if (header.issues.some((i) => i.severity === 'error' && i.row === null) || parsed.fatal)
    return failed([...header.issues, ...parsed.issues], parsed.separator);
  const issues: CsvIssue[] = [...header.issues];
  const rowIssues = new Map<number, CsvIssue[]>();
  for (const i of parsed.issues)
    if (i.row !== null) rowIssues.set(i.row, [...(rowIssues.get(i.row) ?? []), i]);
  const label = (k: AgencyColumnKey) =>
    header.labels.get(k) ?? AGENCY_COLUMNS.find((c) => c.key === k)?.header ?? k;

  const data = nonBlank.slice(1);
  if (data.length === 0) return failed([...issues, fileError('header_only')], parsed.separator);

  const groups = new Map<string, Group>();
  const progress = options.onProgress;
  progress?.(0, data.length);
  for (const [index, rec] of data.entries()) {
    if (progress && index > 0 && index % PROGRESS_EVERY === 0) progress(index, data.length);
    const v: Values = {};
    rec.cells.forEach((cell, i) => {
      const c = header.columns[i];
      if (c) v[c.key] = unneutraliseCell(cell.trim());
    });
    const problems = [...(rowIssues.get(rec.row) ?? []), ...checkRow(rec.row, v, label)];
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    const key = agencyKey(v.name ?? '');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: v.name ?? '', rows: [], defined: {}, bad: false }));
    // The first row that fills an agency column defines it; a later different value is a
    // contradiction, and then nobody can tell which is right: the agency is not imported.
    for (const k of AGENCY_FIELDS) {
      const value = v[k] ?? '';
      if (value === '') continue;
      const earlier = g.defined[k];
      if (!earlier) g.defined[k] = { row: rec.row, value };
      else if (canonical(k, earlier.value) !== canonical(k, value)) {
        g.bad = true;
        issues.push(
          csvIssue(
            'conflict',
            { earlierRow: earlier.row, name: g.name, value, earlier: earlier.value },
            { row: rec.row, column: label(k) },
          ),
        );
      }
    }
    g.rows.push({ row: rec.row, v });
  }
  progress?.(data.length, data.length);

  const agencies: ImportedAgency[] = [];
  let validRows = 0;
  for (const [key, g] of groups) {
    const firstRow = g.rows[0];
    if (g.bad || !firstRow) continue;
    const pick = (k: (typeof AGENCY_FIELDS)[number]) => g.defined[k]?.value ?? '';
    const kind = KIND_VALUES.get(normaliseHeader(pick('kind')));
    if (!kind) {
      issues.push(
        csvIssue('kind_missing', { name: g.name }, { row: firstRow.row, column: label('kind') }),
      );
      continue;
    }
    const contacts: ImportedContact[] = [];
    const seen = new Map<string, number>();
    for (const r of g.rows) {
      const name = r.v.contactName ?? '';
      if (name === '') continue;
      const earlier = seen.get(agencyKey(name));
      if (earlier !== undefined || contacts.length >= MAX_CONTACTS) {
        const where = { row: r.row, column: label('contactName'), severity: 'warning' as const };
        issues.push(
          earlier !== undefined
            ? csvIssue('duplicate_contact', { name, earlierRow: earlier }, where)
            : csvIssue('too_many_contacts', { name: g.name, max: MAX_CONTACTS }, where),
        );
        continue;
      }
      seen.set(agencyKey(name), r.row);
      contacts.push({
        row: r.row,
        name,
        function: r.v.contactFunction ?? '',
        phone: r.v.contactPhone ?? '',
        mobile: r.v.contactMobile ?? '',
        email: r.v.contactEmail ?? '',
        radioCallSign: r.v.radioCallSign ?? '',
      });
    }
    validRows += g.rows.length;
    agencies.push({
      key,
      rows: g.rows.map((r) => r.row),
      name: g.name,
      shortName: pick('shortName'),
      kind,
      partnerStatus: PARTNER_VALUES.get(normaliseHeader(pick('partnerStatus'))) ?? 'other',
      jurisdiction: {
        level: LEVEL_VALUES.get(normaliseHeader(pick('level'))) ?? 'municipal',
        area: pick('area'),
      },
      phone: pick('phone'),
      email: pick('email'),
      address: pick('address'),
      notes: pick('notes'),
      retired: parseYesNo(pick('retired')) ?? false,
      contacts,
    });
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    ok: true,
    separator: parsed.separator,
    dataRows: data.length,
    validRows,
    agencies,
    issues,
  };
}
