// The record codec turns domain records into stored rows and back. The plain codec keeps rows
// as they are; the sealing codec (vault) encrypts every field the schema does not list as plain.
import type { StoredRow } from './db';
import type { TableName } from './schema';
import type { ReaderKeys } from './worker/protocol';

export interface RecordCodec {
  readonly kind: 'plain' | 'sealed';
  /**
   * The sealing codec's non-extractable keys, handed to the read-model worker (a CryptoKey is
   * structured-cloneable; its bytes cannot be read). Absent for the plain codec.
   */
  readonly keys?: ReaderKeys;
  encode(table: TableName, record: { id: string }): Promise<StoredRow>;
  decode(table: TableName, row: StoredRow): Promise<unknown>;
}

export const plainCodec: RecordCodec = {
  kind: 'plain',
  encode: async (_table, record) => ({ ...record }),
  decode: async (_table, row) => row,
};
