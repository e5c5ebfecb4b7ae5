// The one IPC contract: every channel between renderer and main, with strict schemas and size
// caps for its input and output. main/ipc.ts validates against it; the preload is typed from it.
import { z } from 'zod';

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

export const contract = {
  'app:info': { input: z.strictObject({}), output: appInfoSchema },
  'files:saveAs': { input: saveFileRequestSchema, output: saveFileResultSchema },
  'files:open': { input: openFileRequestSchema, output: openFileResultSchema },
  'shell:openExternal': { input: openExternalRequestSchema, output: openExternalResultSchema },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];
