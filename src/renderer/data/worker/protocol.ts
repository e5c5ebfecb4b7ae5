// Messages between the page's read model and the read-model worker. The keys cross as
// non-extractable CryptoKeys (structured-cloneable: the worker can use them, nobody can read
// their bytes), never as raw key material.
import type { SecretKey } from '@shared/crypto';

/** The session's record key, and the previous one while a key rotation is under way. */
export interface ReaderKeys {
  readonly current: SecretKey;
  readonly previous?: SecretKey;
}

export type ReaderRequest =
  | { type: 'open'; dbName: string; keys: ReaderKeys }
  /** Reads and decrypts a whole table; `sealedOnly` refuses rows without a seal (F1). */
  | { type: 'load'; id: number; table: string; sealedOnly: boolean }
  /** Stops a load whose result nobody wants any more (a newer build, a lock). */
  | { type: 'cancel'; id: number };

/** Why a load failed, as data: errors do not keep their class across postMessage. */
export type ReaderFailure =
  | { kind: 'unsealed'; table: string; rowId: string }
  | { kind: 'integrity'; message: string }
  | { kind: 'other'; message: string };

export type ReaderResponse =
  | { type: 'chunk'; id: number; records: ({ id: string } & Record<string, unknown>)[] }
  | { type: 'done'; id: number }
  | { type: 'error'; id: number; failure: ReaderFailure };
