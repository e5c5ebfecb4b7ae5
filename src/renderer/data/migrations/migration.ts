// The shape of one schema version: its index declarations and, if data must move, an upgrade.
import type { Transaction } from 'dexie';

export interface Migration {
  version: number;
  /** Full index declaration of every table at this version (`null` deletes a table). */
  stores: Record<string, string | null>;
  /** Runs inside Dexie's upgrade transaction: only IndexedDB work, no other async APIs. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
