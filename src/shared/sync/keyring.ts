// Key epochs: the lead's signed keyring entry hands each member the operation key of one epoch,
// wrapped to their OpenPGP encryption subkey; the member list (names, rights, public keys) is
// sealed under that key, so the server sees only which fingerprints received a key.
import { createMessage, decrypt, encrypt, readMessage, type PrivateKey } from 'openpgp';
import type * as Y from 'yjs';
import { z } from 'zod';
import { importAesKey, seal, unseal, type SecretKey } from '../crypto/aead';
import { base64Decode, base64Encode, randomBytes, utf8Decode, utf8Encode } from '../crypto/bytes';
import type { Bytes } from '../crypto/bytes';
import { fingerprintSchema } from '../exchange/envelope';
import { PGP_CONFIG } from '../exchange/pgp-config';
import { operationIdSchema, SYNC_RIGHTS } from './challenge';
import { frameAad, parseFrame, signatureHolds, type FrameSigner, type KeyCache } from './frame';
import { TRANSPORT, type SyncMember } from './types';

const keyringHeaderSchema = z.strictObject({
  op: operationIdSchema,
  epoch: z.number().int().positive(),
  author: fingerprintSchema,
  recipients: z
    .array(z.strictObject({ fingerprint: fingerprintSchema, key: z.string().max(4_000) }))
    .min(1)
    .max(200),
});
type KeyringHeader = z.infer<typeof keyringHeaderSchema>;

const memberSchema = z.strictObject({
  fingerprint: fingerprintSchema,
  publicKey: z.string().min(1).max(20_000),
  name: z.string().max(200),
  agency: z.string().max(200),
  agencyId: z.string().max(200).nullable(),
  rights: z.enum(SYNC_RIGHTS),
});
const membersSchema = z.array(memberSchema).min(1).max(200);

/** The lead's key, known to each member from the invitation (a trusted key card). */
export interface LeadKey {
  fingerprint: string;
  publicKey: string;
}

export interface Epoch {
  epoch: number;
  key: SecretKey;
  members: readonly SyncMember[];
}

export type EpochOpen =
  | { ok: true; value: Epoch }
  /** This identity received no key in the epoch (never invited to it, or revoked). */
  | { ok: false; reason: 'not_recipient'; epoch: number; recipients: readonly string[] }
  | { ok: false; reason: 'bad_keyring' };

/**
 * Writes the keyring entry of `epoch`: a fresh random operation key, wrapped to every member.
 * The lead must be among the members (they keep reading and writing the plan).
 */
export async function createEpochEntry(
  lead: FrameSigner,
  operationId: string,
  epoch: number,
  members: readonly SyncMember[],
  keys: KeyCache,
): Promise<Bytes> {
  if (!members.some((m) => m.fingerprint === lead.fingerprint)) {
    throw new Error('Die Einsatzleitung muss Mitglied bleiben.');
  }
  const raw = randomBytes(32);
  const recipients: KeyringHeader['recipients'] = [];
  for (const member of membersSchema.parse(members)) {
    const key = await keys.get(member.fingerprint, member.publicKey);
    if (!key) throw new Error(`Schlüssel von ${member.name} ist ungültig.`);
    const wrapped = await encrypt({
      message: await createMessage({ binary: raw }),
      encryptionKeys: key,
      format: 'binary',
      config: PGP_CONFIG,
    });
    recipients.push({ fingerprint: member.fingerprint, key: base64Encode(wrapped) });
  }
  const header: KeyringHeader = { op: operationId, epoch, author: lead.fingerprint, recipients };
  const aad = frameAad('keyring', header);
  const aes = await importAesKey(raw);
  return lead.seal(aad, await seal(aes, utf8Encode(JSON.stringify(members)), aad));
}

/**
 * Opens the keyring entry of `epoch` for this identity: signed by the lead, for this operation
 * and epoch, with a key wrapped to us, and a member list that names exactly the recipients.
 */
export async function openEpochEntry(
  bytes: Uint8Array,
  expect: { operationId: string; epoch: number; lead: LeadKey },
  own: { fingerprint: string; privateKey: PrivateKey },
  keys: KeyCache,
): Promise<EpochOpen> {
  const bad = { ok: false, reason: 'bad_keyring' } as const;
  const frame = parseFrame(bytes);
  if (!frame || frame.kind !== 'keyring') return bad;
  const parsed = keyringHeaderSchema.safeParse(frame.header);
  if (!parsed.success) return bad;
  const header = parsed.data;
  if (header.op !== expect.operationId || header.epoch !== expect.epoch) return bad;
  if (header.author !== expect.lead.fingerprint) return bad;
  const leadKey = await keys.get(expect.lead.fingerprint, expect.lead.publicKey);
  if (!leadKey || !(await signatureHolds(frame, leadKey))) return bad;
  const mine = header.recipients.find((r) => r.fingerprint === own.fingerprint);
  if (!mine) {
    const recipients = header.recipients.map((r) => r.fingerprint);
    return { ok: false, reason: 'not_recipient', epoch: header.epoch, recipients };
  }
  try {
    const message = await readMessage({
      binaryMessage: base64Decode(mine.key),
      config: PGP_CONFIG,
    });
    const { data } = await decrypt({
      message,
      decryptionKeys: own.privateKey,
      format: 'binary',
      config: PGP_CONFIG,
    });
    if (!(data instanceof Uint8Array) || data.byteLength !== 32) return bad;
    const key = await importAesKey(data);
    const members = membersSchema.parse(
      JSON.parse(utf8Decode(await unseal(key, frame.body, frame.aad))),
    );
    // The readable recipient list and the sealed member list must name the same people.
    const named = new Set(members.map((m) => m.fingerprint));
    if (named.size !== header.recipients.length) return bad;
    if (!header.recipients.every((r) => named.has(r.fingerprint))) return bad;
    for (const m of members) {
      if (!(await keys.get(m.fingerprint, m.publicKey))) return bad;
    }
    return { ok: true, value: { epoch: header.epoch, key, members } };
  } catch {
    return bad;
  }
}

/**
 * Appends an epoch's entry to the transport doc's keyring (the lead's client does this). A list,
 * not a map: an entry someone else adds for the same epoch cannot replace the lead's.
 */
export function publishEpoch(transport: Y.Doc, epoch: number, entry: Uint8Array): void {
  if (entryEpoch(entry) !== epoch) throw new Error(`Eintrag ist nicht für Epoche ${epoch}`);
  transport.getArray<Uint8Array>(TRANSPORT.keyring).push([entry]);
}

/** The epoch an entry claims (unverified: openEpochEntry checks it), or null. */
export function entryEpoch(entry: Uint8Array): number | null {
  const frame = parseFrame(entry);
  const parsed = frame?.kind === 'keyring' ? keyringHeaderSchema.safeParse(frame.header) : null;
  return parsed?.success ? parsed.data.epoch : null;
}

/** The keyring's entries, in the order the transport doc holds them. */
export const keyringEntries = (transport: Y.Doc): Uint8Array[] =>
  transport.getArray<Uint8Array>(TRANSPORT.keyring).toArray();

/** The highest epoch any keyring entry claims (0: none yet). */
export function latestEpoch(transport: Y.Doc): number {
  return Math.max(0, ...keyringEntries(transport).map((e) => entryEpoch(e) ?? 0));
}
