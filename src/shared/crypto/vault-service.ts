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
  VaultFinishRotationResult,
  VaultRecoverRequest,
  VaultRotationState,
  VaultSetKeychainRequest,
  VaultStartRotationRequest,
  VaultStartRotationResult,
  VaultStatus,
  VaultUnlockRequest,
} from './vault-api';
import { PASSPHRASE_MIN } from './vault-api';
import { CodedError } from '../result';
import type { Bytes } from './bytes';
import { ThrottledError, WrongSecretError } from './errors';
import type { Kdf, KdfParams } from './kdf';
import { deriveKeyBytes, KEY_BYTES, newKdfParams } from './kdf';
import { generateRecoveryCode, normalizeRecoveryCode } from './recovery-code';
import {
  createVaultFile,
  rewrapPassphrase,
  rewrapRecovery,
  unwrapWithPassphrase,
  unwrapWithRecovery,
  wrapSlot,
} from './vault-file';
import type { VaultFile } from './vault-file';
import { KEYCHAIN_REFUSALS } from './vault-ports';
import { beginRotation, promoteRotation, updatePending } from './vault-rotation';
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
  /**
   * What a backup header carries: the vault id and the passphrase and recovery wraps — of the
   * new key while a rotation is under way, because new backups are sealed under it.
   */
  backupHeader(): Promise<VaultBackupHeader>;
  /**
   * Begins a key rotation (passphrase required, throttled): all wraps of a new data key and a
   * new recovery code are stored as `pending` before the new key is returned.
   */
  startRotation(request: VaultStartRotationRequest): Promise<VaultStartRotationResult>;
  /** The pending rotation's new key, sealed under the current one; null when none is under way. */
  rotationState(): Promise<VaultRotationState>;
  /**
   * Promotes the pending wraps and drops the old key's in one write. Only after every record is
   * sealed under the new key: the old key opens nothing the vault file still leads to.
   */
  finishRotation(): Promise<VaultFinishRotationResult>;
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

  /** The keychain's wrap of a new key: only where it is on and works with the recorded backend. */
  async function keychainWrapIfEnabled(file: VaultFile, dataKey: Uint8Array) {
    if (!file.keychain || !keychain) return null;
    const current = keychainStatus();
    if (!current.available || current.backend !== file.keychain.backend) return null;
    return { backend: file.keychain.backend, wrapped: await keychain.wrap(dataKey) };
  }

  /** A new passphrase also rewraps a pending rotation's key, or finishing would restore the old. */
  const withPendingPassphrase = (file: VaultFile, dataKey: Uint8Array, passphrase: string) =>
    updatePending(file, dataKey, async (newKey) => ({
      passphrase: await wrapSlot(
        file.vaultId,
        'passphrase',
        newKey,
        passphrase,
        kdf,
        newKdfParams(options.kdfParams),
      ),
    }));

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
        const next = await rewrapPassphrase(after, dataKey, request.next, kdf, options.kdfParams);
        await store.save(await withPendingPassphrase(next, dataKey, request.next));
        return {};
      }),

    recover: (request) =>
      serial(async () => {
        checkNewPassphrase(request.newPassphrase);
        const file = await requireVault();
        const code = canonicalRecoveryCode(request.recoveryCode);
        const [after, dataKey] = await attempt(file, () => unwrapWithRecovery(file, code, kdf));
        const next = await rewrapPassphrase(
          after,
          dataKey,
          request.newPassphrase,
          kdf,
          options.kdfParams,
        );
        await store.save(await withPendingPassphrase(next, dataKey, request.newPassphrase));
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
        const next = await updatePending(
          { ...after, keychain: keychainSlot },
          dataKey,
          async (newKey) => ({
            keychain: chain
              ? { backend: chain.backend, wrapped: await chain.keychain.wrap(newKey) }
              : null,
          }),
        );
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
          const code = generateRecoveryCode();
          const next = await rewrapRecovery(after, dataKey, kdf, options.kdfParams, code);
          // One code for the current and a pending key, so it keeps working after the rotation.
          const withPending = await updatePending(next.file, dataKey, async (newKey) => ({
            recovery: await wrapSlot(
              after.vaultId,
              'recovery',
              newKey,
              code,
              kdf,
              newKdfParams(options.kdfParams),
            ),
          }));
          // Saved before the code is shown: a code the file does not hold must never be printed.
          await store.save(withPending);
          return { recoveryCode: code };
        } finally {
          dataKey.fill(0);
        }
      }),

    backupHeader: () =>
      serial(async () => {
        const { vaultId, passphrase, recovery, pending } = await requireVault();
        return pending
          ? { vaultId, passphrase: pending.passphrase, recovery: pending.recovery }
          : { vaultId, passphrase, recovery };
      }),

    startRotation: (request) =>
      serial(async () => {
        const file = await requireVault();
        if (file.pending) {
          // The session resumes the one under way; a second would orphan its re-sealed records.
          throw new CodedError(
            'not_allowed',
            'Eine Erneuerung des Datenschlüssels läuft bereits; sie wird nach dem Entsperren fortgesetzt.',
          );
        }
        const [after, currentKey] = await attempt(file, () =>
          unwrapWithPassphrase(file, request.passphrase, kdf),
        );
        try {
          const begun = await beginRotation({
            file: after,
            currentKey,
            passphrase: request.passphrase,
            now: now(),
            keychainWrap: (key) => keychainWrapIfEnabled(after, key),
            kdf,
            kdfParams: options.kdfParams,
          });
          // Durable before the key leaves: no record is sealed under a key the file cannot yield.
          await store.save(begun.file);
          return { dataKey: begun.dataKey, recoveryCode: begun.recoveryCode };
        } finally {
          currentKey.fill(0);
        }
      }),

    rotationState: () =>
      serial(async () => {
        const { vaultId, pending } = await requireVault();
        return {
          pending: pending
            ? { vaultId, startedAt: pending.startedAt, sealedKey: pending.sealedKey }
            : null,
        };
      }),

    finishRotation: () =>
      serial(async () => {
        const file = await requireVault();
        if (!file.pending) return { finished: false };
        await store.save(promoteRotation(file));
        return { finished: true };
      }),
  };
}
