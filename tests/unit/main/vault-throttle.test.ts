// Throttling of passphrase and recovery attempts: five free tries, then a doubling wait from the
// last failure (at most 15 minutes), persisted in vault.json so a restart does not reset it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVaultService, retryAfterMs, ThrottledError, throttleDelayMs } from '@shared/crypto';
import { createFileVaultStore } from '../../../src/main/services/vault';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'Einsatz Nordstern bleibt geheim';
const WRONG = 'Einsatz Südstern bleibt geheim';

let dir: string;
let clock: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vp-throttle-'));
  clock = Date.parse('2026-03-29T00:30:00.000Z');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const service = () =>
  createVaultService({
    store: createFileVaultStore(dir),
    keychain: null,
    now: () => new Date(clock),
    kdfParams: FAST,
  });

const wrong = (s: ReturnType<typeof service>) =>
  s.unlock({ method: 'passphrase', passphrase: WRONG });

describe('throttling', () => {
  it('computes the doubling delay with a 15-minute ceiling', () => {
    expect([0, 4, 5, 6, 7, 9].map(throttleDelayMs)).toEqual([
      0, 0, 30_000, 60_000, 120_000, 480_000,
    ]);
    expect(throttleDelayMs(10)).toBe(15 * 60 * 1000);
    expect(throttleDelayMs(15)).toBe(15 * 60 * 1000);
    expect(throttleDelayMs(10_000)).toBe(15 * 60 * 1000);
    const last = '2026-03-29T00:30:00.000Z';
    const at = (ms: number) => new Date(Date.parse(last) + ms);
    expect(retryAfterMs({ failedAttempts: 6, lastFailureAt: last }, at(500))).toBe(59_500);
    expect(retryAfterMs({ failedAttempts: 6, lastFailureAt: last }, at(60_500))).toBe(0);
    // A clock set back waits at most one delay.
    expect(retryAfterMs({ failedAttempts: 6, lastFailureAt: last }, at(-3_600_000))).toBe(60_000);
  });

  it('refuses the 6th attempt, even with the right passphrase, until the wait is over', async () => {
    const vault = service();
    const { dataKey } = await vault.create({ passphrase: PASS, useKeychain: false });
    for (let i = 0; i < 5; i++) {
      await expect(wrong(vault)).rejects.toMatchObject({ code: 'wrong_passphrase' });
      clock += 100;
    }
    const status = await vault.status();
    expect(status.throttle).toEqual({ failedAttempts: 5, retryAfterMs: 29_900 });

    const refused = vault.unlock({ method: 'passphrase', passphrase: PASS });
    await expect(refused).rejects.toBeInstanceOf(ThrottledError);
    await expect(refused).rejects.toMatchObject({ code: 'throttled', retryAfterMs: 29_900 });
    // The recovery code and the passphrase change are throttled the same way.
    await expect(
      vault.unlock({ method: 'recovery', recoveryCode: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' }),
    ).rejects.toMatchObject({ code: 'throttled' });
    await expect(vault.changePassphrase({ current: PASS, next: WRONG })).rejects.toMatchObject({
      code: 'throttled',
    });
    expect((await vault.status()).throttle.failedAttempts).toBe(5);

    clock += 29_900;
    expect((await vault.unlock({ method: 'passphrase', passphrase: PASS })).dataKey).toEqual(
      dataKey,
    );
    expect((await vault.status()).throttle).toEqual({ failedAttempts: 0, retryAfterMs: 0 });
  });

  it('doubles the wait with each further failure', async () => {
    const vault = service();
    await vault.create({ passphrase: PASS, useKeychain: false });
    for (let i = 0; i < 5; i++) await expect(wrong(vault)).rejects.toThrow();
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      waits.push((await vault.status()).throttle.retryAfterMs);
      clock += waits[i] ?? 0;
      await expect(wrong(vault)).rejects.toMatchObject({ code: 'wrong_passphrase' });
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect((await vault.status()).throttle).toEqual({ failedAttempts: 9, retryAfterMs: 480_000 });
  });

  it('keeps the counter across a restart (a new service on the same folder)', async () => {
    const first = service();
    await first.create({ passphrase: PASS, useKeychain: false });
    for (let i = 0; i < 5; i++) await expect(wrong(first)).rejects.toThrow();

    const restarted = service();
    expect((await restarted.status()).throttle).toEqual({
      failedAttempts: 5,
      retryAfterMs: 30_000,
    });
    await expect(
      restarted.unlock({ method: 'passphrase', passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'throttled' });
    clock += 30_000;
    await restarted.unlock({ method: 'passphrase', passphrase: PASS });
  });

  it('counts parallel guesses one by one (no race past the counter)', async () => {
    const vault = service();
    await vault.create({ passphrase: PASS, useKeychain: false });
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => wrong(vault)));
    const codes = results.map((r) =>
      r.status === 'rejected' ? (r.reason as { code: string }).code : 'ok',
    );
    expect(codes.filter((c) => c === 'wrong_passphrase')).toHaveLength(5);
    expect(codes.filter((c) => c === 'throttled')).toHaveLength(7);
    expect((await vault.status()).throttle.failedAttempts).toBe(5);
  });

  it('restarts the wait from now when the clock was set back', async () => {
    const vault = service();
    await vault.create({ passphrase: PASS, useKeychain: false });
    for (let i = 0; i < 5; i++) await expect(wrong(vault)).rejects.toThrow();
    clock -= 24 * 3600 * 1000;
    await expect(vault.unlock({ method: 'passphrase', passphrase: PASS })).rejects.toMatchObject({
      code: 'throttled',
    });
    clock += 30_000;
    await vault.unlock({ method: 'passphrase', passphrase: PASS });
  });
});
