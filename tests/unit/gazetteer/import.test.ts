// The gazetteer CSV import: the states' file layout read with the guessed mapping, bad files
// (a corpus built here) answered with line-numbered reasons, and no input that makes it throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeMapping,
  guessMapping,
  headerProblem,
  importGazetteer,
  MAX_ISSUES,
  type GazetteerEntry,
  type GazetteerMapping,
} from '@shared/gazetteer';
import { geodesicDistance, toUtm } from '@shared/geo';
import { fcRuns } from '../../support/fc-runs';

const FIXTURE = readFileSync(
  new URL('../../fixtures/gazetteer/hauskoordinaten-essen.csv', import.meta.url),
  'utf8',
);
const HEADER = 'STN;HNR;ADZ;PLZ;ONM;OTT;EAST;NORTH';

function mappingOf(header: string): GazetteerMapping {
  const m = completeMapping(guessMapping(header.split(/[;,]/)).mapping);
  if (!m) throw new Error('mapping incomplete');
  return m;
}

async function run(
  text: string,
  mapping = mappingOf(text.split(/\r?\n/)[0] ?? ''),
  chunkChars?: number,
) {
  const written: GazetteerEntry[] = [];
  const progress: number[] = [];
  const summary = await importGazetteer(text, {
    mapping,
    source: 'Test',
    chunkChars,
    sink: async (entries) => {
      written.push(...entries);
    },
    onProgress: (p) => progress.push(p.fraction),
  });
  return { summary, written, progress };
}

describe('gazetteer column mapping', () => {
  it('reads the AdV short headers of the states’ house-coordinates files', () => {
    const { mapping, missing } = guessMapping(
      'NBA;OI;STN;HNR;ADZ;PLZ;ONM;OTT;EAST;NORTH'.split(';'),
    );
    expect(missing).toEqual([]);
    expect(mapping).toMatchObject({
      street: 2,
      houseNumber: 3,
      suffix: 4,
      postalCode: 5,
      place: 6,
      coordinates: 'utm32',
      first: 8,
      second: 9,
    });
  });

  it('takes lat/lon files and names what it could not find', () => {
    expect(guessMapping(['Straße', 'Hausnummer', 'Ort', 'lat', 'lon']).mapping).toMatchObject({
      coordinates: 'latlng',
      first: 3,
      second: 4,
    });
    expect(guessMapping(['a', 'b', 'Ort']).missing).toEqual([
      'street',
      'houseNumber',
      'first',
      'second',
    ]);
    expect(completeMapping(guessMapping(['a', 'b']).mapping)).toBeNull();
  });

  it('refuses a header that cannot be house coordinates before the mapping step', () => {
    // The review's junk file: thousands of columns of markup, emoji and right-to-left text.
    const junk = Array.from(
      { length: 3000 },
      (_, i) => ['<script>', '😀', '\u202eabc'][i % 3] ?? '',
    );
    expect(headerProblem(junk)).toBe('tooManyColumns');
    expect(headerProblem(junk.slice(0, 12))).toBe('notAddresses');
    expect(headerProblem(['Name', 'Telefon', 'Ort'])).toBe('notAddresses');
    // One recognisable column is enough: the user maps the rest.
    expect(headerProblem(['Strasse', 'Nummer', 'Gemeinde', 'R', 'H'])).toBeNull();
    expect(headerProblem(['a', 'b', 'c', 'lat', 'lon'])).toBeNull();
    expect(headerProblem('NBA;OI;STN;HNR;ADZ;PLZ;ONM;OTT;EAST;NORTH'.split(';'))).toBeNull();
    expect(headerProblem([...'STN;HNR;ONM;EAST;NORTH'.split(';'), ...Array(196).fill('x')])).toBe(
      'tooManyColumns',
    );
  });
});

describe('gazetteer import', () => {
  it('imports the fixture: every house, UTM 32 turned into WGS84 within 0.5 m', async () => {
    const { summary, written, progress } = await run(FIXTURE);
    expect(summary).toMatchObject({ rows: 24, imported: 24, rejected: 0, fatal: false });
    const first = written[0];
    expect(first).toMatchObject({
      street: 'Kettwiger Straße',
      houseNumber: '1',
      postalCode: '45127',
      place: 'Essen',
      district: 'Stadtkern',
      key: 'kettwiger strasse 1 essen',
      id: 'Test|kettwiger strasse 1 essen',
    });
    // The generator placed house 1 at 51.4548 N, 7.0132 E.
    expect(
      geodesicDistance(first ?? { lat: 0, lng: 0 }, { lat: 51.4548, lng: 7.0132 }),
    ).toBeLessThan(0.5);
    expect(written.find((e) => e.houseNumber === '3a')?.key).toBe('kettwiger strasse 3a essen');
    expect(progress.at(-1)).toBe(1);
  });

  it('streams in chunks and counts the same as in one piece', async () => {
    const whole = await run(FIXTURE);
    const chunked = await run(FIXTURE, undefined, 200);
    expect(chunked.progress.length).toBeGreaterThan(3);
    expect(chunked.written).toEqual(whole.written);
  });

  it('the zone in front of the easting (ALKIS style) is the same place', async () => {
    const u = toUtm({ lat: 51.45, lng: 7.01 });
    const plain = `${HEADER}\nA-Str;1;;45127;Essen;;${u.easting};${u.northing}\n`;
    const prefixed = `${HEADER}\nA-Str;1;;45127;Essen;;${32_000_000 + u.easting};${u.northing}\n`;
    const a = (await run(plain)).written[0];
    const b = (await run(prefixed)).written[0];
    expect(a?.lat).toBeCloseTo(51.45, 6);
    expect(b).toEqual(a);
  });

  // The bad-file corpus: each file, what must come back.
  const corpus: [
    string,
    string,
    { rows: number; imported: number; issues: [number, string][]; fatal?: boolean },
  ][] = [
    ['empty file', '', { rows: 0, imported: 0, issues: [] }],
    ['header only', `${HEADER}\r\n`, { rows: 0, imported: 0, issues: [] }],
    [
      'missing street, number and place',
      `${HEADER}\n;1;;1;Essen;;361960;5702274\nX;;;1;Essen;;361960;5702274\nX;1;;1;;;361960;5702274\n`,
      {
        rows: 3,
        imported: 0,
        issues: [
          [2, 'missing_street'],
          [3, 'missing_number'],
          [4, 'missing_place'],
        ],
      },
    ],
    [
      'coordinates that are not numbers',
      `${HEADER}\nX;1;;1;Essen;;abc;5702274\nX;2;;1;Essen;;361960;\n`,
      {
        rows: 2,
        imported: 0,
        issues: [
          [2, 'bad_coordinate'],
          [3, 'bad_coordinate'],
        ],
      },
    ],
    [
      'east and north swapped, zone 33, lat/lon in a UTM file',
      `${HEADER}\nX;1;;1;Essen;;5702274;361960\nX;2;;1;Essen;;33361960;5702274\nX;3;;1;Essen;;7.01;51.45\n`,
      {
        rows: 3,
        imported: 0,
        issues: [
          [2, 'outside_area'],
          [3, 'outside_area'],
          [4, 'outside_area'],
        ],
      },
    ],
    [
      'short rows and blank lines',
      `${HEADER}\n\nX;1;;1\n;;;;;;;\nX;2;;1;Essen;;361960;5702274\n`,
      { rows: 2, imported: 1, issues: [[3, 'too_few_columns']] },
    ],
    [
      'an unclosed quote ends the import at its line',
      `${HEADER}\nX;1;;1;Essen;;361960;5702274\n"X;2;;1;Essen;;361960;5702274\nX;3;;1;Essen;;361960;5702274\n`,
      { rows: 1, imported: 1, issues: [[3, 'unclosed_quote']], fatal: true },
    ],
  ];
  for (const [name, text, expected] of corpus) {
    it(`bad file: ${name}`, async () => {
      const { summary, written } = await run(text, mappingOf(HEADER));
      expect(written.length, name).toBe(expected.imported);
      expect(summary.rows, name).toBe(expected.rows);
      expect(
        summary.issues.map((i) => [i.row, i.code]),
        name,
      ).toEqual(expected.issues);
      expect(summary.fatal, name).toBe(expected.fatal ?? false);
    });
  }

  it('caps the listed problems but counts them all', async () => {
    const rows = Array.from({ length: MAX_ISSUES + 50 }, (_, i) => `X;${i};;1;Essen;;0;0`);
    const { summary } = await run(`${HEADER}\n${rows.join('\n')}\n`, mappingOf(HEADER));
    expect(summary.rejected).toBe(MAX_ISSUES + 50);
    expect(summary.issues).toHaveLength(MAX_ISSUES);
  });

  it('never throws, and every imported house lies in the area, whatever the file holds', async () => {
    const cellArb = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '"',
        '""',
        ';',
        '\n',
        '\r\n',
        '361960,5',
        '5702274',
        '32361960',
        'Essen',
        'ä',
      ),
    );
    const fileArb = fc
      .array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 12 })
      .map((rows) => [HEADER, ...rows.map((r) => r.join(';'))].join('\n'));
    await fc.assert(
      fc.asyncProperty(fileArb, async (text) => {
        const { summary, written } = await run(text, mappingOf(HEADER), 64);
        expect(summary.imported).toBe(written.length);
        for (const e of written) {
          expect(e.lat).toBeGreaterThan(46);
          expect(e.lng).toBeGreaterThan(4);
          expect(e.key.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: fcRuns(150) },
    );
  }, 30_000);
});
