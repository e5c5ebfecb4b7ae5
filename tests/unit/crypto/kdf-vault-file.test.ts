// Argon2id key derivation, the recovery code and the vault file: wrap, unwrap, rewrap, and the
// errors a wrong secret or a doctored file produce. Small Argon2 costs keep this fast; one test
// runs the real defaults.
import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import {
  createVaultFile,
  DEFAULT_KDF,
  deriveKeyBytes,
  generateRecoveryCode,
  IntegrityError,
  kdfParamsSchema,
  newKdfParams,
  normalizeRecoveryCode,
  rewrapPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecovery,
  vaultFileSchema,
  WrongSecretError,
} from '@shared/crypto';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const now = new Date('2026-11-20T10:00:00.000Z');
const PASS = 'Korrekt Pferd Batterie Heftklammer';

describe('deriveKeyBytes (Argon2id)', () => {
  it('derives the same 32 bytes from the same passphrase and salt', async () => {
    const params = newKdfParams(FAST);
    const a = await deriveKeyBytes(PASS, params);
    const b = await deriveKeyBytes(PASS, params);
    expect(a.byteLength).toBe(32);
    expect(a).toEqual(b);
  });

  it('derives different keys for a different salt or passphrase', async () => {
    const a = await deriveKeyBytes(PASS, newKdfParams(FAST));
    const b = await deriveKeyBytes(PASS, newKdfParams(FAST));
    expect(a).not.toEqual(b);
    const params = newKdfParams(FAST);
    expect(await deriveKeyBytes(PASS, params)).not.toEqual(
      await deriveKeyBytes(`${PASS}!`, params),
    );
  });

  it('normalises to NFC: a composed and a decomposed umlaut give the same key', async () => {
    const params = newKdfParams(FAST);
    const composed = 'Grüße aus Bochum 2026';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await deriveKeyBytes(decomposed, params)).toEqual(
      await deriveKeyBytes(composed, params),
    );
  });

  it('is real Argon2id v19: the library matches the reference vector, our output is pinned', async () => {
    // From the reference implementation's test suite (phc-winner-argon2, test.c).
    const reference = await argon2id({
      password: 'password',
      salt: 'somesalt',
      iterations: 2,
      memorySize: 65_536,
      parallelism: 1,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(reference).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
    // Pinned, so a change in how parameters reach the library would be noticed.
    const params = kdfParamsSchema.parse({
      algorithm: 'argon2id',
      version: 19,
      memoryKiB: 1024,
      iterations: 2,
      parallelism: 1,
      salt: 'c29tZXNhbHRzb21lc2FsdA==', // "somesaltsomesalt"
    });
    const key = await deriveKeyBytes('password', params);
    expect(Buffer.from(key).toString('hex')).toBe(
      '08a19ee7f6d7f589c2ab6af18d6e724172b19f7d6fd462b38430ab31ceabeaf0',
    );
    const direct = await argon2id({
      password: 'password',
      salt: 'somesaltsomesalt',
      iterations: 2,
      memorySize: 1024,
      parallelism: 1,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(direct).toBe('08a19ee7f6d7f589c2ab6af18d6e724172b19f7d6fd462b38430ab31ceabeaf0');
  });

  it('refuses parameters outside the allowed bounds', async () => {
    const params = newKdfParams(FAST);
    await expect(deriveKeyBytes(PASS, { ...params, memoryKiB: 8 })).rejects.toThrow();
    await expect(
      deriveKeyBytes(PASS, { ...params, memoryKiB: 64 * 1024 * 1024 }),
    ).rejects.toThrow();
    await expect(deriveKeyBytes(PASS, { ...params, salt: 'AAAA' })).rejects.toThrow();
  });

  it('works with the default parameters (64 MiB, 3 passes)', async () => {
    const params = newKdfParams();
    expect(params).toMatchObject({ ...DEFAULT_KDF });
    expect(params.memoryKiB).toBe(65_536);
    const started = performance.now();
    const key = await deriveKeyBytes(PASS, params);
    console.log(`Argon2id with DEFAULT_KDF: ${Math.round(performance.now() - started)} ms`);
    expect(key.byteLength).toBe(32);
    expect(await deriveKeyBytes(PASS, params)).toEqual(key);
  }, 30_000);
});

describe('recovery code', () => {
  it('has 32 Crockford characters in 8 groups of 4, random each time', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(/^([0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-){7}[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}$/);
    expect(generateRecoveryCode()).not.toBe(code);
    expect(normalizeRecoveryCode(code)).toBe(code);
  });

  it('normalises case, spaces, dashes and the look-alikes O, I and L', () => {
    const code = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
    expect(normalizeRecoveryCode('abcd efgh jkmn pqrs tvwx yz01 2345 6789')).toBe(code);
    expect(normalizeRecoveryCode(' ABCDEFGHJKMNPQRSTVWXYZ0123456789 ')).toBe(code);
    expect(normalizeRecoveryCode('abcd-efgh-jkmn-pqrs-tvwx-yzol-2345-6789')).toBe(code);
    expect(normalizeRecoveryCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZOI-2345-6789')).toBe(code);
  });

  it.each([
    ['too short', 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678'],
    ['too long', 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-67890'],
    ['a U (not in the alphabet)', 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678U'],
    ['punctuation', 'ABCD.EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789'],
    ['empty', ''],
  ])('rejects %s', (_label, input) => {
    expect(normalizeRecoveryCode(input)).toBeNull();
  });
});

describe('vault file', () => {
  it('creates a valid, versioned file that wraps a random 32-byte key twice', async () => {
    const { file, dataKey, recoveryCode } = await createVaultFile({
      passphrase: PASS,
      now,
      kdfParams: FAST,
    });
    expect(vaultFileSchema.parse(file)).toEqual(file);
    expect(file).toMatchObject({ format: 'verbundplaner-vault', version: 1, keychain: null });
    expect(file.createdAt).toBe(now.toISOString());
    expect(file.passphrase.kdf.salt).not.toBe(file.recovery.kdf.salt);
    expect(dataKey.byteLength).toBe(32);
    expect(JSON.stringify(file)).not.toContain(Buffer.from(dataKey).toString('base64'));
    expect(JSON.stringify(file)).not.toContain(recoveryCode);
    expect(await unwrapWithPassphrase(file, PASS)).toEqual(dataKey);
    expect(await unwrapWithRecovery(file, recoveryCode)).toEqual(dataKey);
    expect(await unwrapWithRecovery(file, recoveryCode.toLowerCase().replace(/-/g, ' '))).toEqual(
      dataKey,
    );
  });

  it('reports a wrong passphrase or recovery code as WrongSecretError', async () => {
    const { file } = await createVaultFile({ passphrase: PASS, now, kdfParams: FAST });
    await expect(unwrapWithPassphrase(file, `${PASS} `)).rejects.toThrow(WrongSecretError);
    await expect(unwrapWithPassphrase(file, '')).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await expect(unwrapWithRecovery(file, generateRecoveryCode())).rejects.toThrow(
      WrongSecretError,
    );
    await expect(unwrapWithRecovery(file, 'kein Code')).rejects.toThrow(WrongSecretError);
  });

  it('binds each wrap to its vault and slot', async () => {
    const a = await createVaultFile({ passphrase: PASS, now, kdfParams: FAST });
    const b = await createVaultFile({ passphrase: PASS, now, kdfParams: FAST });
    // The passphrase slot of vault a copied into vault b does not open there …
    await expect(
      unwrapWithPassphrase({ ...b.file, passphrase: a.file.passphrase }, PASS),
    ).rejects.toThrow(WrongSecretError);
    // … and the recovery slot cannot stand in for the passphrase slot.
    await expect(
      unwrapWithRecovery({ ...a.file, recovery: a.file.passphrase }, a.recoveryCode),
    ).rejects.toThrow(WrongSecretError);
  });

  it('refuses a structurally damaged slot with IntegrityError', async () => {
    const { file } = await createVaultFile({ passphrase: PASS, now, kdfParams: FAST });
    const damaged = { ...file, passphrase: { ...file.passphrase, wrapped: 'kein base64!' } };
    await expect(unwrapWithPassphrase(damaged, PASS)).rejects.toThrow(IntegrityError);
    expect(vaultFileSchema.safeParse(damaged).success).toBe(false);
  });

  it('rewraps the passphrase slot with a new salt; the data key stays the same', async () => {
    const { file, dataKey, recoveryCode } = await createVaultFile({
      passphrase: PASS,
      now,
      kdfParams: FAST,
    });
    const next = await rewrapPassphrase(
      file,
      dataKey,
      'Neue lange Passphrase 2027',
      undefined,
      FAST,
    );
    expect(next.passphrase.kdf.salt).not.toBe(file.passphrase.kdf.salt);
    expect(next.recovery).toEqual(file.recovery);
    expect(await unwrapWithPassphrase(next, 'Neue lange Passphrase 2027')).toEqual(dataKey);
    await expect(unwrapWithPassphrase(next, PASS)).rejects.toThrow(WrongSecretError);
    expect(await unwrapWithRecovery(next, recoveryCode)).toEqual(dataKey);
  });

  it('uses an injected KDF (e.g. a worker) for every wrap and unwrap', async () => {
    const calls: string[] = [];
    const kdf = async (secret: string, params: Parameters<typeof deriveKeyBytes>[1]) => {
      calls.push(secret);
      return deriveKeyBytes(secret, params);
    };
    const { file, recoveryCode } = await createVaultFile({
      passphrase: PASS,
      now,
      kdf,
      kdfParams: FAST,
    });
    await unwrapWithPassphrase(file, PASS, kdf);
    expect(calls).toEqual([PASS, recoveryCode, PASS]);
  });
});
