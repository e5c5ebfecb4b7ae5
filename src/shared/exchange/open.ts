// Open: bytes → verified envelope, or a typed refusal. Order matters: size cap before parsing,
// decryption with a cap on the decompressed size, signature against a trusted (not revoked) key,
// and only then the strict schema. Nothing here writes anything; the caller acts on `ok` only.
import { decrypt, enums, readMessage, type Key, type Message, type PrivateKey } from 'openpgp';
import { envelopeSchema, EXCHANGE_VERSION, versionProbeSchema, type Envelope } from './envelope';
import { refuse, type ExchangeErrorCode, type Opened } from './errors';
import { readPrivate, readPublic } from './keys';
import { MAX_PACKAGE_BYTES, PGP_CONFIG } from './pgp-config';

export interface TrustedKey {
  fingerprint: string;
  /** Armored public key (after a revocation was imported: the revoked key). */
  publicKey: string;
  /** Marked revoked in this installation (lost key), even without a revocation signature. */
  revoked: boolean;
}

export interface OpenOptions {
  /** This installation's private keys (armored); the current and any replaced ones. */
  privateKeys?: readonly string[];
  passphrase?: string;
  trusted: readonly TrustedKey[];
  /**
   * The liaison's first contact: a request signed by a key not yet registered is opened against
   * the key it carries, and shown as "nicht abgeglichen" with its fingerprint.
   */
  allowUnknownSigner?: boolean;
}

export interface OpenedPackage {
  envelope: Envelope;
  signer: { fingerprint: string; trusted: boolean; publicKey: string };
}

const ARMOR_START = '-----BEGIN PGP MESSAGE-----';

async function readAny(bytes: Uint8Array): Promise<Message<Uint8Array | string>> {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith(ARMOR_START)) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return readMessage({ armoredMessage: text, config: PGP_CONFIG });
  }
  return readMessage({ binaryMessage: bytes, config: PGP_CONFIG });
}

function decryptFailure(err: unknown, usedPassphrase: boolean): ExchangeErrorCode {
  const msg = err instanceof Error ? err.message : String(err);
  if (/decompressed/i.test(msg)) return 'bomb';
  if (/session key|no decryption key|decryption key packets/i.test(msg)) {
    return usedPassphrase ? 'wrong_passphrase' : 'wrong_recipient';
  }
  return 'tampered';
}

const matchesKeyId = (key: Key, keyId: string): boolean =>
  key.getKeyIDs().some((id) => id.toHex() === keyId);

export async function openPackage(
  bytes: Uint8Array,
  opts: OpenOptions,
): Promise<Opened<OpenedPackage>> {
  if (bytes.byteLength > MAX_PACKAGE_BYTES) return refuse('too_large');
  let message: Message<Uint8Array | string>;
  try {
    message = await readAny(bytes);
  } catch {
    return refuse('malformed');
  }

  const usePassphrase = opts.passphrase !== undefined && opts.passphrase !== '';
  let decryptionKeys: PrivateKey[] = [];
  if (!usePassphrase) {
    decryptionKeys = await Promise.all((opts.privateKeys ?? []).map(readPrivate));
    const wanted = message.getEncryptionKeyIDs().map((id) => id.toHex());
    const mine = decryptionKeys.some((k) => wanted.some((id) => matchesKeyId(k, id)));
    if (!mine) {
      const hasPassword =
        message.packets.filterByTag(enums.packet.symEncryptedSessionKey).length > 0;
      return refuse(hasPassword ? 'needs_passphrase' : 'wrong_recipient');
    }
  }

  const trustedKeys = await readTrusted(opts.trusted);
  const first = await decryptVerifying(
    message,
    decryptionKeys,
    opts,
    trustedKeys.map((t) => t.key),
  );
  if (!first.ok) return first;
  const { text, signature } = first.value;
  if (!signature) return refuse('unsigned');
  const keyId = signature.keyID.toHex();

  const known = trustedKeys.find((t) => matchesKeyId(t.key, keyId));
  if (known) {
    if (known.entry.revoked || (await known.key.isRevoked())) return refuse('revoked_signer');
    if (!(await signatureHolds(signature))) return refuse('bad_signature');
    return finish(text, known.key, true);
  }
  const embedded = opts.allowUnknownSigner ? await embeddedSenderKey(text, keyId) : null;
  if (!embedded) return refuse('unknown_signer');
  if (await embedded.isRevoked()) return refuse('revoked_signer');
  // Decrypt once more, now verifying against the key the package carries.
  // A message object is read once; the second pass reads the bytes again.
  const again = await decryptVerifying(await readAny(bytes), decryptionKeys, opts, [embedded]);
  if (!again.ok) return again;
  if (!again.value.signature || !(await signatureHolds(again.value.signature))) {
    return refuse('bad_signature');
  }
  return finish(again.value.text, embedded, false);
}

type Signature = Awaited<ReturnType<typeof decrypt>>['signatures'][number];

async function signatureHolds(signature: Signature): Promise<boolean> {
  try {
    await signature.verified;
    return true;
  } catch {
    return false;
  }
}

async function readTrusted(
  trusted: readonly TrustedKey[],
): Promise<{ key: Key; entry: TrustedKey }[]> {
  const out: { key: Key; entry: TrustedKey }[] = [];
  for (const entry of trusted) {
    const key = await readPublic(entry.publicKey).catch(() => null);
    if (key) out.push({ key, entry });
  }
  return out;
}

async function decryptVerifying(
  message: Message<Uint8Array | string>,
  decryptionKeys: PrivateKey[],
  opts: OpenOptions,
  verificationKeys: Key[],
): Promise<Opened<{ text: string; signature: Signature | undefined }>> {
  const usePassphrase = decryptionKeys.length === 0;
  try {
    const result = await decrypt({
      message,
      ...(usePassphrase ? { passwords: [opts.passphrase ?? ''] } : { decryptionKeys }),
      verificationKeys,
      format: 'binary',
      config: PGP_CONFIG,
    });
    if (!(result.data instanceof Uint8Array)) return refuse('malformed');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(result.data);
    } catch {
      return refuse('invalid_content');
    }
    return { ok: true, value: { text, signature: result.signatures[0] } };
  } catch (err) {
    return refuse(decryptFailure(err, usePassphrase));
  }
}

/** Only the sender key field, read before the full schema to verify an unknown first signer. */
async function embeddedSenderKey(text: string, keyId: string): Promise<Key | null> {
  let armored: unknown;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('senderKey' in parsed)) return null;
    armored = parsed.senderKey;
  } catch {
    return null;
  }
  if (typeof armored !== 'string' || armored.length > 20_000) return null;
  const key = await readPublic(armored).catch(() => null);
  return key && !key.isPrivate() && matchesKeyId(key, keyId) ? key : null;
}

function finish(text: string, signerKey: Key, trusted: boolean): Opened<OpenedPackage> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('invalid_content');
  }
  const probe = versionProbeSchema.safeParse(json);
  if (!probe.success) return refuse('invalid_content');
  if (probe.data.version !== EXCHANGE_VERSION) return refuse('unsupported_version');
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) return refuse('invalid_content');
  const fingerprint = signerKey.getFingerprint();
  if (parsed.data.sender.fingerprint !== fingerprint) return refuse('sender_mismatch');
  return {
    ok: true,
    value: {
      envelope: parsed.data,
      signer: { fingerprint, trusted, publicKey: signerKey.armor() },
    },
  };
}
