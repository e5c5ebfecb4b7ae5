// Einsatzbericht: the demo operation with results for three agencies, through the document
// pipeline into a real .docx, read back as printed by LibreOffice (marking, page X of Y, copy).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '@shared/documents';
import type { DocBlock } from '@shared/documents';
import {
  addGoods,
  afterActionReportModel,
  emptyResults,
  MAX_AGENCY_COLUMNS,
  setCell,
  type OperationResults,
} from '@shared/results';
import { demoPlan, NOW } from '../../support/demo-plan';

const d = demoPlan();
const op = d.plan.operation;
const at = <T>(list: readonly T[], i: number): T => {
  const v = list[i];
  if (v === undefined) throw new Error('demo changed');
  return v;
};
const agencies = d.plan.participations.map((p) => p.agencyId);
const targetIds = d.plan.targets.map((t) => t.id);
const [a1, a2, a3] = [at(agencies, 0), at(agencies, 1), at(agencies, 2)];
const [t1, t2] = [at(targetIds, 0), at(targetIds, 1)];

function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** The text of a .docx as LibreOffice prints it (headers and footers included). */
function docxToText(file: string, dir: string): string {
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return execFileSync('pdftotext', ['-layout', file.replace(/\.docx$/, '.pdf'), '-'], {
    encoding: 'utf8',
  });
}

function demoResults(): OperationResults {
  let r = emptyResults(op.id, op.id, NOW);
  r = setCell(r, a1, t1, 'persons_checked', 14);
  r = setCell(r, a1, t1, 'arrests', 1);
  r = setCell(r, a2, t1, 'cash_seized_cents', 123_456);
  r = setCell(r, a2, t2, 'tobacco_grams', 2_500);
  r = setCell(r, a3, t2, 'owi_reports', 3);
  return {
    ...r,
    followUps: [
      {
        id: 'f1',
        task: 'Konzession prüfen',
        owner: 'Ordnungsamt',
        due: '2027-01-15T09:00:00.000Z',
        done: false,
      },
    ],
    lessons: { command: 'Funkverbindung im Keller abgerissen' },
    press: { releaseIssued: true, mediaRequests: 2, statement: '3 Anzeigen' },
  };
}

const source = {
  ...d,
  plan: {
    ...d.plan,
    participations: d.plan.participations.map((p, i) =>
      i === 0 ? { ...p, actualStrength: 7 } : p,
    ),
  },
  issuingOffice: 'Polizeipräsidium Essen',
  now: NOW,
};

describe('after-action report', () => {
  it('has planned vs actual, results per agency and category, tasks, lessons and press', () => {
    const model = afterActionReportModel(source, demoResults(), { number: 2, total: 3 });
    expect(model.copy).toBe('Ausfertigung 2 von 3');
    expect(model.classification).toBe(op.classification);
    expect(model.sections.map((s) => s.heading)).toEqual([
      'Einsatz',
      'Objekte: geplant und durchgeführt',
      'Kräfte: angefragt, bestätigt, tatsächlich',
      'Zeiten: geplant und tatsächlich',
      'Ergebnisse je Kategorie und Behörde',
      'Ergebnisse je Objekt',
      'Nachbereitung: Aufgaben',
      'Erkenntnisse',
      'Presse',
    ]);
    const table = model.sections[4]?.blocks[0];
    if (table?.type !== 'table') throw new Error('table expected');
    expect(table.columns).toHaveLength(1 + 3 + 1);
    const cash = table.rows.find((r) => r[0] === 'Sichergestelltes Bargeld');
    expect(cash?.at(-1)?.replace(/\s/g, ' ')).toBe('1.234,56 €');
    const tobacco = table.rows.find((r) => r[0] === 'Sichergestellter Tabak');
    expect(tobacco?.at(-1)).toBe('2,5 kg');
    const forces = model.sections[2]?.blocks[0];
    if (forces?.type !== 'table') throw new Error('table expected');
    expect(forces.totals?.[3]).toBe('7');
  });

  it.skipIf(!hasLibreOffice())(
    'renders as docx that LibreOffice prints with marking, pages and copy',
    async () => {
      const bytes = await renderDocx(
        afterActionReportModel(source, demoResults(), { number: 1, total: 2 }),
      );
      const dir = mkdtempSync(join(tmpdir(), 'vp-report-'));
      const file = join(dir, 'einsatzbericht.docx');
      writeFileSync(file, bytes);
      const text = docxToText(file, dir).replace(/\s+/g, ' ');
      expect(text).toContain('Einsatzbericht');
      expect(text).toContain('VS – NUR FÜR DEN DIENSTGEBRAUCH');
      expect(text).toMatch(/Seite 1 von \d/);
      expect(text).toContain('Ausfertigung 1 von 2');
      expect(text).toContain('Konzession prüfen');
      expect(text).toContain('Funkverbindung im Keller abgerissen');
      expect(text).toContain('1.234,56 €');
    },
    120_000,
  );

  it('sums no actual strength as "–", not 0, when no agency reported one', () => {
    const none = { ...source, plan: { ...source.plan, participations: d.plan.participations } };
    const forces = afterActionReportModel(none, demoResults()).sections[2]?.blocks[0];
    if (forces?.type !== 'table') throw new Error('table expected');
    expect(forces.totals?.[3]).toBe('–');
  });

  it('says so for an operation without premises, agencies or timeline instead of bare headers', () => {
    const empty = {
      ...source,
      plan: { ...source.plan, targets: [], participations: [], timeline: [] },
    };
    const model = afterActionReportModel(empty, emptyResults(op.id, op.id, NOW));
    const first = (heading: string) => model.sections.find((s) => s.heading === heading)?.blocks;
    expect(first('Objekte: geplant und durchgeführt')).toEqual([
      { type: 'paragraph', text: 'Keine Objekte im Plan.' },
    ]);
    expect(first('Kräfte: angefragt, bestätigt, tatsächlich')).toEqual([
      { type: 'paragraph', text: 'Keine Behörden beteiligt.' },
    ]);
    expect(first('Zeiten: geplant und tatsächlich')).toEqual([
      { type: 'paragraph', text: 'Kein Zeitablauf geplant.' },
    ]);
    expect(first('Ergebnisse')).toEqual([{ type: 'paragraph', text: 'Keine Ergebnisse erfasst.' }]);
  });

  it('groups the thousands of a seized quantity', () => {
    const r = addGoods(demoResults(), a1, t1, {
      description: 'Wasserpfeifentabak',
      quantity: 100_000_000,
      unit: 'grams',
    });
    const model = afterActionReportModel(source, r);
    const goods = model.sections.find((s) => s.heading === 'Sichergestellte Waren')?.blocks[0];
    if (goods?.type !== 'table') throw new Error('table expected');
    expect(goods.rows[0]?.[3]).toBe('100.000.000 g');
  });

  it('lists many agencies as rows, not as columns too narrow for their numbers', () => {
    const many = agencies.slice(0, MAX_AGENCY_COLUMNS + 3);
    let r = emptyResults(op.id, op.id, NOW);
    for (const a of many) r = setCell(r, a, t1, 'cash_seized_cents', 10_000_000_000);
    const blocks = afterActionReportModel(source, r).sections[4]?.blocks ?? [];
    const tables = blocks.filter(
      (b): b is Extract<DocBlock, { type: 'table' }> => b.type === 'table',
    );
    // At most three columns each: the totals, then one row per agency and category.
    for (const t of tables) expect(t.columns.length).toBeLessThanOrEqual(3);
    const plain = (rows: string[][] | undefined) =>
      rows?.map((c) => c.map((x) => x.replace(/\s/g, ' ')));
    expect(plain(tables[0]?.rows)).toEqual([['Sichergestelltes Bargeld', '600.000.000,00 €']]);
    expect(tables[1]?.rows).toHaveLength(many.length);
    expect(plain(tables[1]?.rows)?.[0]?.[2]).toBe('100.000.000,00 €');
  });

  it('lists even two agencies as rows when a sum is too long for a narrow column', () => {
    let r = emptyResults(op.id, op.id, NOW);
    r = setCell(r, a1, t1, 'cash_seized_cents', 10_000_000_000);
    r = setCell(r, a2, t1, 'arrests', 2);
    const blocks = afterActionReportModel(source, r).sections[4]?.blocks ?? [];
    expect(blocks).toHaveLength(2);
    for (const b of blocks) if (b.type === 'table') expect(b.columns.length).toBeLessThanOrEqual(3);
    // Small numbers keep the compact table with a column per agency.
    const small = afterActionReportModel(source, demoResults()).sections[4]?.blocks ?? [];
    expect(small).toHaveLength(1);
  });

  it.skipIf(!hasLibreOffice())(
    'prints the amounts of many agencies whole, each on one line',
    async () => {
      let r = emptyResults(op.id, op.id, NOW);
      for (const a of agencies) r = setCell(r, a, t1, 'cash_seized_cents', 10_000_000_000);
      const bytes = await renderDocx(afterActionReportModel(source, r));
      const dir = mkdtempSync(join(tmpdir(), 'vp-report-'));
      const file = join(dir, 'einsatzbericht.docx');
      writeFileSync(file, bytes);
      // Before: nine agency columns of 1.4/16 of the width broke "100.000.000,00 €" into
      // "100." / "000." / "000,00" / "€" lines.
      const amounts = docxToText(file, dir).match(/100\.000\.000,00\s€/g) ?? [];
      expect(amounts).toHaveLength(agencies.length);
    },
    120_000,
  );
});
