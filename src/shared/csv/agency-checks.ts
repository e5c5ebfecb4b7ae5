// Row-level checks of the agencies CSV: the header (which columns, which are missing) and each
// row's values, with German messages that name the row and the column.
import { emailSchema, LIMITS, phoneSchema } from '../domain/common';
import {
  AGENCY_COLUMNS,
  columnForHeader,
  KIND_VALUES,
  LEVEL_VALUES,
  normaliseHeader,
  parseYesNo,
  PARTNER_VALUES,
  type AgencyColumn,
  type AgencyColumnKey,
} from './agency-columns';
import { csvIssue, fileError, type CsvIssue } from './issues';
import type { CsvIssueCode, CsvParams } from './messages';

export type Values = Partial<Record<AgencyColumnKey, string>>;

const MAX_LEN: Partial<Record<AgencyColumnKey, number>> = {
  address: LIMITS.text,
  notes: LIMITS.text,
};

export interface Header {
  columns: (AgencyColumn | undefined)[];
  labels: Map<AgencyColumnKey, string>;
  issues: CsvIssue[];
}

export function readHeader(cells: readonly string[]): Header {
  const columns = cells.map((c) => columnForHeader(c.trim()));
  const labels = new Map<AgencyColumnKey, string>();
  const issues: CsvIssue[] = [];
  cells.forEach((raw, i) => {
    const c = columns[i];
    const h = raw.trim();
    if (!c) {
      if (h !== '')
        issues.push(csvIssue('unknown_column', {}, { row: 1, column: h, severity: 'warning' }));
      return;
    }
    if (labels.has(c.key)) {
      issues.push(csvIssue('duplicate_column', { column: c.header }, { row: 1, column: h }));
      columns[i] = undefined;
      return;
    }
    labels.set(c.key, h);
  });
  const missing = AGENCY_COLUMNS.filter((c) => c.required && !labels.has(c.key));
  if (missing.length > 0) {
    issues.push(
      fileError('missing_columns', {
        count: missing.length,
        columns: missing.map((c) => `„${c.header}“`).join(', '),
        expected: AGENCY_COLUMNS.map((c) => c.header).join(';'),
      }),
    );
  }
  return { columns, labels, issues };
}

/** Checks one row; returns its values or the problems that keep it out. */
export function checkRow(
  row: number,
  v: Values,
  label: (k: AgencyColumnKey) => string,
): CsvIssue[] {
  const out: CsvIssue[] = [];
  const err = (k: AgencyColumnKey, code: CsvIssueCode, params: CsvParams = {}) =>
    out.push(csvIssue(code, params, { row, column: label(k) }));
  const get = (k: AgencyColumnKey) => v[k] ?? '';
  if (get('name') === '') err('name', 'name_missing');
  for (const [k, value] of Object.entries(v) as [AgencyColumnKey, string][]) {
    const max = MAX_LEN[k] ?? LIMITS.shortText;
    if (value.length > max) err(k, 'too_long', { max });
  }
  if (get('kind') !== '' && !KIND_VALUES.has(normaliseHeader(get('kind'))))
    err('kind', 'unknown_kind', { value: get('kind') });
  if (get('level') !== '' && !LEVEL_VALUES.has(normaliseHeader(get('level'))))
    err('level', 'unknown_level', { value: get('level') });
  if (get('partnerStatus') !== '' && !PARTNER_VALUES.has(normaliseHeader(get('partnerStatus'))))
    err('partnerStatus', 'unknown_partner', { value: get('partnerStatus') });
  if (parseYesNo(get('retired')) === undefined) err('retired', 'yes_no');
  for (const k of ['phone', 'contactPhone', 'contactMobile'] as const)
    if (get(k) !== '' && !phoneSchema.safeParse(get(k)).success)
      err(k, 'bad_phone', { value: get(k) });
  for (const k of ['email', 'contactEmail'] as const)
    if (get(k) !== '' && !emailSchema.safeParse(get(k)).success)
      err(k, 'bad_email', { value: get(k) });
  const hasContact = AGENCY_COLUMNS.some((c) => c.part === 'contact' && get(c.key) !== '');
  if (hasContact && get('contactName') === '') err('contactName', 'contact_name_missing');
  return out;
}

/** Enumerated columns compare by meaning ("Zoll" = "customs"), the others by text. */
export function canonical(k: AgencyColumnKey, value: string): string {
  const index =
    k === 'kind'
      ? KIND_VALUES
      : k === 'level'
        ? LEVEL_VALUES
        : k === 'partnerStatus'
          ? PARTNER_VALUES
          : null;
  return index ? (index.get(normaliseHeader(value)) ?? value) : value;
}
