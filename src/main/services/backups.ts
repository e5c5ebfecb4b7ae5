// Automatic and manual encrypted backups kept by main in <userData>/backups. Main never sees
// their content: it checks that the bytes start like a Verbundplaner backup, names the file
// itself, and keeps the newest N automatic ones. The renderer names a backup only to read it,
// and that name must match the strict backup-name pattern before it touches the file system.
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readBackupHeader } from '@shared/crypto';
import { backupNameSchema, MAX_BACKUP_BYTES } from '@shared/ipc/contract';
import type { BackupInfo, Channel, BACKUP_REASONS } from '@shared/ipc/contract';
import { CodedError } from '@shared/result';
import type { Service } from '../ipc';
import { atomicWriteFile, codeOf, ensurePrivateFolder, readLimited } from './files';

export type BackupReason = (typeof BACKUP_REASONS)[number];
export const DEFAULT_KEEP = 10;
const MAX_LISTED = 1_000;

export interface BackupServiceOptions {
  /** <userData>/backups */
  dir: string;
  /** How many automatic (daily/lock) backups to keep; manual ones are never pruned. */
  keep?: () => number;
  now: () => Date;
  /** Upper bound for one backup file; the IPC contract's cap by default. */
  maxBytes?: number;
}

export interface BackupService {
  store(data: Uint8Array, reason: BackupReason): Promise<BackupInfo>;
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<{ name: string; data: Uint8Array<ArrayBuffer> }>;
}

const NAME =
  /^verbundplaner-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-(daily|lock|manual)(?:-(\d{1,3}))?\.vpbak$/;
// Backups stored within one second with one reason are numbered -2 … -999; a full second is
// refused rather than overwriting (at one backup per second that cannot happen in practice).
const MAX_SEQUENCE = 999;

/**
 * verbundplaner-20261120T120500Z-lock.vpbak for 2026-11-20 12:05:00 UTC; the second backup of
 * that second and reason is …-lock-2.vpbak, and so on.
 */
export function backupFileName(at: Date, reason: BackupReason, sequence = 1): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `verbundplaner-${stamp}-${reason}${sequence > 1 ? `-${sequence}` : ''}.vpbak`;
}

interface ParsedName {
  createdAt: string;
  reason: BackupReason;
  sequence: number;
}

function parseName(name: string): ParsedName | null {
  if (!backupNameSchema.safeParse(name).success) return null;
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, reason, seq] = m;
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  const sequence = seq === undefined ? 1 : Number(seq);
  // One spelling per backup: "-1" and leading zeros would name a second file for the same slot.
  if (seq !== undefined && (sequence < 2 || String(sequence) !== seq)) return null;
  return { createdAt, reason: reason as BackupReason, sequence };
}

type Listed = BackupInfo & { sequence: number };

const newestFirst = (a: Listed, b: Listed): number =>
  a.createdAt === b.createdAt
    ? b.sequence - a.sequence || b.name.localeCompare(a.name)
    : b.createdAt.localeCompare(a.createdAt);

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw error;
  }
}

const toInfo = (listed: Listed): BackupInfo => ({
  name: listed.name,
  createdAt: listed.createdAt,
  size: listed.size,
  reason: listed.reason,
});

export function createBackupService(options: BackupServiceOptions): BackupService {
  const { dir, now } = options;
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;
  const keep = (): number => {
    const n = Math.floor(options.keep?.() ?? DEFAULT_KEEP);
    return Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_LISTED) : DEFAULT_KEEP;
  };

  // One operation at a time: pruning must not race a store or a read of the same folder.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function listAll(): Promise<Listed[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return [];
      throw error;
    }
    const infos: Listed[] = [];
    for (const name of names) {
      const parsed = parseName(name);
      if (!parsed) continue; // temp files of a write in progress, foreign files
      const info = await lstat(join(dir, name)).catch(() => null);
      if (!info?.isFile()) continue; // links and folders are never ours
      infos.push({ name, ...parsed, size: info.size });
    }
    return infos.sort(newestFirst);
  }

  async function prune(): Promise<void> {
    const automatic = (await listAll()).filter((b) => b.reason !== 'manual');
    for (const old of automatic.slice(keep())) await rm(join(dir, old.name), { force: true });
  }

  return {
    store: (data, reason) =>
      serial(async () => {
        if (data.byteLength > maxBytes)
          throw new CodedError('too_large', 'Die Sicherung ist zu groß.');
        readBackupHeader(data); // refuses anything that is not a Verbundplaner backup
        const at = now();
        let name: string | undefined;
        try {
          await ensurePrivateFolder(dir);
          // Never replace a backup: the next free number of this second. Stores run one at a
          // time and main is the only writer, so the name is still free when the rename lands.
          for (let sequence = 1; sequence <= MAX_SEQUENCE && name === undefined; sequence++) {
            const candidate = backupFileName(at, reason, sequence);
            if (!(await exists(join(dir, candidate)))) name = candidate;
          }
        } catch (error) {
          console.error('backup store failed', error);
          throw new CodedError('io_error', 'Die Sicherung konnte nicht gespeichert werden.');
        }
        const parsed = name === undefined ? null : parseName(name);
        if (name === undefined || !parsed) {
          throw new CodedError('io_error', 'Zu viele Sicherungen in derselben Sekunde.');
        }
        try {
          await atomicWriteFile(join(dir, name), data, { mode: 0o600 });
        } catch (error) {
          console.error('backup store failed', error);
          throw new CodedError('io_error', 'Die Sicherung konnte nicht gespeichert werden.');
        }
        await prune().catch((error: unknown) => console.error('backup prune failed', error));
        return { name, createdAt: parsed.createdAt, size: data.byteLength, reason };
      }),

    list: () => serial(async () => (await listAll()).slice(0, MAX_LISTED).map(toInfo)),

    read: (name) =>
      serial(async () => {
        // The name is the only thing from the renderer that reaches a path: pattern first.
        if (!parseName(name)) throw new CodedError('invalid_input', 'Ungültiger Sicherungsname.');
        const path = join(dir, name);
        const info = await lstat(path).catch(() => null);
        if (!info?.isFile())
          throw new CodedError('not_found', 'Die Sicherung wurde nicht gefunden.');
        try {
          return { name, data: await readLimited(path, maxBytes) };
        } catch (error) {
          if (error instanceof CodedError) throw error;
          if (codeOf(error) === 'ENOENT') {
            throw new CodedError('not_found', 'Die Sicherung wurde nicht gefunden.');
          }
          console.error('backup read failed', error);
          throw new CodedError('io_error', 'Die Sicherung konnte nicht gelesen werden.');
        }
      }),
  };
}

export type BackupChannel = Extract<Channel, `backups:${string}`>;

/** The backup channels for main's Services map. */
export function backupServices(backups: BackupService): { [C in BackupChannel]: Service<C> } {
  return {
    'backups:store': (request) => backups.store(request.data, request.reason),
    'backups:list': () => backups.list(),
    'backups:read': (request) => backups.read(request.name),
  };
}
