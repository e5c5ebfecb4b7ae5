// The zod schemas of the stored crypto formats (KDF parameters, vault file). Kept free of any
// crypto code, so the IPC contract can use them without pulling in WebAssembly.
import { z } from 'zod';

const saltSchema = z.string().regex(/^[A-Za-z0-9+/]{22}==$/, 'Salz muss 16 Bytes (Base64) haben');

/**
 * The most work a file may demand: four times the default (64 MiB × 3 passes), about 2 s. A
 * backup header is read before anything in it can be verified, so without this cap a doctored
 * header (1 GiB × 20 passes) would hang the tab; four times leaves a later release room to raise
 * its defaults. hash-wasm runs lanes one after another, so lanes do not multiply the time.
 */
export const MAX_KDF_MEMORY_KIB = 262_144;
export const MAX_KDF_COST_KIB_PASSES = 4 * 65_536 * 3;

/**
 * Bounds for parameters read from a file (vault file and backup header alike): the floor refuses
 * absurdly cheap parameters; the ceiling stops a doctored file from exhausting memory or time
 * on the next unlock or restore.
 */
export const kdfParamsSchema = z
  .strictObject({
    algorithm: z.literal('argon2id'),
    version: z.literal(19),
    memoryKiB: z.number().int().min(1_024).max(MAX_KDF_MEMORY_KIB),
    iterations: z.number().int().min(1).max(12),
    parallelism: z.number().int().min(1).max(4),
    salt: saltSchema,
  })
  .refine((p) => p.memoryKiB * p.iterations <= MAX_KDF_COST_KIB_PASSES, {
    message: 'Argon2id-Parameter zu aufwendig',
  });
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export const VAULT_FORMAT = 'verbundplaner-vault';
export const VAULT_VERSION = 1;

// A wrapped 32-byte key is 1 + 12 + 32 + 16 = 61 bytes; leave room for a larger future wrap.
const wrappedSchema = z.base64().min(1).max(1_024);
const slotSchema = z.strictObject({ kdf: kdfParamsSchema, wrapped: wrappedSchema });
export type SecretSlot = z.infer<typeof slotSchema>;

const keychainSlotSchema = z
  .strictObject({ backend: z.string().min(1).max(50), wrapped: z.base64().min(1).max(4_096) })
  .nullable();

/**
 * A key rotation that has begun but not finished (F3): every wrap of the NEW data key, computed
 * up front, and the new key sealed under the current one, so any unlock that yields the current
 * key also yields the new one and a resume after a crash needs no passphrase. Finishing promotes
 * these wraps to the slots above in one atomic write.
 */
export const pendingRotationSchema = z.strictObject({
  startedAt: z.iso.datetime(),
  /** seal(current data key, new data key, "verbundplaner/vault/v1/<vaultId>/pending"). */
  sealedKey: wrappedSchema,
  passphrase: slotSchema,
  recovery: slotSchema,
  keychain: keychainSlotSchema,
});
export type PendingRotation = z.infer<typeof pendingRotationSchema>;

export const vaultFileSchema = z.strictObject({
  format: z.literal(VAULT_FORMAT),
  version: z.literal(VAULT_VERSION),
  createdAt: z.iso.datetime(),
  /** Random; part of every slot's additional data, so slots cannot be moved between vaults. */
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  passphrase: slotSchema,
  recovery: slotSchema,
  keychain: keychainSlotSchema,
  throttle: z.strictObject({
    failedAttempts: z.number().int().nonnegative().max(1_000_000),
    lastFailureAt: z.iso.datetime().nullable(),
  }),
  /** Present only while a key rotation is under way (absent in files of earlier releases). */
  pending: pendingRotationSchema.optional(),
});
export type VaultFile = z.infer<typeof vaultFileSchema>;

/** The parts of a vault needed to unwrap its data key (also carried in every backup header). */
export const vaultSecretsSchema = vaultFileSchema.pick({
  vaultId: true,
  passphrase: true,
  recovery: true,
});
export type VaultSecrets = z.infer<typeof vaultSecretsSchema>;
