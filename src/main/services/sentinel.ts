// The desktop copy of the "database emptied" sentinel: sentinel.json beside vault.json in the
// user-data folder. The renderer's own copy lives in IndexedDB; this one survives when the
// renderer's storage is deleted, and unlike localStorage it is on disk when the call returns.
import { join } from 'node:path';
import { z } from 'zod';
import { sentinelIdSchema, sentinelNameSchema } from '@shared/ipc/contract';
import type { Channel } from '@shared/ipc/contract';
import { CodedError } from '@shared/result';
import type { Service } from '../ipc';
import { atomicWriteFile, codeOf, ensurePrivateFolder, readLimited } from './files';

export const SENTINEL_FILE_NAME = 'sentinel.json';
// One entry per app database; a handful in practice, so the cap only stops a runaway caller.
const MAX_ENTRIES = 100;
const MAX_FILE_BYTES = 64 * 1024;

const sentinelFileSchema = z.strictObject({
  version: z.literal(1),
  databases: z
    .record(sentinelNameSchema, sentinelIdSchema)
    .refine((d) => Object.keys(d).length <= MAX_ENTRIES, 'Zu viele Einträge'),
});
type SentinelFile = z.infer<typeof sentinelFileSchema>;

export interface SentinelService {
  get(name: string): Promise<string | null>;
  set(name: string, id: string): Promise<void>;
}

export function createSentinelService(dir: string): SentinelService {
  const path = join(dir, SENTINEL_FILE_NAME);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // A damaged file is an error, not "no sentinel": treating it as empty would hide a deletion.
  async function load(): Promise<SentinelFile> {
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(path, MAX_FILE_BYTES);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { version: 1, databases: {} };
      throw new CodedError('io_error', 'Die Kontrolldatei (sentinel.json) ist nicht lesbar.');
    }
    try {
      return sentinelFileSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
    } catch {
      throw new CodedError('integrity', 'Die Kontrolldatei (sentinel.json) ist beschädigt.');
    }
  }

  return {
    get: (name) =>
      serial(async () => {
        const { databases } = await load();
        return Object.hasOwn(databases, name) ? (databases[name] ?? null) : null;
      }),
    set: (name, id) =>
      serial(async () => {
        const file = await load();
        if (file.databases[name] === id) return;
        const next = sentinelFileSchema.parse({
          version: 1,
          databases: { ...file.databases, [name]: id },
        });
        try {
          await ensurePrivateFolder(dir);
          await atomicWriteFile(path, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
        } catch (error) {
          console.error('sentinel save failed', error);
          throw new CodedError('io_error', 'Die Kontrolldatei konnte nicht gespeichert werden.');
        }
      }),
  };
}

export type SentinelChannel = Extract<Channel, `sentinel:${string}`>;

/** The sentinel channels for main's Services map. */
export function sentinelServices(sentinel: SentinelService): {
  [C in SentinelChannel]: Service<C>;
} {
  return {
    'sentinel:get': async (request) => ({ id: await sentinel.get(request.name) }),
    'sentinel:set': async (request) => (await sentinel.set(request.name, request.id), {}),
  };
}
