// No input crashes the parser or the importer (fast-check), and a 50 000-row import completes
// (the time is printed; the limit is generous because 2 shared cores swing by 3×).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import {
  AGENCY_COLUMNS,
  parseAgencyCsv,
  parseAgencyCsvText,
  parseCsv,
  serializeCsv,
} from '@shared/csv';

// Property tests run FC_RUNS cases in a deep run; their time limit grows with the count.
vi.setConfig({ testTimeout: fcTimeout(500, 30_000, 10) });

const HEADER = AGENCY_COLUMNS.map((c) => c.header);
const cellArb = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '"',
    '""',
    ';',
    ',',
    '\r\n',
    "=cmd|' /C calc'!A0",
    'Zoll',
    'Ordnungsamt',
    'x@y.de',
    '+49 201 1',
    'ä',
  ),
);

describe('robustness (property-based)', () => {
  it('arbitrary bytes never throw: the importer returns a result with issues', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        const r = parseAgencyCsv(bytes);
        expect(Array.isArray(r.issues)).toBe(true);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: fcRuns(500) },
    );
  });

  it('arbitrary text under the real header never throws and every issue has a sane row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 20 }), { maxLength: 30 }),
        fc.constantFrom(';', ','),
        (rows, sep) => {
          const text = `${HEADER.join(sep)}\r\n${rows.map((r) => r.join(sep)).join('\r\n')}`;
          const r = parseAgencyCsvText(text);
          for (const i of r.issues) if (i.row !== null) expect(i.row).toBeGreaterThanOrEqual(1);
          expect(r.validRows).toBeLessThanOrEqual(r.dataRows);
        },
      ),
      { numRuns: fcRuns(300) },
    );
  });

  it('serialize → parse is the identity for any table (without neutralisation)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 8 }), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          const text = serializeCsv(rows, { neutralise: false });
          const back = parseCsv(text, { separator: ';' }).records.map((r) => r.cells);
          expect(back).toEqual(rows);
        },
      ),
      { numRuns: fcRuns(300) },
    );
  });
});

describe('size', () => {
  it('imports 50 000 rows (5 000 agencies × 10 contacts) quickly', () => {
    const lines = [HEADER.join(';')];
    for (let a = 0; a < 5_000; a++)
      for (let c = 0; c < 10; c++)
        lines.push(
          [
            `Behörde ${a}`,
            `B${a}`,
            c === 0 ? 'Ordnungsamt' : '',
            'Kommune',
            'Probstadt',
            '',
            '',
            '',
            '',
            '',
            '',
            `Person ${a}-${c}`,
            'Sachbearbeitung',
            '0201 4710',
            '',
            `p${a}.${c}@probstadt.example`,
            '',
          ]
            .slice(0, HEADER.length)
            .join(';'),
        );
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const t0 = performance.now();
    const r = parseAgencyCsv(bytes);
    const ms = performance.now() - t0;
    console.log(
      `[csv] 50 000 rows, ${(bytes.length / 1e6).toFixed(1)} MB parsed and checked in ${ms.toFixed(0)} ms`,
    );
    expect(r.issues).toEqual([]);
    expect(r.validRows).toBe(50_000);
    expect(r.agencies).toHaveLength(5_000);
    expect(r.agencies[0]?.contacts).toHaveLength(10);
    // About a second alone, several times that on a busy 2-core machine; speed is a benchmark.
  }, 120_000);
});
