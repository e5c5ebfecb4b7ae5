// The gazetteer database on fake-indexeddb: a file imported through the same run the worker
// uses, prefix search as the address field asks it, replace/append/remove of a named source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { completeMapping, guessMapping } from '@shared/gazetteer';
import {
  deleteSource,
  GazetteerDb,
  importGazetteerFile,
  listSources,
  searchGazetteer,
} from '../../../src/renderer/map/geocode';

const FIXTURE = readFileSync(
  join(import.meta.dirname, '../../fixtures/gazetteer/hauskoordinaten-essen.csv'),
  'utf8',
);
const guessed = completeMapping(guessMapping(FIXTURE.split('\r\n')[0]?.split(';') ?? []).mapping);
if (!guessed) throw new Error('fixture header not recognised');
const mapping = guessed;

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await new GazetteerDb(n).delete();
});

async function importInto(
  dbName: string,
  text: string,
  source: string,
  mode: 'replace' | 'append',
) {
  const progress: number[] = [];
  const summary = await importGazetteerFile(
    { file: new File([text], 'f.csv'), fileName: 'f.csv', mapping: mapping, source, mode, dbName },
    (p) => progress.push(p.imported),
  );
  return { summary, progress };
}

describe('gazetteer database', () => {
  it('imports the fixture and finds houses by a typed prefix, postcode filtered', async () => {
    const name = `gaz-${Math.random()}`;
    names.push(name);
    const { summary, progress } = await importInto(name, FIXTURE, 'Essen', 'replace');
    expect(summary.imported).toBe(24);
    expect(progress.at(-1)).toBe(24);
    const db = new GazetteerDb(name);
    const hits = await searchGazetteer(db, 'Rüttenscheider Str. 3', 5);
    expect(hits.map((h) => `${h.street} ${h.houseNumber}`)).toEqual(['Rüttenscheider Str. 3a']);
    expect((await searchGazetteer(db, 'kettwiger', 10)).length).toBe(6);
    expect(await searchGazetteer(db, 'Kettwiger Straße 1, 45879', 5)).toEqual([]);
    expect((await searchGazetteer(db, 'Kettwiger Straße 1, 45127', 5)).length).toBe(1);
    expect(await searchGazetteer(db, 'k', 5)).toEqual([]);
    expect(await listSources(db)).toMatchObject([{ name: 'Essen', count: 24, fileName: 'f.csv' }]);
    db.close();
  });

  it('replace clears the source first, append adds, remove deletes only that source', async () => {
    const name = `gaz-${Math.random()}`;
    names.push(name);
    const header = FIXTURE.split('\r\n')[0] ?? '';
    const lines = FIXTURE.trim().split('\r\n').slice(1);
    await importInto(name, [header, ...lines.slice(0, 12)].join('\n'), 'A', 'replace');
    await importInto(name, [header, ...lines.slice(12)].join('\n'), 'A', 'append');
    await importInto(name, [header, ...lines.slice(0, 2)].join('\n'), 'B', 'replace');
    const db = new GazetteerDb(name);
    expect((await listSources(db)).map((s) => [s.name, s.count])).toEqual([
      ['A', 24],
      ['B', 2],
    ]);
    await importInto(name, [header, ...lines.slice(0, 5)].join('\n'), 'A', 'replace');
    expect((await listSources(db)).map((s) => [s.name, s.count])).toEqual([
      ['A', 5],
      ['B', 2],
    ]);
    await deleteSource(db, 'A');
    expect(await db.entries.count()).toBe(2);
    expect((await listSources(db)).map((s) => s.name)).toEqual(['B']);
    db.close();
  });
});
