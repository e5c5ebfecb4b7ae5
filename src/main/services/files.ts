// Saving and opening user files: atomic writes, and the save/open services behind the system
// dialogs. Paths come only from the dialogs, never from the renderer.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type {
  FileFilter,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '@shared/ipc/contract';
import { CodedError } from '@shared/result';

const isWindows = process.platform === 'win32';

/** The errno code of a Node error (ENOENT, EACCES …), if any. */
export function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined;
  }
  return undefined;
}

// On Windows a virus scanner or indexer briefly holding the target makes rename fail with
// EPERM/EBUSY; a few short retries get past it.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(codeOf(error) ?? '');
      if (!isWindows || !transient || attempt >= 5) throw error;
      await new Promise((done) => setTimeout(done, 50 * (attempt + 1)));
    }
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; elsewhere this makes the rename itself durable.
  if (isWindows) return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares) do not support fsync on folders; the file is in place.
    if (!['EINVAL', 'ENOTSUP', 'EPERM'].includes(codeOf(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/** The existing file's permission bits, so replacing a file does not change who may read it. */
async function existingMode(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.mode & 0o777 : undefined;
  } catch {
    return undefined;
  }
}

export interface AtomicWriteOptions {
  /**
   * Permission bits for a private file (vault, backups): the file gets exactly these bits, also
   * when it replaces an existing file with wider ones. Without it, a new file gets 0o666 & umask
   * and a replaced file keeps its own bits (a user's document stays as the user set it).
   */
  mode?: number;
}

/**
 * Writes `data` to `target` so that readers (and a crash) see either the old or the new file,
 * never a torn one: temp file in the same folder, fsync, rename over the target, fsync folder.
 * On failure the temp file is removed and the old file is left untouched.
 */
export async function atomicWriteFile(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  const mode = options.mode ?? (await existingMode(target)) ?? 0o666;
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode);
    // open() applies the umask; a private file must not depend on it, so its bits are set
    // explicitly before any byte is written. (Windows only knows a read-only flag.)
    if (options.mode !== undefined && !isWindows) await handle.chmod(options.mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
}

/**
 * Creates `folder` if needed and makes it owner-only (0700), also when it already existed with
 * wider bits: mkdir's mode applies only to a folder it creates.
 */
export async function ensurePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  if (!isWindows) await chmod(folder, 0o700);
}

/** The parts of Electron's `dialog` the file service uses; `W` is the parent window type. */
export interface FileDialog<W> {
  showSaveDialog(
    window: W | null,
    options: { defaultPath: string; filters: FileFilter[]; properties: 'createDirectory'[] },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    window: W | null,
    options: { filters: FileFilter[]; properties: 'openFile'[] },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileServiceOptions<W> {
  dialog: FileDialog<W>;
  getWindow: () => W | null;
  /** Hard cap for opening, whatever the request asks for. */
  maxOpenBytes: number;
}

export interface FileService {
  saveAs(request: SaveFileRequest): Promise<SaveFileResult>;
  open(request: OpenFileRequest): Promise<OpenFileResult>;
}

const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

export const tooLarge = (size: number, limit: number): CodedError =>
  new CodedError(
    'too_large',
    `Die Datei ist zu groß (${megabytes(size)}, erlaubt sind ${megabytes(limit)}).`,
  );

/** Reads at most `limit` bytes; a file that grew past the limit since `stat` is refused too. */
export async function readLimited(path: string, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CodedError('not_found', 'Das ist keine Datei.');
    if (info.size > limit) throw tooLarge(info.size, limit);
    const data = new Uint8Array(info.size);
    let filled = 0;
    while (filled < data.byteLength) {
      const { bytesRead } = await handle.read(data, filled, data.byteLength - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const probe = new Uint8Array(1);
    const { bytesRead: extra } = await handle.read(probe, 0, 1, filled);
    if (extra > 0) throw tooLarge(filled + extra, limit);
    return filled === data.byteLength ? data : data.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

export function createFileService<W>(options: FileServiceOptions<W>): FileService {
  const { dialog, getWindow, maxOpenBytes } = options;
  return {
    async saveAs(request) {
      const choice = await dialog.showSaveDialog(getWindow(), {
        defaultPath: request.suggestedName,
        filters: request.filters,
        properties: ['createDirectory'],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      try {
        await atomicWriteFile(choice.filePath, request.data);
      } catch (error) {
        console.error('saveAs failed', error);
        throw new CodedError('io_error', 'Die Datei konnte nicht gespeichert werden.');
      }
      return { saved: true, fileName: basename(choice.filePath) };
    },

    async open(request) {
      const choice = await dialog.showOpenDialog(getWindow(), {
        filters: request.filters,
        properties: ['openFile'],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return null;
      const limit = Math.min(request.maxBytes, maxOpenBytes);
      // Stat first: a huge file is refused before a single byte is read into memory.
      let size: number;
      try {
        const info = await stat(path);
        if (!info.isFile()) throw new CodedError('not_found', 'Das ist keine Datei.');
        size = info.size;
      } catch (error) {
        if (error instanceof CodedError) throw error;
        throw new CodedError('not_found', 'Die Datei wurde nicht gefunden.');
      }
      if (size > limit) throw tooLarge(size, limit);
      try {
        return { name: basename(path), data: await readLimited(path, limit) };
      } catch (error) {
        if (error instanceof CodedError) throw error;
        console.error('open failed', error);
        throw new CodedError('io_error', 'Die Datei konnte nicht gelesen werden.');
      }
    },
  };
}
