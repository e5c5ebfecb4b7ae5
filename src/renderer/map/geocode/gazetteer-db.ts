// The offline address gazetteer's own IndexedDB database (see GAZETTEER_DATABASE in the table
// registry for why it is separate and unsealed): houses indexed by their normalised key for
// prefix search, and the named sources they came from. Usable in a worker as in the page.
import Dexie, { type Table } from 'dexie';
import { parseGazetteerQuery, type GazetteerEntry } from '@shared/gazetteer';
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
  const range = db.entries.where('key').startsWith(prefix);
  if (postalCode === null) return range.limit(limit).toArray();
  const out: GazetteerEntry[] = [];
  let scanned = 0;
  await range
    .until(() => out.length >= limit || scanned >= SCAN_LIMIT)
    .each((e) => {
      scanned++;
      if (e.postalCode === postalCode) out.push(e);
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
