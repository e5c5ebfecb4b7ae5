// Document pipeline: the builders' content (need-to-know respected), the docx structure (page
// fields, marking in header and footer, A4), and the real rendering through LibreOffice.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// fflate comes with docx (its zip library); used here only to look inside the package.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  emptyDocument,
  forceOverviewModel,
  renderDocx,
  requestSheetModel,
  type DocumentModel,
} from '@shared/documents';
import { demoPlan, NOW } from '../../support/demo-plan';

const d = demoPlan();
const customs = d.plan.participations.find((p) => p.confirmation.status === 'partially_confirmed');
if (!customs) throw new Error('demo changed');
// One source for both builders, as the workspace assembles it.
const source = { ...d, issuingOffice: 'Polizeipräsidium Essen', now: NOW };
const sheet = requestSheetModel(source, customs);
const overview = forceOverviewModel(source);
const textOf = (m: DocumentModel) => JSON.stringify(m);

describe('builders', () => {
  it('the request sheet says what, when, where (municipality only) and by when', () => {
    const t = textOf(sheet);
    expect(sheet.classification).toBe(d.plan.operation.classification);
    expect(sheet.recipient[0]).toBe('Hauptzollamt Essen – Finanzkontrolle Schwarzarbeit');
    expect(t).toContain('8 Personen');
    expect(t).toContain('Freitag, 20.11.2026, 20:00 Uhr');
    expect(t).toContain('Bitte antworten Sie bis Mittwoch, 18.11.2026, 12:00 Uhr.');
    expect(t).toContain('"value":"Essen"');
    // Need-to-know: no premises name or street leaves the office with the request.
    for (const p of d.premises) {
      expect(t).not.toContain(p.name);
      if (p.address.street) expect(t).not.toContain(p.address.street);
    }
  });

  it('the force overview has the totals per agency, team and premises', () => {
    const agencyTable = overview.sections[0]?.blocks[0];
    expect(agencyTable?.type).toBe('table');
    if (agencyTable?.type !== 'table') return;
    expect(agencyTable.rows).toHaveLength(d.plan.participations.length);
    const requested = d.plan.participations.reduce((s, p) => s + p.requestedStrength, 0);
    expect(agencyTable.totals?.[3]).toBe(String(requested));
    expect(overview.sections.map((s) => s.heading)).toEqual([
      'Kräfte je Behörde',
      'Fahrzeuge und Sonderausstattung',
      'Kräfte je Team',
      'Kräfte je Objekt',
      'Ansprechpersonen',
      'Freigabe',
    ]);
  });
});

describe('docx', () => {
  it('is A4 with page fields and the marking in header and footer', async () => {
    const files = unzipSync(await renderDocx(sheet));
    const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    const doc = xml('word/document.xml');
    expect(doc).toContain('w:w="11906"');
    expect(doc).toContain('w:h="16838"');
    const headers = Object.keys(files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    const footers = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(headers.map(xml).join('')).toContain('VS – NUR FÜR DEN DIENSTGEBRAUCH');
    const footer = footers.map(xml).join('');
    expect(footer).toContain('VS – NUR FÜR DEN DIENSTGEBRAUCH');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Polizeipräsidium Essen · 16.11.2026');
    expect(xml('word/settings.xml')).toContain('autoHyphenation');
  });

  it('a table header sits over its column: right above numbers, left above words', async () => {
    const files = unzipSync(await renderDocx(overview));
    const doc = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    // The first table's header row (tableHeader) and the alignment of each of its cells.
    const header =
      /<w:tr>(?:(?!<\/w:tr>).)*?<w:tblHeader\/>(?:(?!<\/w:tr>).)*<\/w:tr>/s.exec(doc)?.[0] ?? '';
    const aligns = [...header.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(
      (c) => /<w:jc w:val="(\w+)"/.exec(c[0])?.[1] ?? 'left',
    );
    const table = overview.sections[0]?.blocks[0];
    if (table?.type !== 'table') throw new Error('force overview changed');
    expect(aligns).toEqual(table.columns.map((c) => c.align ?? 'left'));
    expect(aligns).toContain('right');
  });

  it('an open document is marked OFFEN', async () => {
    const files = unzipSync(
      await renderDocx(emptyDocument({ classification: 'open', title: 'T' })),
    );
    expect(strFromU8(files['word/header1.xml'] ?? new Uint8Array())).toContain('OFFEN');
  });
});

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
const soffice = hasSoffice();
if (!soffice)
  console.log('[documents] LibreOffice (soffice) not found: skipping the PDF rendering test');

describe.skipIf(!soffice)('rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vp-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('request sheet and force overview: marking top and bottom of every page, Seite X von Y', async () => {
    writeFileSync(join(dir, 'anforderung.docx'), await renderDocx(sheet));
    writeFileSync(join(dir, 'kraefte.docx'), await renderDocx(overview));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'anforderung.docx'),
        join(dir, 'kraefte.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    // VP_DOCS_OUT=<folder> keeps the PDFs, to look at them.
    const keep = process.env.VP_DOCS_OUT;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      for (const f of ['anforderung.pdf', 'kraefte.pdf']) copyFileSync(join(dir, f), join(keep, f));
    }
    const pages = (name: string) =>
      execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((p) => p.trim() !== '');

    const req = pages('anforderung');
    expect(req).toHaveLength(1);
    const page = req[0] ?? '';
    const lines = page
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0]).toBe('VS – NUR FÜR DEN DIENSTGEBRAUCH');
    expect(lines.at(-1)).toBe('VS – NUR FÜR DEN DIENSTGEBRAUCH');
    expect(page).toContain('Seite 1 von 1');
    expect(page).toContain('Hauptzollamt Essen – Finanzkontrolle Schwarzarbeit');
    expect(page).toContain('8 Personen');
    expect(page).toContain('Freitag, 20.11.2026, 20:00 Uhr');

    const fo = pages('kraefte');
    expect(fo.length).toBeGreaterThan(1);
    fo.forEach((p, i) => {
      const l = p
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean);
      expect(l[0]).toBe('VS – NUR FÜR DEN DIENSTGEBRAUCH');
      expect(l.at(-1)).toBe('VS – NUR FÜR DEN DIENSTGEBRAUCH');
      expect(p).toContain(`Seite ${i + 1} von ${fo.length}`);
    });
    expect(fo.join('\n')).toContain('Kräfte je Team');
  }, 180_000);
});
