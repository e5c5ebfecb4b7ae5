// Byte helpers: base64 agrees with Node's Buffer and is strict, UTF-8 is strict, randomness and
// the constant-time comparison behave.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import {
  base64Decode,
  base64Encode,
  concatBytes,
  constantTimeEqual,
  IntegrityError,
  randomBytes,
  sha256Hex,
  utf8Decode,
  utf8Encode,
} from '@shared/crypto';

// Property tests run FC_RUNS cases in a deep run; their time limit grows with the count.
vi.setConfig({ testTimeout: fcTimeout(100, 30_000, 5) });

describe('base64', () => {
  it('matches Buffer for arbitrary bytes and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = base64Encode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Decode(text)).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: fcRuns(100) },
    );
  });

  it('handles a large input', () => {
    const big = randomBytes(3 * 1024 * 1024 + 1);
    const text = base64Encode(big);
    expect(text).toBe(Buffer.from(big).toString('base64'));
    // Buffer.equals: vitest's deep equality walks typed arrays element by element (slow).
    expect(Buffer.from(base64Decode(text)).equals(big)).toBe(true);
    // 3 MiB each way: well under a second alone, several seconds on a busy 2-core machine.
  }, 60_000);

  it.each(['A', 'AB=', 'A===', 'AB C', 'AB\nCD==', 'ABC*', 'QQ=A', 'QR==', 'QUI=x', 'ÄÖÜ='])(
    'refuses %j',
    (text) => {
      expect(() => base64Decode(text)).toThrow(IntegrityError);
    },
  );

  it('accepts canonical padding', () => {
    expect(base64Decode('QQ==')).toEqual(Uint8Array.of(65));
    expect(base64Decode('QUI=')).toEqual(Uint8Array.of(65, 66));
    expect(base64Decode('')).toEqual(new Uint8Array(0));
  });
});

describe('utf8', () => {
  it('round-trips umlauts and emoji', () => {
    const text = 'Größe 🚓 Straße';
    expect(utf8Decode(utf8Encode(text))).toBe(text);
  });

  it('refuses invalid UTF-8 instead of replacing characters', () => {
    expect(() => utf8Decode(Uint8Array.of(0xc3, 0x28))).toThrow(IntegrityError);
  });
});

describe('helpers', () => {
  it('concatenates', () => {
    expect(concatBytes([Uint8Array.of(1), new Uint8Array(0), Uint8Array.of(2, 3)])).toEqual(
      Uint8Array.of(1, 2, 3),
    );
  });

  it('fills more than 64 KiB with random bytes, differently each time', () => {
    const a = randomBytes(200_000);
    const b = randomBytes(200_000);
    expect(a.byteLength).toBe(200_000);
    expect(constantTimeEqual(a, b)).toBe(false);
    // The last chunk is filled too (not left zero).
    expect(a.subarray(196_608).some((x) => x !== 0)).toBe(true);
  });

  it('compares in constant time with the right answer', () => {
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1))).toBe(false);
  });

  it('hashes with SHA-256', async () => {
    expect(await sha256Hex(utf8Encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
