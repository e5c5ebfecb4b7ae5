// Atomic writes and the save/open file services, on the real file system in temp folders. The
// system dialog is the one stand-in: it "chooses" a path inside the temp folder.
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodedError } from '@shared/result';
import { atomicWriteFile, createFileService } from '../../../src/main/services/files';
import type { FileDialog } from '../../../src/main/services/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vp-files-'));
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const text = (s: string) => new TextEncoder().encode(s);
const isRoot = process.getuid?.() === 0;

describe('atomicWriteFile', () => {
  it('creates a new file', async () => {
    const target = join(dir, 'plan.docx');
    await atomicWriteFile(target, text('neu'));
    expect(await readFile(target, 'utf8')).toBe('neu');
    expect(await readdir(dir)).toEqual(['plan.docx']);
  });

  it('replaces an existing file and leaves no temp files', async () => {
    const target = join(dir, 'plan.docx');
    await writeFile(target, 'alt');
    await atomicWriteFile(target, text('neu und länger'));
    expect(await readFile(target, 'utf8')).toBe('neu und länger');
    await atomicWriteFile(target, 'kurz');
    expect(await readFile(target, 'utf8')).toBe('kurz');
    expect(await readdir(dir)).toEqual(['plan.docx']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const target = join(dir, 'vault.json');
    await writeFile(target, 'alt', { mode: 0o600 });
    await chmod(target, 0o600);
    await atomicWriteFile(target, 'neu');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('gives a private file its mode also when it replaces a wider one', async () => {
    if (process.platform === 'win32') return;
    const target = join(dir, 'vault.json');
    await writeFile(target, 'alt');
    await chmod(target, 0o644);
    await atomicWriteFile(target, 'neu', { mode: 0o600 });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readFile(target, 'utf8')).toBe('neu');
  });

  it('survives concurrent writers: one complete version wins, no temp files remain', async () => {
    const target = join(dir, 'state.json');
    const versions = Array.from({ length: 20 }, (_, i) => `version ${i} `.repeat(1000));
    await Promise.all(versions.map((v) => atomicWriteFile(target, v)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('fails when rename cannot replace the target (a folder) and leaves it untouched', async () => {
    const target = join(dir, 'plan.docx');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'alt');
    await expect(atomicWriteFile(target, text('neu'))).rejects.toThrow();
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('alt');
    expect(await readdir(dir)).toEqual(['plan.docx']);
  });

  it('fails before touching anything when the temp file cannot be created', async () => {
    // A 240-character name is valid, but its temp sibling exceeds the file system's name limit.
    const target = join(dir, `${'p'.repeat(236)}.txt`);
    await writeFile(target, 'alt');
    await expect(atomicWriteFile(target, text('neu'))).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('alt');
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('fails when the folder is gone', async () => {
    await expect(atomicWriteFile(join(dir, 'missing', 'plan.docx'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it.skipIf(isRoot || process.platform === 'win32')(
    'leaves the old file intact in a read-only folder',
    async () => {
      const target = join(dir, 'plan.docx');
      await writeFile(target, 'alt');
      await chmod(dir, 0o500);
      await expect(atomicWriteFile(target, 'neu')).rejects.toThrow();
      await chmod(dir, 0o700);
      expect(await readFile(target, 'utf8')).toBe('alt');
      expect(await readdir(dir)).toEqual(['plan.docx']);
    },
  );
});

/** A stand-in for Electron's dialog that answers with fixed paths and records what it was asked. */
function standInDialog(answer: { save?: string | null; open?: string | null }) {
  const asked: unknown[] = [];
  const dialog: FileDialog<'window'> = {
    showSaveDialog: async (window, options) => {
      asked.push({ window, ...options });
      return answer.save ? { canceled: false, filePath: answer.save } : { canceled: true };
    },
    showOpenDialog: async (window, options) => {
      asked.push({ window, ...options });
      return answer.open
        ? { canceled: false, filePaths: [answer.open] }
        : { canceled: true, filePaths: [] };
    },
  };
  return { dialog, asked };
}

const filters = [{ name: 'Word-Dokument', extensions: ['docx'] }];

describe('file service', () => {
  const service = (answer: { save?: string | null; open?: string | null }, maxOpenBytes = 1024) => {
    const stand = standInDialog(answer);
    const files = createFileService({
      dialog: stand.dialog,
      getWindow: () => 'window' as const,
      maxOpenBytes,
    });
    return { files, asked: stand.asked };
  };

  it('saves to the chosen path and returns only the base name', async () => {
    const chosen = join(dir, 'Einsatzbefehl Nord.docx');
    const { files, asked } = service({ save: chosen });
    const result = await files.saveAs({
      suggestedName: 'Einsatzbefehl.docx',
      data: text('x'),
      filters,
    });
    expect(result).toEqual({ saved: true, fileName: 'Einsatzbefehl Nord.docx' });
    expect(await readFile(chosen, 'utf8')).toBe('x');
    expect(asked).toEqual([
      {
        window: 'window',
        defaultPath: 'Einsatzbefehl.docx',
        filters,
        properties: ['createDirectory'],
      },
    ]);
  });

  it('returns saved:false when the dialog is cancelled and writes nothing', async () => {
    const { files } = service({ save: null });
    const result = await files.saveAs({ suggestedName: 'a.docx', data: text('x'), filters });
    expect(result).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports io_error when the chosen place cannot be written', async () => {
    const { files } = service({ save: join(dir, 'no-such-folder', 'a.docx') });
    const attempt = files.saveAs({ suggestedName: 'a.docx', data: text('x'), filters });
    await expect(attempt).rejects.toMatchObject({ code: 'io_error' });
  });

  it('opens the chosen file and returns its name and bytes', async () => {
    const chosen = join(dir, 'Paket.vpk');
    await writeFile(chosen, new Uint8Array([1, 2, 3, 4]));
    const { files } = service({ open: chosen });
    const result = await files.open({ filters, maxBytes: 1024 });
    expect(result?.name).toBe('Paket.vpk');
    expect(result?.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(result?.data ?? [])).toEqual([1, 2, 3, 4]);
  });

  it('returns null when the open dialog is cancelled', async () => {
    const { files } = service({ open: null });
    expect(await files.open({ filters, maxBytes: 1024 })).toBeNull();
  });

  it('refuses a file larger than the request allows with too_large', async () => {
    const chosen = join(dir, 'gross.bin');
    await writeFile(chosen, new Uint8Array(2048));
    const { files } = service({ open: chosen }, 1_000_000);
    const attempt = files.open({ filters, maxBytes: 2047 });
    await expect(attempt).rejects.toBeInstanceOf(CodedError);
    await expect(files.open({ filters, maxBytes: 2047 })).rejects.toMatchObject({
      code: 'too_large',
    });
    expect((await files.open({ filters, maxBytes: 2048 }))?.data.byteLength).toBe(2048);
  });

  it("applies main's own cap even when the request asks for more", async () => {
    const chosen = join(dir, 'gross.bin');
    await writeFile(chosen, new Uint8Array(2048));
    const { files } = service({ open: chosen }, 1024);
    await expect(files.open({ filters, maxBytes: 1_000_000 })).rejects.toMatchObject({
      code: 'too_large',
    });
  });

  it('reports not_found for a path that vanished or is a folder', async () => {
    const gone = service({ open: join(dir, 'weg.bin') });
    await expect(gone.files.open({ filters, maxBytes: 10 })).rejects.toMatchObject({
      code: 'not_found',
    });
    const folder = service({ open: dir });
    await expect(folder.files.open({ filters, maxBytes: 10 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
