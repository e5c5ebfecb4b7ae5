// The vault's requests, answers and status as strict schemas: the shapes the vault service takes
// and returns, which the IPC contract carries across to main and the web edition calls directly.
// They live beside the vault (not in ipc/) so that crypto depends on nothing above it.
import { z } from 'zod';
import { vaultSecretsSchema } from './schemas';

export const PASSPHRASE_MIN = 10;
export const passphraseSchema = z.string().min(PASSPHRASE_MIN).max(1_024);
/** Recovery codes are printed in groups; input may carry spaces or dashes. */
export const recoveryCodeSchema = z.string().min(16).max(80);
const dataKeySchema = z
  .instanceof(Uint8Array)
  .refine((k) => k.byteLength === 32, 'Schlüssel muss 32 Bytes haben');

export const KEYCHAIN_UNAVAILABLE_REASONS = ['unsupported', 'basic_text', 'unavailable'] as const;

export const vaultStatusSchema = z.strictObject({
  /** Whether a vault has been set up on this machine. */
  exists: z.boolean(),
  keychain: z.strictObject({
    /** The OS keychain can be used on this machine now. */
    available: z.boolean(),
    reason: z.enum(KEYCHAIN_UNAVAILABLE_REASONS).nullable(),
    /** Backend reported by the OS (e.g. gnome_libsecret, kwallet5; null in the browser). */
    backend: z.string().max(50).nullable(),
    /** The data key is also wrapped by the keychain. */
    enabled: z.boolean(),
    /** Enabled, but the backend differs from the one used to wrap: ask for the passphrase. */
    backendChanged: z.boolean(),
  }),
  throttle: z.strictObject({
    failedAttempts: z.number().int().nonnegative(),
    /** Milliseconds until the next attempt is accepted (0 = now). */
    retryAfterMs: z.number().int().nonnegative(),
  }),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const vaultCreateRequestSchema = z.strictObject({
  passphrase: passphraseSchema,
  useKeychain: z.boolean(),
});
export type VaultCreateRequest = z.infer<typeof vaultCreateRequestSchema>;
export const vaultCreateResultSchema = z.strictObject({
  dataKey: dataKeySchema,
  /** Shown once at set-up; only its wrap of the data key is stored. */
  recoveryCode: z.string().max(80),
});
export type VaultCreateResult = z.infer<typeof vaultCreateResultSchema>;

export const vaultUnlockRequestSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('passphrase'), passphrase: z.string().min(1).max(1_024) }),
  z.strictObject({ method: z.literal('keychain') }),
  z.strictObject({ method: z.literal('recovery'), recoveryCode: recoveryCodeSchema }),
]);
export type VaultUnlockRequest = z.infer<typeof vaultUnlockRequestSchema>;
export const vaultKeyResultSchema = z.strictObject({ dataKey: dataKeySchema });
export type VaultKeyResult = z.infer<typeof vaultKeyResultSchema>;

export const vaultChangePassphraseRequestSchema = z.strictObject({
  current: z.string().min(1).max(1_024),
  next: passphraseSchema,
});
export const vaultRecoverRequestSchema = z.strictObject({
  recoveryCode: recoveryCodeSchema,
  newPassphrase: passphraseSchema,
});
export type VaultRecoverRequest = z.infer<typeof vaultRecoverRequestSchema>;
export const vaultSetKeychainRequestSchema = z.strictObject({
  enabled: z.boolean(),
  passphrase: z.string().min(1).max(1_024),
});
export type VaultSetKeychainRequest = z.infer<typeof vaultSetKeychainRequestSchema>;
/** A new recovery code, after the passphrase proves who asks; the old code stops working. */
export const vaultNewRecoveryCodeRequestSchema = z.strictObject({
  passphrase: z.string().min(1).max(1_024),
});
export type VaultNewRecoveryCodeRequest = z.infer<typeof vaultNewRecoveryCodeRequestSchema>;
export const vaultNewRecoveryCodeResultSchema = z.strictObject({
  /** Shown once; only its wrap of the data key is stored. */
  recoveryCode: z.string().max(80),
});
export type VaultNewRecoveryCodeResult = z.infer<typeof vaultNewRecoveryCodeResultSchema>;
/**
 * The vault's id and its passphrase and recovery wraps, which every backup header carries so the
 * backup can be restored elsewhere. Not secret beyond what backups already hold.
 */
export const vaultBackupHeaderSchema = vaultSecretsSchema;
export type VaultBackupHeader = z.infer<typeof vaultBackupHeaderSchema>;

// --- Key rotation (F3) ----------------------------------------------------------------------
/** A new data key: the passphrase proves who asks; a new recovery code comes with it. */
export const vaultStartRotationRequestSchema = z.strictObject({
  passphrase: z.string().min(1).max(1_024),
});
export type VaultStartRotationRequest = z.infer<typeof vaultStartRotationRequestSchema>;
export const vaultStartRotationResultSchema = z.strictObject({
  /** The NEW data key, handed over once like at unlock; records are re-sealed under it. */
  dataKey: dataKeySchema,
  /** Shown once; valid from the end of the rotation (the old code works until then). */
  recoveryCode: z.string().max(80),
});
export type VaultStartRotationResult = z.infer<typeof vaultStartRotationResultSchema>;
/**
 * A rotation under way: the new key sealed under the current one. Not secret beyond the vault
 * file; only the holder of the current key (every unlock) can open it.
 */
export const vaultRotationStateSchema = z.strictObject({
  pending: z
    .strictObject({
      vaultId: z.string().regex(/^[0-9a-f]{32}$/),
      startedAt: z.iso.datetime(),
      sealedKey: z.base64().min(1).max(1_024),
    })
    .nullable(),
});
export type VaultRotationState = z.infer<typeof vaultRotationStateSchema>;
export const vaultFinishRotationResultSchema = z.strictObject({ finished: z.boolean() });
export type VaultFinishRotationResult = z.infer<typeof vaultFinishRotationResultSchema>;
