// The web edition's basemap: the PMTiles file the user picks is checked, then streamed into the
// origin's private file system (OPFS) and read back in ranges with File.slice — never loaded
// whole, so large files work. The basemap choice and map server live beside it as basemap.json.
// The policy the web server sends decides whether a map server is reachable (docs/SECURITY.md).
import {
  basemapStateSchema,
  MAX_BASEMAP_FILE_BYTES,
  MAX_BASEMAP_READ,
  type BasemapState,
} from '@shared/ipc/contract';
import type { HostApi } from '@shared/ipc/host-api';
import {
  BASEMAP_ERROR_MESSAGES,
  basemapSettingsSchema,
  DEFAULT_BASEMAP_SETTINGS,
  inspectBasemap,
  type Gunzip,
} from '@shared/maps';
import { CodedError, fail } from '@shared/result';
import { toResult } from './envelope';

/** The few file operations the basemap needs; OPFS in the browser. */
export interface BasemapFolder {
  /** The stored file, or null when there is none. */
  read(name: string): Promise<File | null>;
  writeText(name: string, text: string): Promise<void>;
  /** Streams `data` into `name`; the old content stays until the new one is complete. */
  writeStream(name: string, data: Blob): Promise<void>;
  remove(name: string): Promise<void>;
}

export const BASEMAP_FILE = 'basemap.pmtiles';
export const STATE_FILE = 'basemap.json';

const isNotFound = (e: unknown): boolean => e instanceof DOMException && e.name === 'NotFoundError';

/** The origin private file system's `basemap` folder. */
export function opfsBasemapFolder(): BasemapFolder {
  const folder = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle('basemap', { create: true });
  return {
    async read(name) {
      try {
        return await (await (await folder()).getFileHandle(name)).getFile();
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },
    async writeText(name, text) {
      const writable = await (
        await (await folder()).getFileHandle(name, { create: true })
      ).createWritable();
      await writable.write(text);
      await writable.close();
    },
    async writeStream(name, data) {
      const handle = await (await folder()).getFileHandle(name, { create: true });
      // A writable stream writes to a swap file that replaces the old one only on close.
      await data.stream().pipeTo(await handle.createWritable());
    },
    async remove(name) {
      try {
        await (await folder()).removeEntry(name);
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    },
  };
}

/** gunzip with DecompressionStream, stopped as soon as the output passes `maxBytes`. */
export const browserGunzip: Gunzip = async (bytes, maxBytes) => {
  // A copy: `bytes` may be a view into a larger buffer (a Node Buffer in tests).
  const stream = new Blob([new Uint8Array(bytes)])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error('metadata too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
};

/** Opens the browser's file picker for one .pmtiles file; null when cancelled. */
export function pickPmtilesFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.pmtiles';
    input.style.display = 'none';
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('cancel', () => done(null));
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    document.body.append(input);
    input.click();
  });
}

export interface BrowserBasemapOptions {
  folder: BasemapFolder;
  pick: () => Promise<File | null>;
  now: () => Date;
}

const EMPTY: BasemapState = { settings: DEFAULT_BASEMAP_SETTINGS, file: null };
const sliceBytes = async (file: Blob, offset: number, length: number) =>
  new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());

export function browserBasemap(options: BrowserBasemapOptions): HostApi['basemap'] {
  const { folder } = options;
  let cachedFile: Promise<File | null> | null = null;
  const storedFile = () => (cachedFile ??= folder.read(BASEMAP_FILE));

  async function load(): Promise<BasemapState> {
    const text = await (await folder.read(STATE_FILE))?.text();
    if (text === undefined) return EMPTY;
    try {
      const state = basemapStateSchema.parse(JSON.parse(text));
      const file = await storedFile();
      // A file lost or changed (cleared site data) is not used.
      if (state.file && file?.size !== state.file.size) {
        return { settings: { ...state.settings, source: 'none' }, file: null };
      }
      return state;
    } catch {
      return EMPTY;
    }
  }
  async function save(state: BasemapState): Promise<BasemapState> {
    await folder.writeText(STATE_FILE, JSON.stringify(basemapStateSchema.parse(state)));
    return state;
  }

  return {
    state: () => toResult(load),
    install: () =>
      toResult(async () => {
        const picked = await options.pick();
        if (picked === null) return { installed: false as const };
        if (picked.size > MAX_BASEMAP_FILE_BYTES) {
          throw new CodedError('too_large', 'Die Kartendatei ist zu groß.');
        }
        const checked = await inspectBasemap(
          (offset, length) => sliceBytes(picked, offset, length),
          picked.size,
          browserGunzip,
        );
        if (!checked.ok)
          throw new CodedError('invalid_input', BASEMAP_ERROR_MESSAGES[checked.error]);
        const before = await load();
        cachedFile = null;
        try {
          await folder.writeStream(BASEMAP_FILE, picked);
        } catch (e) {
          console.error(e);
          throw new CodedError(
            'io_error',
            'Die Kartendatei konnte nicht gespeichert werden (Speicherplatz des Browsers?).',
          );
        }
        const { kind, minZoom, maxZoom, bounds } = checked.value;
        const state = await save({
          settings: { ...before.settings, source: 'file' },
          file: {
            name: picked.name.slice(0, 260),
            size: picked.size,
            kind,
            minZoom,
            maxZoom,
            bounds,
            installedAt: options.now().toISOString(),
          },
        });
        return { installed: true as const, state };
      }),
    remove: () =>
      toResult(async () => {
        const before = await load();
        cachedFile = null;
        await folder.remove(BASEMAP_FILE);
        const source = before.settings.source === 'file' ? 'none' : before.settings.source;
        return save({ settings: { ...before.settings, source }, file: null });
      }),
    setSettings: async (input) => {
      const parsed = basemapSettingsSchema.safeParse(input);
      if (!parsed.success)
        return fail('invalid_input', parsed.error.issues[0]?.message ?? 'Ungültige Eingabe.');
      return toResult(async () => {
        const before = await load();
        if (parsed.data.source === 'file' && before.file === null) {
          throw new CodedError('invalid_input', 'Es ist keine Kartendatei eingerichtet.');
        }
        return save({ settings: parsed.data, file: before.file });
      });
    },
    readRange: async ({ offset, length }) => {
      const file = await storedFile().catch(() => null);
      if (file === null) return fail('not_found', 'Es ist keine Kartendatei eingerichtet.');
      if (!Number.isSafeInteger(offset) || offset < 0 || offset >= file.size) {
        return fail('invalid_input', 'Lesebereich außerhalb der Kartendatei.');
      }
      if (!Number.isSafeInteger(length) || length < 1 || length > MAX_BASEMAP_READ) {
        return fail('invalid_input', 'Lesebereich zu groß.');
      }
      return toResult(() => sliceBytes(file, offset, length));
    },
  };
}

/** True where the browser offers the origin private file system. */
export function hasOpfs(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}
