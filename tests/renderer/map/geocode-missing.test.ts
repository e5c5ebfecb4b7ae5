// "Koordinaten aus Adressen ermitteln": which premises are looked up, and which hits are
// proposed as accepted (exactly this house) or only shown (another house number, nothing found).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPremises, type Premises } from '@shared/domain';
import { completeMapping, guessMapping } from '@shared/gazetteer';
import {
  needsGeocoding,
  proposeLocations,
} from '../../../src/renderer/features/premises/geocode-missing';
import { gazetteerDb, importGazetteerFile } from '../../../src/renderer/map/geocode';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../fixtures/gazetteer/hauskoordinaten-essen.csv'),
  'utf8',
);
const NOW = '2026-11-20T10:00:00.000Z';

const premises = (name: string, street: string, houseNumber: string, city: string): Premises =>
  newPremises(
    {
      name,
      kind: 'kiosk',
      address: { street, houseNumber, postalCode: '', city, district: '' },
    },
    NOW,
  );

beforeAll(async () => {
  const mapping = completeMapping(guessMapping(FIXTURE.split('\r\n')[0]?.split(';') ?? []).mapping);
  if (!mapping) throw new Error('fixture header not recognised');
  await importGazetteerFile(
    {
      file: new File([FIXTURE], 'f.csv'),
      fileName: 'f.csv',
      mapping,
      source: 'Essen',
      mode: 'replace',
    },
    () => {},
  );
});
afterAll(async () => {
  await gazetteerDb().entries.clear();
  await gazetteerDb().sources.clear();
});

describe('locating premises from their addresses', () => {
  it('looks up only premises without a location that have a street and a place', () => {
    expect(needsGeocoding(premises('a', 'Bahnhofstraße', '4', 'Gelsenkirchen'))).toBe(true);
    expect(needsGeocoding(premises('b', '', '4', 'Gelsenkirchen'))).toBe(false);
    expect(needsGeocoding(premises('c', 'Bahnhofstraße', '4', ''))).toBe(false);
    const located = {
      ...premises('d', 'Bahnhofstraße', '4', 'Gelsenkirchen'),
      location: { lat: 51.5, lng: 7.1 },
    };
    expect(needsGeocoding(located)).toBe(false);
  });

  it('proposes exact houses as accepted, other numbers for review, and nothing for unknown ones', async () => {
    const list = [
      premises('exakt', 'Kettwiger Str.', '2', 'Essen'),
      premises('anders', 'Kettwiger Straße', '3', 'Essen'),
      premises('fehlt', 'Nirgendweg', '1', 'Essen'),
    ];
    const done: number[] = [];
    const proposals = await proposeLocations(list, (n) => done.push(n));
    expect(done).toEqual([1, 2, 3]);
    expect(proposals.map((p) => [p.premises.name, p.hit?.label ?? null, p.exact])).toEqual([
      ['exakt', 'Kettwiger Straße 2, 45127 Essen', true],
      ['anders', 'Kettwiger Straße 3a, 45127 Essen', false],
      ['fehlt', null, false],
    ]);
    expect(proposals[0]?.hit?.lat).toBeCloseTo(51.4551, 3);
  });
});
