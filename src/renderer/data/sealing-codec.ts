// The vault's record codec: every field the schema does not list as plain is encrypted with
// AES-GCM under the session's record key, bound to table and primary key.
import { IntegrityError, sealRecord, unsealRecord } from '@shared/crypto';
import type { RecordCodec } from './codec';
import type { StoredRow } from './db';
import { TABLES } from './schema';

/**
 * `previousKey` is set while a key rotation is under way (F3): rows are written under the new
 * key only, and read under the new key first, then the old one. AES-GCM's tag tells which key
 * fits, so a half re-sealed database reads normally during the rotation and after a crash.
 */
export function sealingCodec(recordKey: CryptoKey, previousKey?: CryptoKey): RecordCodec {
  return {
    kind: 'sealed',
    keys: { current: recordKey, previous: previousKey },
    encode: (table, record) =>
      sealRecord(recordKey, table, record as StoredRow, TABLES[table].plain) as Promise<StoredRow>,
    decode: async (table, row) => {
      if (!previousKey) return unsealRecord(recordKey, table, row);
      try {
        return await unsealRecord(recordKey, table, row);
      } catch (e) {
        if (!(e instanceof IntegrityError)) throw e;
        return unsealRecord(previousKey, table, row);
      }
    },
  };
}
