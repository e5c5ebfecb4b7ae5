// The situation picture's rows: the same numbers as the aggregate, German number forms, and a
// CSV in which a hostile name cannot become a spreadsheet formula.
import { describe, expect, it } from 'vitest';
import { serializeCsv } from '@shared/csv';
import {
  aggregate,
  emptyResults,
  filterText,
  groupedNumber,
  NO_FILTER,
  monthName,
  plainMetric,
  prepareOperations,
  shareText,
  situationCsvRows,
  situationPictureModel,
  situationTables,
  type AggregationInput,
} from '@shared/results';

const NOW = '2026-06-01T00:00:00.000Z';

function op(id: string, hHour: string, agencyId: string, values: Record<string, number>) {
  return {
    operation: {
      id,
      status: 'executed' as const,
      exercise: false,
      hHour,
      municipalityId: 'essen',
      thematicFields: [],
      template: false,
      deletedAt: null,
    },
    results: {
      ...emptyResults(id, id, NOW),
      rows: [{ agencyId, targetId: 't', values, goods: [], note: '' }],
    },
    agencyIds: [agencyId],
    premisesOf: new Map([['t', 'cafe']]),
  } satisfies AggregationInput;
}

const names = {
  agency: (id: string) => (id === 'evil' ? '=HYPERLINK("http://x","klick")' : `Behörde ${id}`),
  municipality: (code: string) => (code === 'essen' ? 'Essen' : code),
  premises: (id: string) => (id === 'cafe' ? '+Café Platzhalter' : id),
};

const a = aggregate(
  prepareOperations([
    op('1', '2026-02-10T09:00:00.000Z', 'evil', { cash_seized_cents: 123_456, closures: 2 }),
    op('2', '2026-03-10T09:00:00.000Z', 'police', { tobacco_grams: 2_500, closures: 1 }),
  ]),
);

describe('situation picture', () => {
  it('prints the aggregate in German number forms', () => {
    const tables = situationTables(a, names);
    const byKey = new Map(tables.map((t) => [t.key, t]));
    expect(byKey.get('months')?.rows).toEqual([
      ['2026-02', '1'],
      ['2026-03', '1'],
    ]);
    expect(byKey.get('categories')?.rows).toContainEqual([
      'Sichergestelltes Bargeld',
      'EUR',
      '1234,56',
    ]);
    expect(byKey.get('categories')?.rows).toContainEqual(['Sichergestellter Tabak', 'kg', '2,5']);
    expect(byKey.get('categories')?.rows).toContainEqual(['Schließungen', 'Anzahl', '3']);
    expect(byKey.get('agencyShare')?.rows.map((r) => r[2])).toEqual(['50,0 %', '50,0 %']);
    expect(byKey.get('repeated')?.rows).toEqual([['+Café Platzhalter', '2', '2 → 1', 'fallend']]);
    expect(situationTables(a, names, 'en').find((t) => t.key === 'repeated')?.rows[0]?.[3]).toBe(
      'falling',
    );
    expect(plainMetric(5, 'cents')).toBe('0,05');
    expect(shareText(1, 3)).toBe('33,3 %');
  });

  it("the CSV keeps ISO months and says so in its format line, in the tables' language", () => {
    const de = situationCsvRows(situationTables(a, names), 'Nur abgeschlossene Einsätze');
    expect(de[1]?.[0]).toContain('Monat als JJJJ-MM (ISO 8601)');
    expect(de).toContainEqual(['2026-02', '1']);
    const en = situationCsvRows(situationTables(a, names, 'en'), 'Completed only', 'en');
    expect(en[1]?.[0]).toContain('month as YYYY-MM (ISO 8601)');
  });

  it('names months in German and English, leaves anything else alone', () => {
    expect(monthName('2026-11')).toBe('November 2026');
    expect(monthName('2026-03')).toBe('März 2026');
    expect(monthName('2026-01', 'en')).toBe('January 2026');
    expect(monthName('2026-13')).toBe('2026-13');
    expect(monthName('')).toBe('');
    expect(monthName('ohne Datum')).toBe('ohne Datum');
  });

  it('neutralises formula injection in the CSV', () => {
    const csv = serializeCsv(
      situationCsvRows(situationTables(a, names), 'Nur abgeschlossene Einsätze'),
    );
    const cells = csv.split(/\r\n/).flatMap((line) => line.split(';'));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""klick"")"`);
    expect(csv).toContain("'+Café Platzhalter");
    // No cell starts with a formula character unprefixed.
    for (const c of cells) expect(c.replace(/^"/, '')).not.toMatch(/^[=+@]/);
  });

  it('the Lagebild says what it counts and holds every table', () => {
    const tables = situationTables(a, names);
    const model = situationPictureModel({
      tables,
      operations: a.operations,
      filterText: filterText(
        { ...NO_FILTER, from: '2026-01', to: '2026-06', municipalityId: 'essen', agencyId: 'zoll' },
        {
          municipality: (code) => (code === 'essen' ? 'Essen' : code),
          thematicField: (code) => code,
          agency: (id) => (id === 'zoll' ? 'Hauptzollamt Essen' : id),
        },
      ),
      issuingOffice: 'PP Essen',
      now: NOW,
    });
    expect(model.title).toBe('Lagebild');
    // The filter in words, not the URL's parameters.
    const basis = JSON.stringify(model.sections[0]);
    expect(basis).toContain(
      'Zeitraum Januar 2026 bis Juni 2026 · Gemeinde Essen · nur Ergebnisse von Hauptzollamt Essen',
    );
    // Months in words in the document ("Februar 2026"), never the CSV's "2026-02".
    const months = model.sections.find((s) => s.heading === 'Einsätze je Monat');
    expect(JSON.stringify(months)).toContain('"Februar 2026"');
    expect(JSON.stringify(months)).toContain('"März 2026"');
    expect(JSON.stringify(model)).not.toMatch(/\b\d{4}-(0[1-9]|1[0-2])\b/);
    expect(basis).not.toContain('mun=');
    expect(JSON.stringify(model.sections[0])).toContain('nur aus abgeschlossenen Einsätzen');
    expect(model.sections.slice(1).map((s) => s.heading)).toEqual(tables.map((t) => t.heading));
  });

  it('the Lagebild groups thousands, aligns numbers right and text left, counts in the singular', () => {
    const big = aggregate(
      prepareOperations([
        op('1', '2026-02-10T09:00:00.000Z', 'police', {
          persons_checked: 100_000,
          cash_seized_cents: 10_000_000_000,
          tobacco_grams: 99_999_999,
        }),
      ]),
    );
    const model = situationPictureModel({
      tables: situationTables(big, names),
      operations: big.operations,
      filterText: '',
      issuingOffice: 'PP Essen',
      now: NOW,
    });
    expect(model.subtitle).toBe('Auswertung von 1 abgeschlossenen Einsatz');
    const tableOf = (heading: string) => {
      const b = model.sections.find((x) => x.heading === heading)?.blocks[0];
      if (b?.type !== 'table') throw new Error(`table expected: ${heading}`);
      return b;
    };
    const categories = tableOf('Ergebnisse je Kategorie');
    expect(categories.rows).toEqual([
      ['Kontrollierte Personen', 'Anzahl', '100.000'],
      ['Sichergestelltes Bargeld', 'EUR', '100.000.000,00'],
      ['Sichergestellter Tabak', 'kg', '99.999,999'],
    ]);
    expect(categories.columns.map((c) => c.align)).toEqual(['left', 'left', 'right']);
    const repeated = situationTables(a, names).find((t) => t.key === 'repeated');
    if (!repeated) throw new Error('repeated expected');
    const doc = situationPictureModel({
      tables: [repeated],
      operations: 2,
      filterText: '',
      issuingOffice: '',
      now: NOW,
    });
    expect(doc.subtitle).toBe('Auswertung von 2 abgeschlossenen Einsätzen');
    const b = doc.sections[1]?.blocks[0];
    if (b?.type !== 'table') throw new Error('table expected');
    // "2 → 1" and "fallend" are words for the reader, not numbers.
    expect(b.columns.map((c) => c.align)).toEqual(['left', 'right', 'left', 'left']);
  });

  it('groups a plain number by string arithmetic, beyond what a float holds exactly', () => {
    expect(groupedNumber('12345678901234567,89')).toBe('12.345.678.901.234.567,89');
    expect(groupedNumber('999')).toBe('999');
    expect(groupedNumber('1000')).toBe('1.000');
    expect(groupedNumber('1234,5 %')).toBe('1.234,5 %');
    expect(groupedNumber('Essen 12345')).toBe('Essen 12345');
    expect(groupedNumber('2026-11')).toBe('2026-11');
  });
});
