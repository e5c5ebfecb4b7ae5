// The printable recovery code: 160 random bits as 32 Crockford-base32 characters in 8 groups of
// four. Crockford's alphabet has no I, L, O or U, so the code survives being read aloud or typed.
import { randomBytes } from './bytes';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_CHARS = 32;

const group = (compact: string): string => compact.match(/.{4}/g)?.join('-') ?? compact;

export function generateRecoveryCode(): string {
  const bytes = randomBytes(20); // 160 bits = 32 × 5 bits
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD.charAt((value >> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return group(out);
}

/**
 * The canonical form (upper case, grouped with dashes) of what the user typed, or null if it
 * cannot be a recovery code. Case, spaces and dashes do not matter; O reads as 0, I and L as 1.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== RECOVERY_CODE_CHARS) return null;
  for (const char of compact) if (!CROCKFORD.includes(char)) return null;
  return group(compact);
}
