// The one IPC contract: every channel between renderer and main, with strict schemas and size
// caps for its input and output. main/ipc.ts validates against it; the preload is typed from it.
import { z } from 'zod';
import {
  vaultBackupHeaderSchema,
  vaultChangePassphraseRequestSchema,
  vaultCreateRequestSchema,
  vaultCreateResultSchema,
  vaultFinishRotationResultSchema,
  vaultKeyResultSchema,
  vaultNewRecoveryCodeRequestSchema,
  vaultNewRecoveryCodeResultSchema,
  vaultRecoverRequestSchema,
  vaultRotationStateSchema,
  vaultSetKeychainRequestSchema,
  vaultStartRotationRequestSchema,
  vaultStartRotationResultSchema,
  vaultStatusSchema,
  vaultUnlockRequestSchema,
} from '../crypto/vault-api';
import { basemapSettingsSchema } from '../maps/map-server';
import { isCanonicalHostOrigin } from '../security/csp';

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

// --- Network settings: servers the desktop app's CSP lets through -----------------------------

/** A configured server: a canonical https origin (see security/csp.ts), never a pattern. */
export const hostOriginSchema = z
  .string()
  .max(300)
  .refine(
    isCanonicalHostOrigin,
    'Nur ein https-Ursprung ohne Pfad, z. B. https://karten.example.de',
  );
const hostListSchema = z.array(hostOriginSchema).max(20);
export const networkHostsSchema = z.strictObject({
  /** Raster tile servers (img-src). */
  tileHosts: hostListSchema,
  /** Vector tile, WMS, geocoder and sync servers (connect-src). */
  connectHosts: hostListSchema,
});
export type NetworkHosts = z.infer<typeof networkHostsSchema>;

/**
 * The copy of the "database emptied" sentinel kept beside the vault (F8): durable as soon as the
 * call returns, unlike localStorage. `name` is the storage key of one app database.
 */
// Starts with a letter or digit, so no name can be "__proto__" or a hidden path.
export const sentinelNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/, 'Ungültiger Name');
export const sentinelIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Ungültige Kennung');
export const sentinelGetRequestSchema = z.strictObject({ name: sentinelNameSchema });
export const sentinelGetResultSchema = z.strictObject({ id: sentinelIdSchema.nullable() });
export const sentinelSetRequestSchema = z.strictObject({
  name: sentinelNameSchema,
  id: sentinelIdSchema,
});

// --- Basemap (issue 13): an offline PMTiles file kept by the host, or an agency's map server ---

/** Files of several GB must work; beyond this a file is refused before it is copied. */
export const MAX_BASEMAP_FILE_BYTES = 64 * 1024 ** 3;
/** One range read: a directory or a tile. pmtiles never asks for more at once. */
export const MAX_BASEMAP_READ = 8 * 1024 * 1024;
const degrees = z.number().min(-180).max(180);
export const basemapFileInfoSchema = z.strictObject({
  /** The name the user's file had; shown, never used as a path. */
  name: z.string().max(260),
  size: z.number().int().positive().max(MAX_BASEMAP_FILE_BYTES),
  kind: z.enum(['mvt', 'png', 'jpeg', 'webp']),
  minZoom: z.number().int().min(0).max(24),
  maxZoom: z.number().int().min(0).max(24),
  /** West, south, east, north. */
  bounds: z.tuple([degrees, degrees, degrees, degrees]),
  installedAt: z.iso.datetime(),
});
export type BasemapFileInfo = z.infer<typeof basemapFileInfoSchema>;
export const basemapStateSchema = z.strictObject({
  settings: basemapSettingsSchema,
  file: basemapFileInfoSchema.nullable(),
});
export type BasemapState = z.infer<typeof basemapStateSchema>;
export const basemapInstallResultSchema = z.discriminatedUnion('installed', [
  z.strictObject({ installed: z.literal(true), state: basemapStateSchema }),
  z.strictObject({ installed: z.literal(false) }),
]);
export type BasemapInstallResult = z.infer<typeof basemapInstallResultSchema>;
export const basemapReadRequestSchema = z.strictObject({
  offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  length: z.number().int().positive().max(MAX_BASEMAP_READ),
});
export const basemapReadResultSchema = bytes(MAX_BASEMAP_READ);

// --- Print to PDF (desktop): the print layout of a document, printed by main's Chromium ------

/** The print layout as one HTML document; pictures travel inside it as data: URLs. */
export const MAX_PRINT_HTML_CHARS = 64 * 1024 * 1024;
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
export const printPdfRequestSchema = z.strictObject({
  html: z.string().min(1).max(MAX_PRINT_HTML_CHARS),
});
export const printPdfResultSchema = z.strictObject({ pdf: bytes(MAX_PDF_BYTES) });

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
  'vault:newRecoveryCode': {
    input: vaultNewRecoveryCodeRequestSchema,
    output: vaultNewRecoveryCodeResultSchema,
  },
  'vault:startRotation': {
    input: vaultStartRotationRequestSchema,
    output: vaultStartRotationResultSchema,
  },
  'vault:rotationState': { input: z.strictObject({}), output: vaultRotationStateSchema },
  'vault:finishRotation': { input: z.strictObject({}), output: vaultFinishRotationResultSchema },
  'backups:store': { input: backupStoreRequestSchema, output: backupInfoSchema },
  'backups:list': { input: z.strictObject({}), output: backupListSchema },
  'backups:read': { input: backupReadRequestSchema, output: backupReadResultSchema },
  'settings:networkHosts': { input: z.strictObject({}), output: networkHostsSchema },
  'settings:setNetworkHosts': { input: networkHostsSchema, output: networkHostsSchema },
  'sentinel:get': { input: sentinelGetRequestSchema, output: sentinelGetResultSchema },
  'sentinel:set': { input: sentinelSetRequestSchema, output: z.strictObject({}) },
  'basemap:state': { input: z.strictObject({}), output: basemapStateSchema },
  'basemap:install': { input: z.strictObject({}), output: basemapInstallResultSchema },
  'basemap:remove': { input: z.strictObject({}), output: basemapStateSchema },
  'basemap:setSettings': { input: basemapSettingsSchema, output: basemapStateSchema },
  'basemap:readRange': { input: basemapReadRequestSchema, output: basemapReadResultSchema },
  'print:toPdf': { input: printPdfRequestSchema, output: printPdfResultSchema },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];
