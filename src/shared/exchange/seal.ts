// Seal: envelope → signed, then encrypted OpenPGP message (armored, so it survives e-mail). GnuPG
// opens it with `gpg --decrypt`, which also checks the signature.
import { createMessage, encrypt } from 'openpgp';
import type { Envelope } from './envelope';
import { readPrivate, readPublic } from './keys';
import { PGP_CONFIG } from './pgp-config';

export type SealTo =
  | { publicKeys: readonly string[] }
  /** Where no key of the liaison is registered yet: a one-time passphrase said by phone. */
  | { passphrase: string };

export async function seal(envelope: Envelope, signingKey: string, to: SealTo): Promise<string> {
  const message = await createMessage({ text: JSON.stringify(envelope), format: 'utf8' });
  const signer = await readPrivate(signingKey);
  if ('passphrase' in to) {
    return encrypt({
      message,
      passwords: [to.passphrase],
      signingKeys: signer,
      format: 'armored',
      config: PGP_CONFIG,
    });
  }
  const encryptionKeys = await Promise.all(to.publicKeys.map(readPublic));
  return encrypt({
    message,
    encryptionKeys,
    signingKeys: signer,
    format: 'armored',
    config: PGP_CONFIG,
  });
}

// No 0/O, 1/I/L: read aloud by phone and typed in without confusion.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time passphrase of 5 groups of 4 characters (about 99 bits). */
export function oneTimePassphrase(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(20));
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
  return (chars.match(/.{4}/g) ?? []).join('-');
}
