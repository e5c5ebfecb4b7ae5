// Byte helpers for the crypto modules: UTF-8, strict base64, concatenation, randomness and a
// constant-time comparison. Pure (no Buffer, no DOM), so the same code runs in main and the page.
import { IntegrityError } from './errors';

/** A byte array backed by a plain ArrayBuffer: what WebCrypto and IndexedDB accept everywhere. */
export type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();
// fatal: invalid UTF-8 inside authenticated data means a bug or tampering, never "best effort".
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const utf8Encode = (text: string): Bytes => encoder.encode(text);

export function utf8Decode(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new IntegrityError('Ungültige UTF-8-Daten.');
  }
}

/** The same bytes on a plain ArrayBuffer (copied only when they sit on a SharedArrayBuffer). */
export function asBytes(bytes: Uint8Array): Bytes {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Bytes) : new Uint8Array(bytes);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function base64Encode(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    chunk +=
      ALPHABET.charAt((n >> 18) & 63) +
      ALPHABET.charAt((n >> 12) & 63) +
      (i + 1 < bytes.length ? ALPHABET.charAt((n >> 6) & 63) : '=') +
      (i + 2 < bytes.length ? ALPHABET.charAt(n & 63) : '=');
    // Joining bounded chunks keeps very large inputs from building one huge rope string.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Strict: canonical padding only, no whitespace, no foreign characters; else IntegrityError. */
export function base64Decode(text: string): Bytes {
  if (text.length % 4 !== 0) throw new IntegrityError('Ungültiges Base64.');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const values = [0, 1, 2, 3].map((j) => {
      const code = text.charCodeAt(i + j);
      if (last && j >= 4 - padding && code === 61) return 0;
      const v = code < 128 ? (LOOKUP[code] ?? -1) : -1;
      if (v < 0) throw new IntegrityError('Ungültiges Base64.');
      return v;
    });
    const [a = 0, b = 0, c = 0, d = 0] = values;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    // Non-zero bits hidden in the padding would let two strings decode to the same bytes.
    if (last && padding > 0 && (n & (padding === 2 ? 0xffff : 0xff)) !== 0) {
      throw new IntegrityError('Ungültiges Base64.');
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** Cryptographically random bytes (getRandomValues fills at most 64 KiB per call). */
export function randomBytes(length: number): Bytes {
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += 65_536) {
    crypto.getRandomValues(out.subarray(offset, Math.min(length, offset + 65_536)));
  }
  return out;
}

/** Compares without an early exit, so the time taken does not reveal where inputs differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let diff = 0;
  for (let i = 0; i < a.byteLength; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of `bytes` as lowercase hex (e.g. a backup manifest's contentHash). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', asBytes(bytes))));
}
