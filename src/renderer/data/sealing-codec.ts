// The vault's record codec: every field the schema does not list as plain is encrypted with
// AES-GCM under the session's record key, bound to table and primary key.
import { sealRecord, unsealRecord } from '@shared/crypto';
import type { RecordCodec } from './codec';
import type { StoredRow } from './db';
import { TABLES } from './schema';

export function sealingCodec(recordKey: CryptoKey): RecordCodec {
  return {
    kind: 'sealed',
    encode: (table, record) =>
      sealRecord(recordKey, table, record as StoredRow, TABLES[table].plain) as Promise<StoredRow>,
    decode: (table, row) => unsealRecord(recordKey, table, row),
  };
}
