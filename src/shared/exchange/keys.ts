// Identity keys and key cards (Schlüsselkarte). One OpenPGP v4 key per installation: an Ed25519
// primary for signing and a Curve25519 (legacy) subkey for encryption — what GnuPG 2.2 reads.
import {
  generateKey,
  readKey,
  readPrivateKey,
  revokeKey,
  type Key,
  type PrivateKey,
} from 'openpgp';
import { z } from 'zod';
import { hasHostileCharacters, safeText } from './safe-text';
import { PGP_CONFIG } from './pgp-config';

export interface IdentityInfo {
  name: string;
  agency: string;
  function: string;
}

export interface IdentityKeyPair {
  fingerprint: string;
  /** Armored, unprotected: it lives only inside the sealed vault record. */
  privateKey: string;
  publicKey: string;
  createdAt: string;
}

export async function generateIdentity(
  info: IdentityInfo,
  now = new Date(),
): Promise<IdentityKeyPair> {
  // The user id is what partners see: refuse what their card reader refuses (see safe-text.ts).
  if ([info.name, info.agency, info.function].some(hasHostileCharacters)) {
    throw new Error('Unzulässige Steuerzeichen in Name, Behörde oder Funktion');
  }
  const comment = [info.function, info.agency].filter((s) => s.trim()).join(', ');
  const { privateKey, publicKey } = await generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: info.name.trim() || 'Verbundplaner', comment }],
    date: now,
    format: 'armored',
    config: PGP_CONFIG,
  });
  const key = await readKey({ armoredKey: publicKey, config: PGP_CONFIG });
  return { fingerprint: key.getFingerprint(), privateKey, publicKey, createdAt: now.toISOString() };
}

export const readPublic = (armored: string): Promise<Key> =>
  readKey({ armoredKey: armored, config: PGP_CONFIG });
export const readPrivate = (armored: string): Promise<PrivateKey> =>
  readPrivateKey({ armoredKey: armored, config: PGP_CONFIG });

/** "1A2B 3C4D …": ten groups of four, read aloud for the comparison by phone. */
export function fingerprintGroups(fingerprint: string): string {
  return (fingerprint.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** The public key card a person hands over (file, print, QR code). */
export const keyCardSchema = z.strictObject({
  format: z.literal('verbundplaner-key-card'),
  version: z.literal(1),
  name: safeText(200),
  agency: safeText(200),
  function: safeText(200),
  fingerprint: z.string().regex(/^[0-9a-f]{40}$/),
  publicKey: z.string().max(20_000),
});
export type KeyCard = z.infer<typeof keyCardSchema>;

export function keyCardOf(identity: IdentityKeyPair, info: IdentityInfo): KeyCard {
  return {
    format: 'verbundplaner-key-card',
    version: 1,
    name: info.name,
    agency: info.agency,
    function: info.function,
    fingerprint: identity.fingerprint,
    publicKey: identity.publicKey,
  };
}

export type CardCheck =
  | { ok: true; card: KeyCard; revoked: boolean }
  | { ok: false; reason: 'invalid' | 'fingerprint_mismatch' };

/**
 * Reads a key card file and checks that the stated fingerprint is the key's own — a card whose
 * text says one fingerprint and carries another key is refused. A revoked key reads as such.
 */
export async function readKeyCard(text: string): Promise<CardCheck> {
  if (text.length > 40_000) return { ok: false, reason: 'invalid' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const parsed = keyCardSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  try {
    const key = await readPublic(parsed.data.publicKey);
    if (key.isPrivate()) return { ok: false, reason: 'invalid' };
    if (key.getFingerprint() !== parsed.data.fingerprint) {
      return { ok: false, reason: 'fingerprint_mismatch' };
    }
    return { ok: true, card: parsed.data, revoked: await key.isRevoked() };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

/**
 * Revokes a key with its own signature (a lost or replaced key). The result is the public key
 * with the revocation — the "Widerruf" file, sent like a key card; whoever imports it refuses
 * packages signed by this key from then on.
 */
export async function revokeIdentity(identity: IdentityKeyPair, now = new Date()): Promise<string> {
  const key = await readPrivate(identity.privateKey);
  const { publicKey } = await revokeKey({
    key,
    date: now,
    reasonForRevocation: { flag: 1, string: 'Schlüssel ersetzt oder verloren' },
    format: 'armored',
    config: PGP_CONFIG,
  });
  return publicKey;
}

/**
 * Checks a revocation file against a known fingerprint: only a revocation signed by that key
 * itself counts (openpgp verifies the self-signature when it reports the key revoked).
 */
export async function isValidRevocationFor(armored: string, fingerprint: string): Promise<boolean> {
  try {
    const key = await readPublic(armored);
    return key.getFingerprint() === fingerprint && (await key.isRevoked());
  } catch {
    return false;
  }
}
