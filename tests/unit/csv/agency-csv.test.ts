// The agencies CSV import against a corpus of bad files (tests/fixtures/csv), and the export
// with formula neutralisation, round-tripping through the importer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  agencyCsvRows,
  exportAgenciesCsv,
  formatIssue,
  parseAgencyCsv,
  parseCsv,
  planAgencyImport,
} from '@shared/csv';
import { seedAgencies } from '@shared/catalog';
import { ids } from '../../support/demo-plan';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../fixtures/csv', name)));
const messages = (name: string) => parseAgencyCsv(fixture(name)).issues.map(formatIssue);
const T = '2026-11-20T10:00:00.000Z';

describe('bad files are refused with a clear reason', () => {
  it('Windows-1252 bytes: names the encoding and the line, no mojibake', () => {
    const r = parseAgencyCsv(fixture('windows-1252.csv'));
    expect(r.ok).toBe(false);
    expect(r.agencies).toEqual([]);
    expect(messages('windows-1252.csv')[0]).toMatch(
      /^Zeile 1: Die Datei ist nicht UTF-8-kodiert \(Byte 0xE4; vermutlich Windows-1252/,
    );
    expect(messages('windows-1252.csv')[0]).toContain('CSV UTF-8');
  });
  it('UTF-16 is named as such', () => {
    expect(messages('utf16.csv')[0]).toContain('UTF-16');
  });
  it('a missing required column is named, with the expected header', () => {
    const m = messages('missing-columns.csv');
    expect(m[0]).toContain('Pflichtspalte „Art“ fehlt');
    expect(m[0]).toContain('Name;Kurzname;Art;');
  });
  it('an unclosed quote names the row where it opened', () => {
    const r = parseAgencyCsv(fixture('unbalanced-quotes.csv'));
    expect(r.ok).toBe(false);
    expect(r.issues.map(formatIssue)).toContain(
      'Zeile 2: Ein Anführungszeichen wird nicht geschlossen; der Rest der Datei kann nicht gelesen werden.',
    );
  });
  it('an empty file and a header without data', () => {
    expect(messages('empty.csv')).toEqual(['Die Datei ist leer.']);
    expect(messages('header-only.csv')).toEqual([
      'Die Datei enthält nur die Kopfzeile, aber keine Daten.',
    ]);
  });
});

describe('row errors keep only those rows (or that agency) out', () => {
  it('one agency with contradicting kinds is not imported; the others are', () => {
    const r = parseAgencyCsv(fixture('conflicting-kinds.csv'));
    expect(r.ok).toBe(true);
    expect(r.agencies.map((a) => a.name)).toEqual(['Stadt Probstadt – Ordnungsamt']);
    expect(r.issues.map(formatIssue)).toEqual([
      'Zeile 4, Spalte „Art“: Widerspricht Zeile 2 für dieselbe Behörde „Hauptzollamt Probstadt“ („Ordnungsamt“ ≠ „Zoll“). Die Behörde wird nicht importiert.',
    ]);
    expect(r).toMatchObject({ dataRows: 4, validRows: 1 });
  });
  it('invalid e-mail and phone are reported per cell, line-numbered as in a spreadsheet', () => {
    const r = parseAgencyCsv(fixture('invalid-email-phone.csv'));
    expect(r.issues.map(formatIssue)).toEqual([
      'Zeile 3, Spalte „Ansprechperson Telefon“: Ungültige Telefonnummer „Tel. 0201“ (erlaubt sind Ziffern, Leerzeichen und + ( ) / . -).',
      'Zeile 3, Spalte „Ansprechperson E-Mail“: Ungültige E-Mail-Adresse „paul@“.',
      'Zeile 4, Spalte „E-Mail“: Ungültige E-Mail-Adresse „bauordnung(at)probstadt“.',
    ]);
    expect(r.agencies.map((a) => a.name)).toEqual([
      'Stadt Probstadt – Ordnungsamt',
      'Stadt Probstadt – Feuerwehr',
    ]);
    expect(r.agencies[0]?.contacts).toEqual([
      {
        row: 2,
        name: 'Jana Beispiel',
        function: 'Leitung',
        phone: '0201 1234',
        mobile: '0171 1234',
        email: 'jana@probstadt.example',
        radioCallSign: 'Falke 1',
      },
    ]);
  });
  it('reads English headers, commas, quoted separators and codes', () => {
    const r = parseAgencyCsv(fixture('english-comma.csv'));
    expect(r.separator).toBe(',');
    expect(r.issues).toEqual([]);
    expect(r.agencies[0]).toMatchObject({
      name: 'Federal Police Directorate Probstadt',
      kind: 'federal_police',
      partnerStatus: 'network_partner',
      jurisdiction: { level: 'federal', area: 'NRW' },
      contacts: [{ name: 'Max Mustermann', function: 'Leitung, Einsatz', phone: '+49 201 1' }],
    });
    expect(r.agencies[1]).toMatchObject({ name: 'Food control, Probstadt', kind: 'food_control' });
  });
});

describe('export', () => {
  it('neutralises formula cells (OWASP) and the importer reads them back unchanged', () => {
    const imported = parseAgencyCsv(fixture('injection.csv'));
    expect(imported.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const plan = planAgencyImport(imported.agencies, [], T, ids('a'));
    const bytes = exportAgenciesCsv(plan.create);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`'=cmd|' /C calc'!A0;`);
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(text).toContain(`;'@SUM(1+1)`);
    expect(text).toContain(`;'-2+3;'+49 201 4710-102;`);
    // No cell starts with a formula character any more.
    for (const row of parseCsv(text).records.slice(1))
      for (const cell of row.cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const again = parseAgencyCsv(bytes);
    expect(again.agencies.map((a) => a.name)).toEqual(
      imported.agencies.map((a) => a.name).sort((x, y) => x.localeCompare(y, 'de')),
    );
    expect(again.agencies.find((a) => a.name.startsWith('='))?.contacts[0]?.function).toBe(
      '=HYPERLINK("http://example.invalid")',
    );
  });

  it('writes one row per contact and one for an agency without contacts', () => {
    const agencies = seedAgencies(T, ids('s')).slice(0, 3);
    const first = agencies[0];
    if (!first) throw new Error('catalogue empty');
    agencies[0] = {
      ...first,
      contacts: [
        { id: 'c1', name: 'A', function: '', phone: '', mobile: '', email: '', radioCallSign: '' },
        { id: 'c2', name: 'B', function: '', phone: '', mobile: '', email: '', radioCallSign: '' },
      ],
    };
    const rows = agencyCsvRows(agencies);
    expect(rows).toHaveLength(1 + 2 + 1 + 1);
    expect(rows[0]?.slice(0, 3)).toEqual(['Name', 'Kurzname', 'Art']);
    const back = parseAgencyCsv(exportAgenciesCsv(agencies));
    expect(back.issues).toEqual([]);
    expect(back.agencies.map((a) => [a.kind, a.partnerStatus, a.jurisdiction.level])).toEqual(
      [...agencies]
        .sort((x, y) => x.name.localeCompare(y.name, 'de'))
        .map((a) => [a.kind, a.partnerStatus, a.jurisdiction.level]),
    );
  });

  it('an import extends existing agencies with new contacts only', () => {
    const existing = seedAgencies(T, ids('s'));
    const target = existing[0];
    if (!target) throw new Error('catalogue empty');
    const csv = `Name;Art;Ansprechperson\r\n${target.name};Sonstige;Neue Person\r\nNeue Behörde;Zoll;\r\n`;
    const r = parseAgencyCsv(new TextEncoder().encode(csv));
    const plan = planAgencyImport(r.agencies, existing, T, ids('n'));
    expect(plan.create.map((a) => a.name)).toEqual(['Neue Behörde']);
    expect(plan.extend).toHaveLength(1);
    expect(plan.extend[0]?.after.kind).toBe(target.kind);
    expect(plan.extend[0]?.after.contacts.map((c) => c.name)).toEqual(['Neue Person']);
  });
});
