// The one IPC contract: every channel between renderer and main, with strict schemas and size
// caps for its input and output. main/ipc.ts validates against it; the preload is typed from it.
import { z } from 'zod';
import { vaultSecretsSchema } from '../crypto/schemas';

export const MAX_SAVE_BYTES = 100 * 1024 * 1024;
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;

const bytes = (max: number) =>
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= max, { message: `Mehr als ${max} Bytes` });

/** A file name only (no folders), as suggested to the save dialog. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (n) => !/[/\\:*?"<>|]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 32),
    'Ungültiger Dateiname',
  )
  .refine((n) => n !== '.' && n !== '..', 'Ungültiger Dateiname');

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const appInfoSchema = z.strictObject({
  name: z.string().max(100),
  version: z.string().max(50),
  host: z.enum(['electron', 'browser']),
  electron: z.string().max(50).nullable(),
  chrome: z.string().max(50).nullable(),
  platform: z.string().max(50),
  packaged: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  data: bytes(MAX_SAVE_BYTES),
  filters: z.array(fileFilterSchema).max(10),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), fileName: z.string().max(260) }),
  z.strictObject({ saved: z.literal(false) }),
]);
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10),
  maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export const openFileResultSchema = z
  .strictObject({ name: z.string().max(260), data: bytes(MAX_OPEN_BYTES) })
  .nullable();
export type OpenFileResult = z.infer<typeof openFileResultSchema>;

export const openExternalRequestSchema = z.strictObject({ url: z.string().min(1).max(2_000) });
export const openExternalResultSchema = z.strictObject({ opened: z.boolean() });

// --- Vault (secure storage) -------------------------------------------------------------------

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
/**
 * The vault's id and its passphrase and recovery wraps, which every backup header carries so the
 * backup can be restored elsewhere. Not secret beyond what backups already hold.
 */
export const vaultBackupHeaderSchema = vaultSecretsSchema;
export type VaultBackupHeader = z.infer<typeof vaultBackupHeaderSchema>;

// --- Automatic backups (desktop: kept by main in the user-data folder) ---------------------------

export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
export const BACKUP_REASONS = ['daily', 'lock', 'manual'] as const;
export const backupNameSchema = z
  .string()
  // -2 … -999: further backups of the same second and reason (names are never reused).
  .regex(
    /^verbundplaner-\d{8}T\d{6}Z-(daily|lock|manual)(-[1-9]\d{0,2})?\.vpbak$/,
    'Ungültiger Sicherungsname',
  );
export const backupStoreRequestSchema = z.strictObject({
  data: bytes(MAX_BACKUP_BYTES),
  reason: z.enum(BACKUP_REASONS),
});
export const backupInfoSchema = z.strictObject({
  name: backupNameSchema,
  createdAt: z.iso.datetime(),
  size: z.number().int().nonnegative(),
  reason: z.enum(BACKUP_REASONS),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;
export const backupListSchema = z.array(backupInfoSchema).max(1_000);
export const backupReadRequestSchema = z.strictObject({ name: backupNameSchema });
export const backupReadResultSchema = z.strictObject({
  name: backupNameSchema,
  data: bytes(MAX_BACKUP_BYTES),
});

export const contract = {
  'app:info': { input: z.strictObject({}), output: appInfoSchema },
  'files:saveAs': { input: saveFileRequestSchema, output: saveFileResultSchema },
  'files:open': { input: openFileRequestSchema, output: openFileResultSchema },
  'shell:openExternal': { input: openExternalRequestSchema, output: openExternalResultSchema },
  'vault:status': { input: z.strictObject({}), output: vaultStatusSchema },
  'vault:create': { input: vaultCreateRequestSchema, output: vaultCreateResultSchema },
  'vault:unlock': { input: vaultUnlockRequestSchema, output: vaultKeyResultSchema },
  'vault:changePassphrase': {
    input: vaultChangePassphraseRequestSchema,
    output: z.strictObject({}),
  },
  'vault:recover': { input: vaultRecoverRequestSchema, output: vaultKeyResultSchema },
  'vault:setKeychain': { input: vaultSetKeychainRequestSchema, output: vaultStatusSchema },
  'vault:backupHeader': { input: z.strictObject({}), output: vaultBackupHeaderSchema },
  'backups:store': { input: backupStoreRequestSchema, output: backupInfoSchema },
  'backups:list': { input: z.strictObject({}), output: backupListSchema },
  'backups:read': { input: backupReadRequestSchema, output: backupReadResultSchema },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];
