// The web edition's basemap logic with the fixture files: checked before it is kept, a hostile
// file refused in German with the kept basemap unchanged, ranges read from the kept copy, the
// settings rules, and the metadata gunzip cap. The origin private file system does not exist in
// happy-dom; a folder in memory stands in behind the same small interface (the e2e test runs
// the real one in Chromium).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_BASEMAP_READ } from '@shared/ipc/contract';
import type { HostApi } from '@shared/ipc/host-api';
import {
  browserBasemap,
  browserGunzip,
  type BasemapFolder,
} from '../../../src/renderer/host/browser-basemap';

const MAPS = join(import.meta.dirname, '../../fixtures/maps');
const fixture = (name: string) => new File([readFileSync(join(MAPS, name))], name);
const SERVER = {
  kind: 'xyz' as const,
  url: 'https://karten.polizei.example/{z}/{x}/{y}.png',
  layers: '',
  attribution: '© Landesamt',
};

function memoryFolder(): BasemapFolder & { names(): string[] } {
  const files = new Map<string, File>();
  return {
    read: async (name) => files.get(name) ?? null,
    writeText: async (name, text) => void files.set(name, new File([text], name)),
    writeStream: async (name, data) => void files.set(name, new File([data], name)),
    remove: async (name) => void files.delete(name),
    names: () => [...files.keys()].sort(),
  };
}

function setup() {
  const folder = memoryFolder();
  let next: File | null = null;
  const basemap: HostApi['basemap'] = browserBasemap({
    folder,
    pick: async () => next,
    now: () => new Date('2026-11-20T10:00:00.000Z'),
  });
  const install = async (file: File | null) => {
    next = file;
    return basemap.install();
  };
  const state = async () => {
    const result = await basemap.state();
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return { basemap, folder, install, state };
}

describe('browser basemap', () => {
  it('keeps a checked raster file and reads ranges of it', async () => {
    const { basemap, folder, install, state } = setup();
    const result = await install(fixture('raster.pmtiles'));
    expect(result.ok && result.value.installed).toBe(true);
    expect(await state()).toMatchObject({
      settings: { source: 'file', server: null },
      file: { name: 'raster.pmtiles', kind: 'png', minZoom: 0, maxZoom: 15 },
    });
    expect(folder.names()).toEqual(['basemap.json', 'basemap.pmtiles']);
    const head = await basemap.readRange({ offset: 0, length: 7 });
    expect(head.ok && new TextDecoder().decode(head.value)).toBe('PMTiles');
    const size = (await state()).file?.size ?? 0;
    const tail = await basemap.readRange({ offset: size - 3, length: 100 });
    expect(tail.ok && tail.value.byteLength).toBe(3);
    const beyond = await basemap.readRange({ offset: size, length: 1 });
    expect(beyond.ok || beyond.error.code).toBe('invalid_input');
    const huge = await basemap.readRange({ offset: 0, length: MAX_BASEMAP_READ + 1 });
    expect(huge.ok || huge.error.code).toBe('invalid_input');
  });

  it('accepts the vector fixture in the Protomaps schema', async () => {
    const { install, state } = setup();
    await install(fixture('vector.pmtiles'));
    expect((await state()).file?.kind).toBe('mvt');
  });

  it('refuses hostile files in German and keeps the basemap it had', async () => {
    const { install, state, basemap } = setup();
    await install(fixture('raster.pmtiles'));
    const before = await state();
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...new Uint8Array(500),
    ]);
    for (const file of [
      new File([png], 'bild.pmtiles'),
      new File(['x'.repeat(200)], 'text.pmtiles'),
    ]) {
      const result = await install(file);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'Die Datei ist keine PMTiles-Kartendatei (Kennung fehlt).',
        },
      });
      expect(await state()).toEqual(before);
    }
    const head = await basemap.readRange({ offset: 0, length: 7 });
    expect(head.ok && new TextDecoder().decode(head.value)).toBe('PMTiles');
  });

  it('does nothing when the picker is cancelled, and says so without a file', async () => {
    const { install, basemap, folder } = setup();
    expect(await install(null)).toEqual({ ok: true, value: { installed: false } });
    expect(folder.names()).toEqual([]);
    const read = await basemap.readRange({ offset: 0, length: 10 });
    expect(read.ok || read.error.code).toBe('not_found');
  });

  it('switches sources by the rules and removes the file', async () => {
    const { install, basemap, state } = setup();
    const noFile = await basemap.setSettings({ source: 'file', server: null });
    expect(noFile.ok || noFile.error.code).toBe('invalid_input');
    const plainHttp = await basemap.setSettings({
      source: 'server',
      server: { ...SERVER, url: 'http://karten.example/{z}/{x}/{y}.png' },
    });
    expect(plainHttp.ok).toBe(false);
    expect((await basemap.setSettings({ source: 'server', server: SERVER })).ok).toBe(true);
    await install(fixture('raster.pmtiles'));
    // Installing a file chooses it; the server stays entered, switched off.
    expect((await state()).settings).toEqual({ source: 'file', server: SERVER });
    const removed = await basemap.remove();
    expect(removed.ok && removed.value).toEqual({
      settings: { source: 'none', server: SERVER },
      file: null,
    });
  });
});

describe('browserGunzip', () => {
  it('unpacks metadata and stops at the cap (a gzip bomb)', async () => {
    const json = new TextEncoder().encode('{"vector_layers":[]}');
    expect(await browserGunzip(gzipSync(json), 1024)).toEqual(json);
    const bomb = gzipSync(new Uint8Array(5 * 1024 * 1024));
    await expect(browserGunzip(bomb, 1024 * 1024)).rejects.toThrow();
  });
});
