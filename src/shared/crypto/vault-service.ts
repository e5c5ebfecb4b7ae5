// The vault logic shared by the desktop app (file store, safeStorage keychain) and the web
// edition (IndexedDB store, no keychain). Returns plain values and throws CodedError; each host
// turns that into its envelope. Every operation runs one at a time, so parallel guesses cannot
// slip past the failed-attempt counter.
import type {
  VaultBackupHeader,
  VaultCreateRequest,
  VaultCreateResult,
  VaultKeyResult,
  VaultNewRecoveryCodeRequest,
  VaultNewRecoveryCodeResult,
  VaultRecoverRequest,
  VaultSetKeychainRequest,
  VaultStatus,
  VaultUnlockRequest,
} from './vault-api';
import { PASSPHRASE_MIN } from './vault-api';
import { CodedError } from '../result';
import type { Bytes } from './bytes';
import { ThrottledError, WrongSecretError } from './errors';
import type { Kdf, KdfParams } from './kdf';
import { deriveKeyBytes, KEY_BYTES } from './kdf';
import { normalizeRecoveryCode } from './recovery-code';
import {
  createVaultFile,
  rewrapPassphrase,
  rewrapRecovery,
  unwrapWithPassphrase,
  unwrapWithRecovery,
} from './vault-file';
import type { VaultFile } from './vault-file';
import { KEYCHAIN_REFUSALS } from './vault-ports';
import type { Keychain, KeychainStatus, VaultStore } from './vault-ports';
import { retryAfterMs } from './vault-throttle';

export type {
  Keychain,
  KeychainStatus,
  KeychainUnavailableReason,
  VaultStore,
} from './vault-ports';
export { FREE_ATTEMPTS, MAX_THROTTLE_MS, retryAfterMs, throttleDelayMs } from './vault-throttle';

export interface VaultServiceOptions {
  store: VaultStore;
  keychain: Keychain | null;
  now: () => Date;
  kdf?: Kdf;
  /** Argon2id cost for new wraps (tests use small values); the salt is always fresh. */
  kdfParams?: Partial<KdfParams>;
}

export interface VaultService {
  status(): Promise<VaultStatus>;
  create(request: VaultCreateRequest): Promise<VaultCreateResult>;
  unlock(request: VaultUnlockRequest): Promise<VaultKeyResult>;
  changePassphrase(request: { current: string; next: string }): Promise<Record<string, never>>;
  recover(request: VaultRecoverRequest): Promise<VaultKeyResult>;
  setKeychain(request: VaultSetKeychainRequest): Promise<VaultStatus>;
  /** Replaces the recovery code (passphrase required, throttled); the old one stops working. */
  newRecoveryCode(request: VaultNewRecoveryCodeRequest): Promise<VaultNewRecoveryCodeResult>;
  /** What a backup header carries: the vault id and the passphrase and recovery wraps. */
  backupHeader(): Promise<VaultBackupHeader>;
}

const NO_KEYCHAIN: KeychainStatus = { available: false, reason: 'unsupported', backend: null };

function checkNewPassphrase(passphrase: string): void {
  if (passphrase.length < PASSPHRASE_MIN) {
    throw new CodedError(
      'invalid_input',
      `Die Passphrase muss mindestens ${PASSPHRASE_MIN} Zeichen haben.`,
    );
  }
}

export function createVaultService(options: VaultServiceOptions): VaultService {
  const { store, keychain, now } = options;
  const kdf = options.kdf ?? deriveKeyBytes;

  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const keychainStatus = (): KeychainStatus => keychain?.status() ?? NO_KEYCHAIN;

  async function requireVault(): Promise<VaultFile> {
    const file = await store.load();
    if (!file) throw new CodedError('not_found', 'Es ist noch kein Datentresor eingerichtet.');
    return file;
  }

  function statusOf(file: VaultFile | null): VaultStatus {
    const current = keychainStatus();
    const recorded = file?.keychain ?? null;
    return {
      exists: file !== null,
      keychain: {
        available: current.available,
        reason: current.available ? null : (current.reason ?? 'unavailable'),
        backend: current.backend,
        enabled: recorded !== null,
        backendChanged: recorded !== null && recorded.backend !== current.backend,
      },
      throttle: {
        failedAttempts: file?.throttle.failedAttempts ?? 0,
        retryAfterMs: file ? Math.ceil(retryAfterMs(file.throttle, now())) : 0,
      },
    };
  }

  function requireKeychain(): { keychain: Keychain; backend: string } {
    const current = keychainStatus();
    if (!keychain || !current.available) {
      throw new CodedError('unsupported', KEYCHAIN_REFUSALS[current.reason ?? 'unavailable']);
    }
    return { keychain, backend: current.backend ?? 'unknown' };
  }

  /**
   * Runs a passphrase or recovery-code attempt under the throttle. A wrong secret is counted and
   * persisted before the error reaches the caller; a success clears the counter.
   */
  async function attempt(
    file: VaultFile,
    unwrap: () => Promise<Bytes>,
  ): Promise<[VaultFile, Bytes]> {
    const at = now();
    const wait = retryAfterMs(file.throttle, at);
    if (wait > 0) {
      const last = file.throttle.lastFailureAt;
      // The clock went back: restart the wait from now, so it ends after at most one delay.
      if (last !== null && Date.parse(last) > at.getTime()) {
        await store.save({
          ...file,
          throttle: { ...file.throttle, lastFailureAt: at.toISOString() },
        });
      }
      throw new ThrottledError(Math.ceil(wait));
    }
    try {
      const dataKey = await unwrap();
      return [{ ...file, throttle: { failedAttempts: 0, lastFailureAt: null } }, dataKey];
    } catch (error) {
      if (error instanceof WrongSecretError) {
        const failedAttempts = file.throttle.failedAttempts + 1;
        await store.save({
          ...file,
          throttle: { failedAttempts, lastFailureAt: now().toISOString() },
        });
      }
      throw error;
    }
  }

  function canonicalRecoveryCode(input: string): string {
    const code = normalizeRecoveryCode(input);
    if (code === null) {
      // Not counted as a failed attempt: a malformed code cannot be a guess.
      throw new CodedError(
        'invalid_input',
        'Der Wiederherstellungscode hat nicht das erwartete Format (32 Zeichen in Vierergruppen).',
      );
    }
    return code;
  }

  async function unlockWithKeychain(file: VaultFile): Promise<Bytes> {
    if (!file.keychain) {
      throw new CodedError(
        'not_allowed',
        'Das Entsperren mit dem Schlüsselbund ist nicht eingerichtet.',
      );
    }
    const chain = requireKeychain();
    if (chain.backend !== file.keychain.backend) {
      // Never rewrap here: the user proves the passphrase first and re-enables in the settings.
      throw new CodedError(
        'not_allowed',
        `Der Schlüsselbund dieses Rechners hat sich geändert (vorher ${file.keychain.backend}, jetzt ${chain.backend}). Bitte mit der Passphrase entsperren und den Schlüsselbund danach neu aktivieren.`,
      );
    }
    let dataKey: Uint8Array;
    try {
      dataKey = await chain.keychain.unwrap(file.keychain.wrapped);
    } catch {
      dataKey = new Uint8Array(0);
    }
    if (dataKey.byteLength !== KEY_BYTES) {
      throw new CodedError(
        'integrity',
        'Der Schlüsselbund konnte den Tresorschlüssel nicht entschlüsseln. Bitte mit der Passphrase entsperren.',
      );
    }
    return new Uint8Array(dataKey);
  }

  return {
    status: () => serial(async () => statusOf(await store.load())),

    create: (request) =>
      serial(async () => {
        checkNewPassphrase(request.passphrase);
        if (await store.load()) {
          throw new CodedError('not_allowed', 'Es ist bereits ein Datentresor eingerichtet.');
        }
        const chain = request.useKeychain ? requireKeychain() : null;
        const created = await createVaultFile({
          passphrase: request.passphrase,
          now: now(),
          kdf,
          kdfParams: options.kdfParams,
        });
        const file: VaultFile = chain
          ? {
              ...created.file,
              keychain: {
                backend: chain.backend,
                wrapped: await chain.keychain.wrap(created.dataKey),
              },
            }
          : created.file;
        await store.save(file);
        return { dataKey: created.dataKey, recoveryCode: created.recoveryCode };
      }),

    unlock: (request) =>
      serial(async () => {
        const file = await requireVault();
        if (request.method === 'keychain') return { dataKey: await unlockWithKeychain(file) };
        let unwrap: () => Promise<Bytes>;
        if (request.method === 'passphrase') {
          const { passphrase } = request;
          unwrap = () => unwrapWithPassphrase(file, passphrase, kdf);
        } else {
          // Checked before the throttle: a malformed code is refused without counting.
          const code = canonicalRecoveryCode(request.recoveryCode);
          unwrap = () => unwrapWithRecovery(file, code, kdf);
        }
        const [after, dataKey] = await attempt(file, unwrap);
        // Only a counter that was set needs clearing; a clean unlock writes nothing. If clearing
        // fails (disk full, read-only profile) the user is still let in: the counter stays high,
        // which is the safe direction.
        if (file.throttle.failedAttempts > 0) {
          await store.save(after).catch((error: unknown) => {
            console.warn('Vault: resetting the failed-attempt counter failed', error);
          });
        }
        return { dataKey };
      }),

    changePassphrase: (request) =>
      serial(async () => {
        checkNewPassphrase(request.next);
        const file = await requireVault();
        const [after, dataKey] = await attempt(file, () =>
          unwrapWithPassphrase(file, request.current, kdf),
        );
        await store.save(
          await rewrapPassphrase(after, dataKey, request.next, kdf, options.kdfParams),
        );
        return {};
      }),

    recover: (request) =>
      serial(async () => {
        checkNewPassphrase(request.newPassphrase);
        const file = await requireVault();
        const code = canonicalRecoveryCode(request.recoveryCode);
        const [after, dataKey] = await attempt(file, () => unwrapWithRecovery(file, code, kdf));
        await store.save(
          await rewrapPassphrase(after, dataKey, request.newPassphrase, kdf, options.kdfParams),
        );
        return { dataKey };
      }),

    setKeychain: (request) =>
      serial(async () => {
        const file = await requireVault();
        // Checked first, so a refusal does not cost an Argon2id run or count as an attempt.
        const chain = request.enabled ? requireKeychain() : null;
        const [after, dataKey] = await attempt(file, () =>
          unwrapWithPassphrase(file, request.passphrase, kdf),
        );
        const keychainSlot = chain
          ? { backend: chain.backend, wrapped: await chain.keychain.wrap(dataKey) }
          : null;
        const next: VaultFile = { ...after, keychain: keychainSlot };
        await store.save(next);
        return statusOf(next);
      }),

    newRecoveryCode: (request) =>
      serial(async () => {
        const file = await requireVault();
        const [after, dataKey] = await attempt(file, () =>
          unwrapWithPassphrase(file, request.passphrase, kdf),
        );
        try {
          const next = await rewrapRecovery(after, dataKey, kdf, options.kdfParams);
          // Saved before the code is shown: a code the file does not hold must never be printed.
          await store.save(next.file);
          return { recoveryCode: next.recoveryCode };
        } finally {
          dataKey.fill(0);
        }
      }),

    backupHeader: () =>
      serial(async () => {
        const { vaultId, passphrase, recovery } = await requireVault();
        return { vaultId, passphrase, recovery };
      }),
  };
}
