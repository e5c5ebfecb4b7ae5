// The IndexedDB database (Dexie). Only the record store and the migrations touch it directly.
import Dexie, { type Table } from 'dexie';
import { applyMigrations, LATEST_VERSION } from './migrations';
import type { TableName } from './schema';

export const DB_NAME = 'verbundplaner';

/** A row as stored: plain fields plus, once sealed, the encrypted remainder. */
export type StoredRow = { id: string } & Record<string, unknown>;

export interface MetaRow {
  key: string;
  value: unknown;
}

export class VpDatabase extends Dexie {
  constructor(name: string = DB_NAME, version: number = LATEST_VERSION) {
    super(name);
    applyMigrations(this, version);
  }

  rows(table: TableName): Table<StoredRow, string> {
    return this.table(table);
  }

  get meta(): Table<MetaRow, string> {
    return this.table('meta');
  }
}
