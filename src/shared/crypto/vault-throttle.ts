// The failed-attempt throttle: five free attempts, then a doubling wait (30 s, 1 min, 2 min …, at
// most 15 minutes; 30 s after five failures is what phone lock screens do) counted from the last
// failure. The counter lives in the vault file.
import type { VaultFile } from './schemas';

/** Failed attempts allowed before each further attempt has to wait. */
export const FREE_ATTEMPTS = 5;
export const MAX_THROTTLE_MS = 15 * 60 * 1000;

export const FIRST_THROTTLE_MS = 30_000;

/** The wait after `failed` consecutive failures: 0, then 30 s, 60 s, 120 s … up to 15 minutes. */
export function throttleDelayMs(failed: number): number {
  if (failed < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** Math.min(failed - FREE_ATTEMPTS, 20) * FIRST_THROTTLE_MS, MAX_THROTTLE_MS);
}

export function retryAfterMs(throttle: VaultFile['throttle'], now: Date): number {
  const delay = throttleDelayMs(throttle.failedAttempts);
  if (delay === 0 || throttle.lastFailureAt === null) return 0;
  const elapsed = now.getTime() - Date.parse(throttle.lastFailureAt);
  // A clock set back must not lock the user out for longer than one delay.
  return Math.max(0, Math.min(delay, delay - elapsed));
}
