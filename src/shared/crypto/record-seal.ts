// Encryption at rest for one database row: the fields a table lists as plain (ids, foreign keys,
// dates, codes) stay readable for indexes; everything else is sealed into `_sealed`, bound to the
// table and primary key, so a ciphertext copied to another row or table fails to open.
import { seal, unseal } from './aead';
import type { SecretKey } from './aead';
import { utf8Encode } from './bytes';
import type { Bytes } from './bytes';
import { IntegrityError } from './errors';
import { decodeValue, encodeCompact } from './serialize';

export const SEALED_FIELD = '_sealed';

export type RecordRow = { id: string } & Record<string, unknown>;
export type SealedRow = { id: string; _sealed: Bytes } & Record<string, unknown>;

/** The additional data of a record: its place, so a ciphertext cannot be moved elsewhere. */
export const recordAad = (table: string, id: string): Bytes =>
  utf8Encode(`verbundplaner/record/v1/${table}/${id}`);

/** True for a row written by sealRecord; rows without `_sealed` are legacy plaintext. */
export function isSealedRow(row: object): boolean {
  return (
    SEALED_FIELD in row && (row as Record<string, unknown>)[SEALED_FIELD] instanceof Uint8Array
  );
}

// defineProperty rather than assignment for "__proto__", so it stays an ordinary field; plain
// assignment for every other name, because defineProperty per field made the codec several
// times slower than the decryption it wraps (read model of 100 000 records).
function setField(target: Record<string, unknown>, field: string, value: unknown): void {
  if (field === '__proto__') {
    Object.defineProperty(target, field, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[field] = value;
}

function checkId(table: string, id: unknown): asserts id is string {
  // The id goes into the additional data; a non-string would make the binding ambiguous.
  if (typeof id !== 'string' || id === '') {
    throw new TypeError(`Datensatz in ${table} ohne gültige id`);
  }
}

/**
 * Seals every field not named in `plainFields` (`id` always stays plain). Plain fields are
 * copied as they are; they are not authenticated, which is why only non-sensitive codes and
 * keys may be listed there.
 */
export async function sealRecord(
  key: SecretKey,
  table: string,
  record: RecordRow,
  plainFields: readonly string[],
): Promise<SealedRow> {
  checkId(table, record.id);
  if (SEALED_FIELD in record)
    throw new TypeError(`"${SEALED_FIELD}" ist ein reservierter Feldname`);
  const row: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const field of Object.keys(record)) {
    const value = record[field];
    if (field === 'id' || plainFields.includes(field)) setField(row, field, value);
    else if (value !== undefined) setField(secret, field, value);
  }
  const sealed = await seal(key, encodeCompact(secret), recordAad(table, record.id));
  return { ...row, id: record.id, [SEALED_FIELD]: sealed };
}

/**
 * Opens a sealed row into the full record. A row without `_sealed` is a legacy plaintext row
 * and is returned unchanged (the renderer migrates those); any other failure is IntegrityError.
 */
export async function unsealRecord(
  key: SecretKey,
  table: string,
  row: RecordRow,
): Promise<RecordRow> {
  if (!(SEALED_FIELD in row)) return row;
  const sealed = row[SEALED_FIELD];
  if (!(sealed instanceof Uint8Array))
    throw new IntegrityError('Verschlüsselter Datensatz ist ungültig.');
  checkId(table, row.id);
  const decoded = decodeValue(await unseal(key, sealed, recordAad(table, row.id)));
  if (decoded === null || typeof decoded !== 'object' || Array.isArray(decoded)) {
    throw new IntegrityError('Verschlüsselter Datensatz ist ungültig.');
  }
  const record: Record<string, unknown> = {};
  for (const field of Object.keys(row)) {
    if (field !== SEALED_FIELD) setField(record, field, row[field]);
  }
  // Sealed fields are authenticated; they win over any plain field of the same name.
  const secret = decoded as Record<string, unknown>;
  for (const field of Object.keys(secret)) setField(record, field, secret[field]);
  record.id = row.id;
  return record as RecordRow;
}
