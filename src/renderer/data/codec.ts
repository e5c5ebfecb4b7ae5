// The record codec turns domain records into stored rows and back. The plain codec keeps rows
// as they are; the sealing codec (vault) encrypts every field the schema does not list as plain.
import type { StoredRow } from './db';
import type { TableName } from './schema';

export interface RecordCodec {
  readonly kind: 'plain' | 'sealed';
  encode(table: TableName, record: { id: string }): Promise<StoredRow>;
  decode(table: TableName, row: StoredRow): Promise<unknown>;
}

export const plainCodec: RecordCodec = {
  kind: 'plain',
  encode: async (_table, record) => ({ ...record }),
  decode: async (_table, row) => row,
};
