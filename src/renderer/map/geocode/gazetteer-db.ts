// The offline address gazetteer's own IndexedDB database (see GAZETTEER_DATABASE in the table
// registry for why it is separate and unsealed): houses indexed by their normalised key for
// prefix search, and the named sources they came from. Usable in a worker as in the page.
import Dexie, { type Table } from 'dexie';
import { normaliseText, parseGazetteerQuery, type GazetteerEntry } from '@shared/gazetteer';
import { GAZETTEER_DATABASE } from '../../data/schema';

export interface GazetteerSource {
  name: string;
  /** Houses stored under this source. */
  count: number;
  importedAt: string;
  fileName: string;
}

export class GazetteerDb extends Dexie {
  declare entries: Table<GazetteerEntry, string>;
  declare sources: Table<GazetteerSource, string>;

  constructor(name: string = GAZETTEER_DATABASE.name) {
    super(name);
    this.version(GAZETTEER_DATABASE.version).stores(GAZETTEER_DATABASE.stores);
  }
}

/** Keys scanned per search before the postcode filter gives up (a street in many towns). */
const SCAN_LIMIT = 2_000;

/**
 * Houses whose key starts with the typed address, in key order (street, number, place), at most
 * `limit`. A postcode in the query filters exactly. An empty query finds nothing.
 */
export async function searchGazetteer(
  db: GazetteerDb,
  query: string,
  limit: number,
): Promise<GazetteerEntry[]> {
  const { prefix, postalCode } = parseGazetteerQuery(query);
  if (prefix.length < 2) return [];
  const keep = (e: GazetteerEntry) => postalCode === null || e.postalCode === postalCode;
  // Without a postcode the first keys are the answer: one indexed range read (as benchmarked).
  const found =
    postalCode === null
      ? await db.entries.where('key').startsWith(prefix).limit(limit).toArray()
      : await scan(db, prefix, limit, keep);
  if (found.length > 0) return found;
  // "Kettwiger Straße 3 Essen" where the file has only "3a": the key runs "… 3a essen", so the
  // place after the number is matched against the house's place instead of the key.
  const split = /^(.*\b\d+[a-z]?) ([a-z].*)$/.exec(prefix);
  if (!split?.[1] || !split[2]) return found;
  const place = split[2];
  return scan(db, split[1], limit, (e) => keep(e) && normaliseText(e.place).startsWith(place));
}

/** Keys from `prefix` on, in key order, that pass `keep`; at most SCAN_LIMIT keys are read. */
async function scan(
  db: GazetteerDb,
  prefix: string,
  limit: number,
  keep: (e: GazetteerEntry) => boolean,
): Promise<GazetteerEntry[]> {
  const out: GazetteerEntry[] = [];
  let scanned = 0;
  await db.entries
    .where('key')
    .startsWith(prefix)
    .until(() => out.length >= limit || scanned >= SCAN_LIMIT)
    .each((e) => {
      scanned++;
      if (keep(e)) out.push(e);
    });
  return out;
}

export async function listSources(db: GazetteerDb): Promise<GazetteerSource[]> {
  return (await db.sources.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Removes a source and all its houses. */
export async function deleteSource(db: GazetteerDb, name: string): Promise<void> {
  await db.transaction('rw', db.entries, db.sources, async () => {
    await db.entries.where('source').equals(name).delete();
    await db.sources.delete(name);
  });
}

/** Records a source's row count after an import (replace or append). */
export async function recordSource(db: GazetteerDb, source: Omit<GazetteerSource, 'count'>) {
  const count = await db.entries.where('source').equals(source.name).count();
  await db.sources.put({ ...source, count });
}
