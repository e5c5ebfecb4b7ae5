// Signed statements to the sync server: the challenge a member's client answers before it may
// open an operation's transport document, and the lead's requests that add or revoke members.
// Each is a small JSON statement inside an OpenPGP signed message made with the identity key of
// the exchange packages, so the server admits keys, not passwords. The server keeps the state
// (issued nonces, used nonces, the membership table); these rules only say what a statement is
// and whether its signature and time hold. Pure: openpgp and zod only.
import { createMessage, readMessage, sign, verify } from 'openpgp';
import { z } from 'zod';
import { instantSchema } from '../domain/common';
import { fingerprintSchema } from '../exchange/envelope';
import { readPrivate, readPublic } from '../exchange/keys';
import { PGP_CONFIG } from '../exchange/pgp-config';

export const SYNC_STATEMENT_FORMAT = 'verbundplaner-sync-statement';

/** How far a statement's time may be from the server's clock, either way (clock skew + transit). */
export const STATEMENT_WINDOW_MS = 2 * 60_000;

/** Largest token the server reads; a statement with a member's key card stays far below it. */
export const MAX_STATEMENT_BYTES = 32 * 1024;

/**
 * What a member may do, enforced by the clients (the server cannot read the plan): the whole
 * plan, only their own agency's parts, or read only. The server itself enforces `read` (the
 * connection is read-only) and that only the lead manages members.
 */
export const SYNC_RIGHTS = ['edit', 'agency', 'read'] as const;
export type SyncRights = (typeof SYNC_RIGHTS)[number];

/** A nonce the server issued: 32 random bytes, base64url. */
export const nonceSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
/** The transport document's name on the server: the operation's id, nothing readable. */
export const operationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const publicKeySchema = z.string().min(1).max(20_000);

const base = {
  format: z.literal(SYNC_STATEMENT_FORMAT),
  version: z.literal(1),
  nonce: nonceSchema,
  time: instantSchema,
  operationId: operationIdSchema,
  /** Fingerprint of the key that signed; checked against the signature. */
  signer: fingerprintSchema,
};

export const syncStatementSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('connect'), ...base }),
  z.strictObject({
    kind: z.literal('member_add'),
    ...base,
    /** The lead's own public key: needed once, when the first request registers the lead. */
    signerKey: publicKeySchema.optional(),
    member: z.strictObject({
      fingerprint: fingerprintSchema,
      publicKey: publicKeySchema,
      rights: z.enum(SYNC_RIGHTS),
    }),
  }),
  z.strictObject({
    kind: z.literal('member_revoke'),
    ...base,
    member: z.strictObject({ fingerprint: fingerprintSchema }),
  }),
]);
export type SyncStatement = z.infer<typeof syncStatementSchema>;
export type SyncStatementKind = SyncStatement['kind'];

/** A statement as written by a client: the format fields are added on signing. */
export type SyncStatementInput =
  | Omit<Extract<SyncStatement, { kind: 'connect' }>, 'format' | 'version'>
  | Omit<Extract<SyncStatement, { kind: 'member_add' }>, 'format' | 'version'>
  | Omit<Extract<SyncStatement, { kind: 'member_revoke' }>, 'format' | 'version'>;

export type StatementRefusal =
  /** Not a signed message, too large, or not a statement of ours. */
  | 'malformed'
  /** The server knows no key for the stated signer (not a member, not registering). */
  | 'unknown_signer'
  /** Not signed by the key of the stated signer, or the signature does not verify. */
  | 'bad_signature'
  /** The key is revoked. */
  | 'revoked_key'
  /** The time is outside the window around the server's clock. */
  | 'expired';

export type StatementCheck =
  { ok: true; statement: SyncStatement } | { ok: false; reason: StatementRefusal };

/**
 * Signs a statement with the identity key. The result is the token: an armored OpenPGP signed
 * message (`gpg --verify` reads it), passed as the Hocuspocus token or as a request body.
 */
export async function signStatement(
  input: SyncStatementInput,
  privateKeyArmored: string,
): Promise<string> {
  const statement = syncStatementSchema.parse({
    ...input,
    format: SYNC_STATEMENT_FORMAT,
    version: 1,
  });
  return sign({
    message: await createMessage({ text: JSON.stringify(statement), format: 'utf8' }),
    signingKeys: await readPrivate(privateKeyArmored),
    format: 'armored',
    config: PGP_CONFIG,
  });
}

/**
 * Reads what a token claims, before any key is known: the server needs the operation and the
 * stated signer to look up the key it must verify with. Nothing read here is trusted yet.
 */
export async function readClaim(token: string): Promise<SyncStatement | null> {
  if (token.length > MAX_STATEMENT_BYTES) return null;
  try {
    const message = await readMessage({ armoredMessage: token, config: PGP_CONFIG });
    const text = message.getText();
    if (typeof text !== 'string') return null;
    const parsed = syncStatementSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Checks a token against the key the server holds for its stated signer (`null`: none): the
 * statement parses, is signed by exactly that key (its fingerprint is the stated signer), the
 * key is not revoked, and its time lies within `windowMs` of `now`. The nonce is the caller's
 * to check: only the server knows which it issued and which were used.
 */
export async function checkStatement(
  token: string,
  publicKeyArmored: string | null,
  now: Date,
  windowMs = STATEMENT_WINDOW_MS,
): Promise<StatementCheck> {
  const claim = await readClaim(token);
  if (!claim) return { ok: false, reason: 'malformed' };
  if (!publicKeyArmored) return { ok: false, reason: 'unknown_signer' };
  const key = await readPublic(publicKeyArmored).catch(() => null);
  if (!key || key.isPrivate()) return { ok: false, reason: 'unknown_signer' };
  if (key.getFingerprint() !== claim.signer) return { ok: false, reason: 'bad_signature' };
  // Before verifying: openpgp refuses a revoked key's signatures as merely "invalid".
  if (await key.isRevoked()) return { ok: false, reason: 'revoked_key' };
  let text: string;
  try {
    const message = await readMessage({ armoredMessage: token, config: PGP_CONFIG });
    const result = await verify({
      message,
      verificationKeys: key,
      expectSigned: true,
      format: 'utf8',
      config: PGP_CONFIG,
    });
    text = result.data;
  } catch {
    // expectSigned throws when no signature is by this key or the one there does not verify.
    return { ok: false, reason: 'bad_signature' };
  }
  const parsed = syncStatementSchema.safeParse(safeJson(text));
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const skew = Math.abs(Date.parse(parsed.data.time) - now.getTime());
  if (!(skew <= windowMs)) return { ok: false, reason: 'expired' };
  return { ok: true, statement: parsed.data };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The fingerprint of an armored public key, or null when it is not one. */
export async function publicKeyFingerprint(armored: string): Promise<string | null> {
  const key = await readPublic(armored).catch(() => null);
  return key && !key.isPrivate() ? key.getFingerprint() : null;
}
