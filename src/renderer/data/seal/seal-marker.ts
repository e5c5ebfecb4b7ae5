// The seal marker: a sealed row in `meta` that says "every row of this database has been
// sealed". Once it exists, a row without a seal is refused as forged instead of being accepted
// as legacy plaintext (F1), and unlocking needs no scan of every row for plaintext.
import { IntegrityError, isSealedRow } from '@shared/crypto';
import type { RecordCodec } from '../codec';
import type { MetaRow, StoredRow, VpDatabase } from '../db';

export const SEAL_MARKER_KEY = 'seal-marker';
// Sealed as a record with this id in the `settings` place: the additional data binds it there,
// and no settings record has this id.
const MARKER_ID = 'seal-marker';

/** The marker row, sealed under the session's record key (only the key holder can write it). */
export async function sealMarkerRow(codec: RecordCodec, now: string): Promise<MetaRow> {
  const marker = { id: MARKER_ID, at: now };
  return { key: SEAL_MARKER_KEY, value: await codec.encode('settings', marker) };
}

/**
 * True when an authentic marker exists, false when there is none; a marker that does not open
 * under this key is an integrity error (forged or copied from elsewhere).
 */
export async function hasSealMarker(db: VpDatabase, codec: RecordCodec): Promise<boolean> {
  const row = await db.meta.get(SEAL_MARKER_KEY);
  if (!row) return false;
  const value = row.value as StoredRow | null;
  if (!value || typeof value !== 'object' || !isSealedRow(value) || value.id !== MARKER_ID) {
    throw new IntegrityError('Die Markierung der verschlüsselten Datenbank ist ungültig.');
  }
  await codec.decode('settings', value);
  return true;
}
