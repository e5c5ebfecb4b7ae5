// The Einsatzbefehl as a Word file: hostile text still gives strictly well-formed XML (nothing cut
// without a mark), and LibreOffice renders the demo briefing with the marking, "Seite X von Y",
// copy number and revision on every page, every annex, a map on each object sheet.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ILLEGAL_CHARACTER_MARK } from '@shared/documents';
import { agencyScope, briefingModel, teamCardsModel } from '@shared/documents/briefing';
import { renderBriefingDocx } from '@shared/documents/briefing/render-briefing';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import { demoBriefing } from './briefing-fixtures';
import { assertWellFormedXml } from './xml-well-formed';

const { d, input } = demoBriefing();
const parts = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  return (name: string) => strFromU8(files[name] ?? new Uint8Array());
};

/** Any code point, with XML troublemakers, markup, RTL and emoji made likely. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    maxLength: 40,
    unit: fc.oneof(
      fc.constantFrom('\uFFFE', '\uFFFF', '\u0000', '\u001F', '\uD800', '\uDFFF'),
      fc.constantFrom('<w:p>', '</w:t>', '&amp;', ']]>', '\r\n', 'שלום', 'مرحبا', '😀', '👨‍👩‍👧'),
    ),
  }),
);

function withText(t: string) {
  const op = d.plan.operation;
  const fw = op.framework;
  return briefingModel({
    ...input,
    source: {
      ...input.source,
      plan: {
        ...d.plan,
        operation: {
          ...op,
          codeName: t || 'X',
          fileReference: t,
          framework: { ...fw, situation: { ...fw.situation, background: t, trigger: t } },
        },
        targets: d.plan.targets.map((x) => ({ ...x, reason: t })),
      },
    },
  });
}

describe('Einsatzbefehl docx', () => {
  it(
    'hostile strings in plan fields give well-formed XML in every part',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostile, async (t) => {
          const xml = parts(await renderBriefingDocx(withText(t)));
          for (const name of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml'])
            assertWellFormedXml(xml(name));
        }),
        { numRuns: fcRuns(15) },
      );
    },
    fcTimeout(15, 60_000, 4_000),
  );

  it('a 10 000-character field, RTL, emoji and markup-like text arrive whole', async () => {
    const long = `${'Ä'.repeat(9_990)}ENDE-MARKE`;
    const odd = 'שלום <w:p> 😀 \uFFFE';
    const xml = parts(await renderBriefingDocx(withText(`${long}\n${odd}`)))('word/document.xml');
    expect(xml).toContain(long);
    expect(xml).toContain(`שלום &lt;w:p&gt; 😀 ${ILLEGAL_CHARACTER_MARK}`);
  });

  it('header and footer carry marking, ENTWURF / ÜBUNG, copy, revision and page fields', async () => {
    const op = d.plan.operation;
    const drill = briefingModel({
      ...input,
      source: {
        ...input.source,
        plan: { ...d.plan, operation: { ...op, exercise: true, approval: null } },
      },
    });
    const xml = parts(await renderBriefingDocx(drill));
    expect(xml('word/header1.xml')).toContain('VS – NUR FÜR DEN DIENSTGEBRAUCH · ÜBUNG · ENTWURF');
    const footer = xml('word/footer1.xml');
    expect(footer).toContain('Entwurf – keine gezählte Ausfertigung');
    expect(footer).toContain(`Revision ${op.revision}`);
    expect(footer).toMatch(/NUMPAGES/);
    const approved = parts(await renderBriefingDocx(briefingModel(input)))('word/footer1.xml');
    expect(approved).toContain('Ausfertigung 1 von 4');
    expect(approved).not.toContain('ENTWURF');
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
  console.log('[briefing] LibreOffice (soffice) not found: skipping the PDF rendering test');

describe.skipIf(!soffice)('Einsatzbefehl rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vp-briefing-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every page: marking top and bottom, Seite X von Y, copy and revision; annexes and maps', async () => {
    const ordnungsamt = d.byKey.get('essen_ordnungsamt') ?? '';
    const extract = briefingModel({
      ...input,
      scope: agencyScope(d.plan, ordnungsamt),
      copy: { number: 2, total: 4, recipient: 'Stadt Essen – Ordnungsamt' },
    });
    writeFileSync(join(dir, 'befehl.docx'), await renderBriefingDocx(briefingModel(input)));
    writeFileSync(join(dir, 'auszug.docx'), await renderBriefingDocx(extract));
    writeFileSync(join(dir, 'karten.docx'), await renderBriefingDocx(teamCardsModel(input)));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...['befehl', 'auszug', 'karten'].map((n) => join(dir, `${n}.docx`)),
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
    // VP_DOCS_OUT=<folder> keeps the PDFs, to look at them.
    const keep = process.env.VP_DOCS_OUT;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      for (const n of ['befehl', 'auszug', 'karten'])
        copyFileSync(join(dir, `${n}.pdf`), join(keep, `${n}.pdf`));
    }
    const pages = (name: string) =>
      execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((p) => p.trim() !== '');
    const lines = (p: string) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);

    const all = pages('befehl');
    // Title, parts, 7 object sheets and 5 more annexes: at least 14 pages, not hundreds.
    expect(all.length).toBeGreaterThanOrEqual(14);
    expect(all.length).toBeLessThan(40);
    all.forEach((p, i) => {
      const l = lines(p);
      expect(l[0]).toBe('VS – NUR FÜR DEN DIENSTGEBRAUCH');
      expect(l.at(-1)).toBe('VS – NUR FÜR DEN DIENSTGEBRAUCH');
      expect(p).toContain(`Seite ${i + 1} von ${all.length}`);
      expect(p).toContain('Ausfertigung 1 von 4');
      expect(p).toContain(`Revision ${d.plan.operation.revision}`);
    });
    const text = all.join('\n');
    for (const a of [
      'A Kräfteübersicht',
      'B Objektblätter',
      'C Zeitablauf',
      'D Kommunikationsplan',
      'E Lagekarte',
      'F Verteiler',
    ])
      expect(text).toContain(`Anlage ${a}`);
    // One map per object sheet plus the Lagekarte, each on its sheet's page.
    const images = execFileSync('pdfimages', ['-list', join(dir, 'befehl.pdf')], {
      encoding: 'utf8',
    })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => Number(l.trim().split(/\s+/)[0]));
    const sheetPages = all.flatMap((p, i) =>
      /Anlage B\.\d+\s+Objektblatt/.test(p) ? [i + 1] : [],
    );
    expect(sheetPages).toHaveLength(d.plan.targets.length);
    for (const page of sheetPages) expect(images).toContain(page);

    const extractPages = pages('auszug');
    const extractText = extractPages.join('\n');
    expect(extractText).toContain('Auszug für Stadt Essen – Ordnungsamt');
    for (const p of d.premises) expect(extractText).not.toContain(p.name);
    extractPages.forEach((p) => expect(p).toContain('Ausfertigung 2 von 4'));

    const cards = pages('karten');
    expect(cards).toHaveLength(d.plan.teams.length);
    cards.forEach((p, i) => expect(p).toContain(`Seite ${i + 1} von ${cards.length}`));
  }, 300_000);
});
