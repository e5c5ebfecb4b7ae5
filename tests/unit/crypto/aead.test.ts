// AES-256-GCM envelope: round trip, and every kind of damage or misuse ends in IntegrityError,
// never in (wrong) plaintext.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import {
  importAesKey,
  IntegrityError,
  randomBytes,
  seal,
  SEAL_OVERHEAD,
  unseal,
  utf8Decode,
  utf8Encode,
} from '@shared/crypto';

// Property tests run FC_RUNS cases in a deep run; their time limit grows with the count.
vi.setConfig({ testTimeout: fcTimeout(300, 30_000, 5) });

const aad = utf8Encode('verbundplaner/test/aad');
const plaintext = utf8Encode(
  'Objekt: Musterstraße 1, 45127 Essen – Ansprechpartner Max Mustermann',
);
const key = await importAesKey(randomBytes(32));
const sealed = await seal(key, plaintext, aad);

const flip = (bytes: Uint8Array, index: number, mask = 0x01): Uint8Array => {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ mask;
  return copy;
};

describe('seal / unseal', () => {
  it('round-trips and uses the versioned envelope', async () => {
    expect(sealed[0]).toBe(0x01);
    expect(sealed.byteLength).toBe(plaintext.byteLength + SEAL_OVERHEAD);
    expect(utf8Decode(await unseal(key, sealed, aad))).toContain('Musterstraße');
  });

  it('uses a fresh IV for every seal', async () => {
    const again = await seal(key, plaintext, aad);
    expect(again.subarray(1, 13)).not.toEqual(sealed.subarray(1, 13));
    expect(again).not.toEqual(sealed);
  });

  it('seals an empty plaintext', async () => {
    const empty = await seal(key, new Uint8Array(0), aad);
    expect(await unseal(key, empty, aad)).toEqual(new Uint8Array(0));
  });

  it('imports keys as non-extractable', async () => {
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(importAesKey(randomBytes(16))).rejects.toThrow(IntegrityError);
  });

  it('refuses the wrong key', async () => {
    const other = await importAesKey(randomBytes(32));
    await expect(unseal(other, sealed, aad)).rejects.toThrow(IntegrityError);
  });

  it('refuses the wrong additional data', async () => {
    await expect(unseal(key, sealed, utf8Encode('verbundplaner/test/other'))).rejects.toThrow(
      IntegrityError,
    );
    await expect(unseal(key, sealed, new Uint8Array(0))).rejects.toThrow(IntegrityError);
  });

  it.each([
    ['the version byte', 0],
    ['the first IV byte', 1],
    ['the last IV byte', 12],
    ['the first ciphertext byte', 13],
    ['a middle ciphertext byte', 13 + 20],
    ['the first tag byte', sealed.byteLength - 16],
    ['the last tag byte', sealed.byteLength - 1],
  ])('refuses a flipped bit in %s', async (_label, index) => {
    await expect(unseal(key, flip(sealed, index), aad)).rejects.toThrow(IntegrityError);
    await expect(unseal(key, flip(sealed, index, 0x80), aad)).rejects.toThrow(IntegrityError);
  });

  it('refuses truncated, empty, extended and non-byte input', async () => {
    for (const cut of [0, 1, 13, SEAL_OVERHEAD - 1, sealed.byteLength - 1]) {
      await expect(unseal(key, sealed.subarray(0, cut), aad)).rejects.toThrow(IntegrityError);
    }
    const longer = new Uint8Array(sealed.byteLength + 1);
    longer.set(sealed);
    await expect(unseal(key, longer, aad)).rejects.toThrow(IntegrityError);
    await expect(unseal(key, 'abc' as unknown as Uint8Array, aad)).rejects.toThrow(IntegrityError);
  });

  it('never returns data for any random mutation (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            kind: fc.constant('flip' as const),
            index: fc.nat({ max: sealed.byteLength - 1 }),
            mask: fc.integer({ min: 1, max: 255 }),
          }),
          fc.record({
            kind: fc.constant('cut' as const),
            index: fc.nat({ max: sealed.byteLength - 1 }),
          }),
          fc.record({
            kind: fc.constant('append' as const),
            extra: fc.uint8Array({ minLength: 1, maxLength: 8 }),
          }),
        ),
        async (mutation) => {
          let damaged: Uint8Array;
          if (mutation.kind === 'flip') damaged = flip(sealed, mutation.index, mutation.mask);
          else if (mutation.kind === 'cut') damaged = sealed.slice(0, mutation.index);
          else damaged = new Uint8Array([...sealed, ...mutation.extra]);
          await expect(unseal(key, damaged, aad)).rejects.toThrow(IntegrityError);
        },
      ),
      { numRuns: fcRuns(300) },
    );
  });
});
