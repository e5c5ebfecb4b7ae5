// The OpenPGP settings every exchange call uses. Chosen so Debian's GnuPG 2.2 reads what we write
// (v4 keys, Curve25519 legacy, SEIPD v1 without AEAD) and so a hostile file stays cheap to refuse.
import { enums, type PartialConfig } from 'openpgp';

/** Largest package file accepted; checked on the raw bytes before any parsing. */
export const MAX_PACKAGE_BYTES = 2 * 1024 * 1024;
/** Largest plaintext a package may decompress to (a "zip bomb" stops here). */
export const MAX_PLAINTEXT_BYTES = 4 * 1024 * 1024;

export const PGP_CONFIG: PartialConfig = {
  v6Keys: false,
  aeadProtect: false,
  // Our own packages are small JSON; no compression keeps the output simple and predictable.
  preferredCompressionAlgorithm: enums.compression.uncompressed,
  maxDecompressedMessageSize: MAX_PLAINTEXT_BYTES,
  // Refuse rather than skip: a package with a packet we do not understand is not ours.
  ignoreUnsupportedPackets: false,
  ignoreMalformedPackets: false,
  allowUnauthenticatedMessages: false,
};
