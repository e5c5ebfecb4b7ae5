// A planned key change (Schlüsselwechsel): the new key card in a statement signed by the old
// key, so partners who trusted the old key can move their trust to the new one. The statement
// is an OpenPGP signed message (`gpg --verify` reads it); it never counts as a phone comparison.
import { createMessage, readMessage, sign, verify, type Key } from 'openpgp';
import { z } from 'zod';
import { instantSchema } from '../domain/common';
import { fingerprintSchema } from './envelope';
import { refuse, type Opened } from './errors';
import { keyCardSchema, readKeyCard, readPrivate, readPublic, type KeyCard } from './keys';
import type { TrustedKey } from './open';
import { MAX_PACKAGE_BYTES, PGP_CONFIG } from './pgp-config';

export const keyTransitionSchema = z.strictObject({
  format: z.literal('verbundplaner-key-transition'),
  version: z.literal(1),
  createdAt: instantSchema,
  oldFingerprint: fingerprintSchema,
  /** The new key card: name, agency, function, fingerprint and public key. */
  card: keyCardSchema,
});
export type KeyTransition = z.infer<typeof keyTransitionSchema>;

/** Signs the change to `card` with the old private key (armored signed message). */
export async function makeKeyTransition(
  old: { fingerprint: string; privateKey: string },
  card: KeyCard,
  now: Date,
): Promise<string> {
  const statement: KeyTransition = {
    format: 'verbundplaner-key-transition',
    version: 1,
    createdAt: now.toISOString(),
    oldFingerprint: old.fingerprint,
    card,
  };
  return sign({
    message: await createMessage({ text: JSON.stringify(statement), format: 'utf8' }),
    signingKeys: await readPrivate(old.privateKey),
    format: 'armored',
    config: PGP_CONFIG,
  });
}

const matchesKeyId = (key: Key, keyId: string): boolean =>
  key.getKeyIDs().some((id) => id.toHex() === keyId);

/**
 * Reads a key change and checks it: signed by a key this installation trusts and has not
 * revoked, stating that very key as the old one, and carrying a valid, different, not revoked
 * new key. Refusals use the package error codes; nothing is written here.
 */
export async function readKeyTransition(
  armored: string,
  trusted: readonly TrustedKey[],
): Promise<Opened<KeyTransition>> {
  if (armored.length > MAX_PACKAGE_BYTES) return refuse('too_large');
  const keys: { key: Key; entry: TrustedKey }[] = [];
  for (const entry of trusted) {
    const key = await readPublic(entry.publicKey).catch(() => null);
    if (key) keys.push({ key, entry });
  }
  let text: string;
  let signature;
  try {
    const message = await readMessage({ armoredMessage: armored, config: PGP_CONFIG });
    const result = await verify({
      message,
      verificationKeys: keys.map((k) => k.key),
      format: 'utf8',
      config: PGP_CONFIG,
    });
    text = result.data;
    signature = result.signatures[0];
  } catch {
    return refuse('malformed');
  }
  if (!signature) return refuse('unsigned');
  const keyId = signature.keyID.toHex();
  const signer = keys.find((k) => matchesKeyId(k.key, keyId));
  if (!signer) return refuse('unknown_signer');
  if (signer.entry.revoked || (await signer.key.isRevoked())) return refuse('revoked_signer');
  try {
    await signature.verified;
  } catch {
    return refuse('bad_signature');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('invalid_content');
  }
  const parsed = keyTransitionSchema.safeParse(json);
  if (!parsed.success) return refuse('invalid_content');
  if (parsed.data.oldFingerprint !== signer.key.getFingerprint()) return refuse('sender_mismatch');
  const card = await readKeyCard(JSON.stringify(parsed.data.card));
  if (!card.ok || card.revoked || card.card.fingerprint === parsed.data.oldFingerprint) {
    return refuse('invalid_content');
  }
  return { ok: true, value: parsed.data };
}
