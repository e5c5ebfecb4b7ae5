// A second person's own signing key, brought to this machine for one signed approval: an
// armored OpenPGP private key protected by their passphrase (e.g. `gpg --export-secret-keys
// --armor`). It is unlocked in memory for the signature and never stored; an unprotected key is
// refused, since a key file anyone can use proves nothing about who signed.
import { decryptKey, readPrivateKey } from 'openpgp';
import { refuse, type Opened } from './errors';
import { PGP_CONFIG } from './pgp-config';

/** Generous for one key with subkeys; anything larger is not a key file. */
const MAX_KEY_TEXT = 100_000;

export interface UnlockedKey {
  fingerprint: string;
  /** The unlocked key, armored, for `seal` — held only as long as the signing takes. */
  privateKey: string;
}

export async function unlockBroughtKey(
  armored: string,
  passphrase: string,
): Promise<Opened<UnlockedKey>> {
  if (armored.length > MAX_KEY_TEXT) return refuse('key_file_invalid');
  let key;
  try {
    key = await readPrivateKey({ armoredKey: armored, config: PGP_CONFIG });
  } catch {
    return refuse('key_file_invalid');
  }
  if (key.isDecrypted()) return refuse('key_unprotected');
  try {
    const unlocked = await decryptKey({ privateKey: key, passphrase, config: PGP_CONFIG });
    return {
      ok: true,
      value: { fingerprint: unlocked.getFingerprint(), privateKey: unlocked.armor() },
    };
  } catch {
    return refuse('key_wrong_passphrase');
  }
}
