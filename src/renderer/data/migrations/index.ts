// All schema versions in order. Add a new file per version and append it here.
import type Dexie from 'dexie';
import type { Migration } from './migration';
import { v1Initial } from './v1-initial';
import { v2Results } from './v2-results';
import { v3Exchange } from './v3-exchange';
import { v4Distribution } from './v4-distribution';
import { v5Shares } from './v5-shares';

export const MIGRATIONS: readonly Migration[] = [
  v1Initial,
  v2Results,
  v3Exchange,
  v4Distribution,
  v5Shares,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

/** Declares versions up to `upTo` (tests open older versions to exercise an upgrade). */
export function applyMigrations(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const m of MIGRATIONS) {
    if (m.version > upTo) break;
    const v = db.version(m.version).stores(m.stores);
    if (m.upgrade) v.upgrade(m.upgrade);
  }
}
