// The desktop basemap: an offline PMTiles file copied from the path the user chose in main's own
// dialog into the user-data folder (0600), checked before use, and read by the renderer in byte
// ranges — never whole, so files of several GB work. Also keeps the basemap choice and the
// agency's map server, whose origin the app's CSP admits only while the user has it switched on.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzip } from 'node:zlib';
import { z } from 'zod';
import {
  basemapFileInfoSchema,
  MAX_BASEMAP_FILE_BYTES,
  type BasemapFileInfo,
  type BasemapInstallResult,
  type BasemapState,
  type Channel,
} from '@shared/ipc/contract';
import {
  BASEMAP_ERROR_MESSAGES,
  basemapSettingsSchema,
  basemapTileHosts,
  DEFAULT_BASEMAP_SETTINGS,
  inspectBasemap,
  type BasemapSettings,
  type RangeReader,
} from '@shared/maps';
import { CodedError } from '@shared/result';
import type { Service } from '../ipc';
import { atomicWriteFile, codeOf, ensurePrivateFolder, tooLarge, type FileDialog } from './files';

export const BASEMAP_FILE = 'basemap.pmtiles';
export const BASEMAP_STATE_FILE = 'basemap.json';
const isWindows = process.platform === 'win32';

const stateFileSchema = z.strictObject({
  version: z.literal(1),
  settings: basemapSettingsSchema,
  file: basemapFileInfoSchema.nullable(),
});
type StateFile = z.infer<typeof stateFileSchema>;

export interface BasemapServiceOptions<W> {
  /** The basemap folder inside the user-data folder (made owner-only). */
  dir: string;
  dialog: Pick<FileDialog<W>, 'showOpenDialog'>;
  getWindow: () => W | null;
  now: () => Date;
  /** Defaults to MAX_BASEMAP_FILE_BYTES; tests pass a small one. */
  maxFileBytes?: number;
  logError?: (message: string, detail: unknown) => void;
}

export interface BasemapService {
  /** Reads the state file once at start-up; a damaged one means no basemap and no server. */
  load(): Promise<void>;
  state(): BasemapState;
  /** The map server's origin while it is switched on, for the CSP (asked on every response). */
  tileHosts(): string[];
  install(): Promise<BasemapInstallResult>;
  remove(): Promise<BasemapState>;
  setSettings(settings: BasemapSettings): Promise<BasemapState>;
  readRange(offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
  /** Closes the open file handle (on quit and in tests). */
  close(): Promise<void>;
}

/** gunzip with an output cap: a small metadata block must not unpack into gigabytes. */
export const gunzipLimited = (bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> =>
  new Promise((resolve, reject) =>
    gunzip(bytes, { maxOutputLength: maxBytes }, (error, out) =>
      error ? reject(error) : resolve(out),
    ),
  );

/** Reads exactly `length` bytes at `offset`, fewer only at the end of the file. */
async function readAt(
  handle: FileHandle,
  offset: number,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const data = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(data, filled, length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? data : data.subarray(0, filled);
}

/** Streams `from` into a new private file `to`: bounded memory whatever the size. */
async function copyPrivately(from: string, to: string): Promise<void> {
  const out = await open(to, 'wx', 0o600);
  try {
    if (!isWindows) await out.chmod(0o600);
    for await (const chunk of createReadStream(from, { highWaterMark: 1024 * 1024 })) {
      await out.write(chunk as Buffer);
    }
    await out.sync();
  } finally {
    await out.close();
  }
}

export function createBasemapService<W>(options: BasemapServiceOptions<W>): BasemapService {
  const { dir, now } = options;
  const maxFileBytes = options.maxFileBytes ?? MAX_BASEMAP_FILE_BYTES;
  const logError = options.logError ?? ((message, detail) => console.error(message, detail));
  const filePath = join(dir, BASEMAP_FILE);
  const statePath = join(dir, BASEMAP_STATE_FILE);
  let current: StateFile = { version: 1, settings: DEFAULT_BASEMAP_SETTINGS, file: null };
  let reader: Promise<FileHandle> | null = null;

  const snapshot = (): BasemapState =>
    structuredClone({ settings: current.settings, file: current.file });

  async function closeReader(): Promise<void> {
    const pending = reader;
    reader = null;
    if (pending) await (await pending.catch(() => null))?.close();
  }

  async function save(next: StateFile): Promise<BasemapState> {
    await ensurePrivateFolder(dir);
    await atomicWriteFile(statePath, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
    current = next;
    return snapshot();
  }

  return {
    async load() {
      let text: string;
      try {
        text = await readFile(statePath, 'utf8');
      } catch (error) {
        if (codeOf(error) !== 'ENOENT') logError('basemap.json could not be read', error);
        return;
      }
      try {
        const loaded = stateFileSchema.parse(JSON.parse(text));
        // A file deleted or swapped behind the app's back is not used.
        const size = loaded.file
          ? await stat(filePath).then(
              (s) => s.size,
              () => -1,
            )
          : 0;
        if (loaded.file && size !== loaded.file.size) {
          logError('basemap.pmtiles is missing or changed; it is not used', size);
          loaded.file = null;
          if (loaded.settings.source === 'file')
            loaded.settings = { ...loaded.settings, source: 'none' };
        }
        current = loaded;
      } catch (error) {
        logError('basemap.json is damaged; no basemap and no map server are used', error);
      }
    },

    state: snapshot,
    tileHosts: () => basemapTileHosts(current.settings),

    async install() {
      const choice = await options.dialog.showOpenDialog(options.getWindow(), {
        filters: [{ name: 'PMTiles-Karte', extensions: ['pmtiles'] }],
        properties: ['openFile'],
      });
      const source = choice.filePaths[0];
      if (choice.canceled || source === undefined) return { installed: false };
      const info = await stat(source).catch(() => null);
      if (!info?.isFile()) throw new CodedError('not_found', 'Die Datei wurde nicht gefunden.');
      if (info.size > maxFileBytes) throw tooLarge(info.size, maxFileBytes);

      await ensurePrivateFolder(dir);
      const temp = join(dir, `.incoming-${randomBytes(8).toString('hex')}.pmtiles`);
      try {
        await copyPrivately(source, temp);
        // The copy is checked, not the original: it cannot change between check and use.
        const handle = await open(temp, 'r');
        let checked;
        let size: number;
        try {
          size = (await handle.stat()).size;
          if (size > maxFileBytes) throw tooLarge(size, maxFileBytes);
          const read: RangeReader = (offset, length) => readAt(handle, offset, length);
          checked = await inspectBasemap(read, size, gunzipLimited);
        } finally {
          await handle.close();
        }
        if (!checked.ok)
          throw new CodedError('invalid_input', BASEMAP_ERROR_MESSAGES[checked.error]);
        const file: BasemapFileInfo = {
          name: basename(source).slice(0, 260),
          size,
          kind: checked.value.kind,
          minZoom: checked.value.minZoom,
          maxZoom: checked.value.maxZoom,
          bounds: checked.value.bounds,
          installedAt: now().toISOString(),
        };
        await closeReader();
        await rename(temp, filePath);
        // Using the file is what the user picked it for; the state write also syncs the folder.
        const state = await save({
          version: 1,
          settings: { ...current.settings, source: 'file' },
          file,
        });
        return { installed: true, state };
      } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        if (error instanceof CodedError) throw error;
        logError('basemap install failed', error);
        throw new CodedError('io_error', 'Die Kartendatei konnte nicht übernommen werden.');
      }
    },

    async remove() {
      await closeReader();
      await rm(filePath, { force: true });
      const source = current.settings.source === 'file' ? 'none' : current.settings.source;
      return save({ version: 1, settings: { ...current.settings, source }, file: null });
    },

    async setSettings(settings) {
      const next = basemapSettingsSchema.parse(settings);
      if (next.source === 'file' && current.file === null) {
        throw new CodedError('invalid_input', 'Es ist keine Kartendatei eingerichtet.');
      }
      return save({ version: 1, settings: next, file: current.file });
    },

    async readRange(offset, length) {
      const file = current.file;
      if (file === null)
        throw new CodedError('not_found', 'Es ist keine Kartendatei eingerichtet.');
      if (offset >= file.size)
        throw new CodedError('invalid_input', 'Lesebereich außerhalb der Kartendatei.');
      reader ??= open(filePath, 'r');
      let handle: FileHandle;
      try {
        handle = await reader;
      } catch (error) {
        reader = null;
        logError('basemap.pmtiles could not be opened', error);
        throw new CodedError('io_error', 'Die Kartendatei konnte nicht gelesen werden.');
      }
      return readAt(handle, offset, Math.min(length, file.size - offset));
    },

    close: closeReader,
  };
}

export type BasemapChannel = Extract<Channel, `basemap:${string}`>;

export function basemapServices(basemap: BasemapService): { [C in BasemapChannel]: Service<C> } {
  return {
    'basemap:state': () => basemap.state(),
    'basemap:install': () => basemap.install(),
    'basemap:remove': () => basemap.remove(),
    'basemap:setSettings': (settings) => basemap.setSettings(settings),
    'basemap:readRange': ({ offset, length }) => basemap.readRange(offset, length),
  };
}
