// The desktop basemap service on the real file system: a PMTiles file is copied from the path
// main's dialog returned into a private folder, checked first (a hostile file changes nothing),
// read in byte ranges (also from a file larger than one read), and the map server's origin
// reaches the CSP hosts only while it is switched on.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { basemapReadRequestSchema, MAX_BASEMAP_READ } from '@shared/ipc/contract';
import {
  basemapTileHosts,
  inspectBasemap,
  mapServerSchema,
  MAX_METADATA_JSON,
  PUBLIC_MAP_PRESETS,
} from '@shared/maps';
import { CodedError } from '@shared/result';
import {
  BASEMAP_FILE,
  BASEMAP_STATE_FILE,
  createBasemapService,
  gunzipLimited,
  type BasemapService,
} from '../../../src/main/services/basemap';

const FIXTURES = join(import.meta.dirname, '../../fixtures/maps');
const RASTER = join(FIXTURES, 'raster.pmtiles');
const VECTOR = join(FIXTURES, 'vector.pmtiles');
const posix = process.platform !== 'win32';
const SERVER = {
  kind: 'xyz' as const,
  url: 'https://karten.polizei.example/tiles/{z}/{x}/{y}.png',
  layers: '',
  attribution: '© Landesamt',
};

let root: string;
let dir: string;
let picked: string | null;
const services: BasemapService[] = [];

function service(maxFileBytes?: number): BasemapService {
  const created = createBasemapService<null>({
    dir,
    dialog: {
      showOpenDialog: async () =>
        picked === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [picked] },
    },
    getWindow: () => null,
    now: () => new Date('2026-11-20T10:00:00.000Z'),
    maxFileBytes,
    logError: () => undefined,
  });
  services.push(created);
  return created;
}

async function refusal(work: Promise<unknown>): Promise<CodedError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodedError);
  return error as CodedError;
}

async function writeTemp(name: string, data: Uint8Array): Promise<string> {
  const path = join(root, name);
  await writeFile(path, data);
  return path;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vp-basemap-'));
  dir = join(root, 'user-data', 'basemap');
  picked = null;
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  await rm(root, { recursive: true, force: true });
});

describe('install', () => {
  it('copies a raster file into a private folder, with its zoom range and bounds', async () => {
    picked = RASTER;
    const basemap = service();
    const result = await basemap.install();
    expect(result.installed).toBe(true);
    const state = basemap.state();
    expect(state.settings.source).toBe('file');
    expect(state.file).toMatchObject({
      name: 'raster.pmtiles',
      kind: 'png',
      minZoom: 0,
      maxZoom: 15,
    });
    const [w, s, e, n] = state.file?.bounds ?? [];
    expect([w, s, e, n].map((v) => Math.round((v ?? 0) * 100) / 100)).toEqual([
      6.95, 51.42, 7.08, 51.49,
    ]);
    expect((await readFile(join(dir, BASEMAP_FILE))).equals(await readFile(RASTER))).toBe(true);
    if (posix) {
      expect((await stat(join(dir, BASEMAP_FILE))).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, BASEMAP_STATE_FILE))).mode & 0o777).toBe(0o600);
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
    }
    expect((await readdir(dir)).sort()).toEqual([BASEMAP_STATE_FILE, BASEMAP_FILE].sort());
  });

  it('accepts a vector file in the Protomaps schema', async () => {
    picked = VECTOR;
    const basemap = service();
    await basemap.install();
    expect(basemap.state().file?.kind).toBe('mvt');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const basemap = service();
    expect(await basemap.install()).toEqual({ installed: false });
    expect(basemap.state().file).toBeNull();
  });

  it('refuses hostile files in German and keeps the basemap it had', async () => {
    picked = RASTER;
    const basemap = service();
    await basemap.install();
    const before = basemap.state();
    const png = Uint8Array.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...randomBytes(400),
    ]);
    const vector = new Uint8Array(await readFile(VECTOR));
    const otherSchema = Buffer.from(vector);
    const at = otherSchema.indexOf('"id":"earth"');
    otherSchema.write('"id":"erde!"', at);
    const cases: [string, Uint8Array, RegExp][] = [
      ['zufall.pmtiles', randomBytes(20_000), /keine PMTiles-Kartendatei/],
      ['bild.pmtiles', png, /keine PMTiles-Kartendatei/],
      ['leer.pmtiles', new Uint8Array(10), /zu klein/],
      ['schema.pmtiles', otherSchema, /Protomaps-Schema/],
      ['abgeschnitten.pmtiles', vector.subarray(0, 2_000), /beschädigt/],
    ];
    for (const [name, bytes, message] of cases) {
      picked = await writeTemp(name, bytes);
      const error = await refusal(basemap.install());
      expect(error.code, name).toBe('invalid_input');
      expect(error.message, name).toMatch(message);
      expect(basemap.state(), name).toEqual(before);
    }
    expect((await readFile(join(dir, BASEMAP_FILE))).equals(await readFile(RASTER))).toBe(true);
    // No half-copied file is left behind.
    expect((await readdir(dir)).sort()).toEqual([BASEMAP_STATE_FILE, BASEMAP_FILE].sort());
  });

  it('refuses a file above the size cap before copying it', async () => {
    picked = RASTER;
    const basemap = service(100_000);
    const error = await refusal(basemap.install());
    expect(error.code).toBe('too_large');
    expect(basemap.state().file).toBeNull();
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });
});

describe('readRange', () => {
  it(
    'reads ranges of a file larger than one read window, and no further',
    { timeout: 30_000 },
    async () => {
      // The raster fixture followed by padding: a valid file larger than MAX_BASEMAP_READ.
      const raster = await readFile(RASTER);
      const big = Buffer.concat([
        raster,
        randomBytes(MAX_BASEMAP_READ + 1_000_000 - raster.length),
      ]);
      picked = await writeTemp('gross.pmtiles', big);
      const basemap = service();
      await basemap.install();
      expect(basemap.state().file?.size).toBe(big.length);

      // Buffer.equals: an element-wise toEqual over 8 MiB takes minutes.
      const same = (read: Uint8Array, from: number, to: number) =>
        Buffer.from(read.buffer, read.byteOffset, read.byteLength).equals(big.subarray(from, to));
      expect(same(await basemap.readRange(0, 127), 0, 127)).toBe(true);
      const middle = big.length - MAX_BASEMAP_READ - 10;
      const window = await basemap.readRange(middle, MAX_BASEMAP_READ);
      expect(window.byteLength).toBe(MAX_BASEMAP_READ);
      expect(same(window, middle, middle + MAX_BASEMAP_READ)).toBe(true);
      // At the end of the file the read is shorter, never padded.
      const tail = await basemap.readRange(big.length - 10, 4_096);
      expect(tail.byteLength).toBe(10);
      expect(same(tail, big.length - 10, big.length)).toBe(true);
      const beyond = await refusal(basemap.readRange(big.length, 1));
      expect(beyond.code).toBe('invalid_input');
    },
  );

  it('the channel refuses a read larger than the window or at a negative offset', () => {
    expect(
      basemapReadRequestSchema.safeParse({ offset: 0, length: MAX_BASEMAP_READ }).success,
    ).toBe(true);
    expect(
      basemapReadRequestSchema.safeParse({ offset: 0, length: MAX_BASEMAP_READ + 1 }).success,
    ).toBe(false);
    expect(basemapReadRequestSchema.safeParse({ offset: -1, length: 10 }).success).toBe(false);
    expect(basemapReadRequestSchema.safeParse({ offset: 0.5, length: 10 }).success).toBe(false);
  });

  it('says so when no file is installed', async () => {
    const error = await refusal(service().readRange(0, 10));
    expect(error.code).toBe('not_found');
  });
});

describe('remove, restart and the map server', () => {
  it('removes the file and falls back to no basemap', async () => {
    picked = RASTER;
    const basemap = service();
    await basemap.install();
    const state = await basemap.remove();
    expect(state).toEqual({ settings: { source: 'none', server: null }, file: null });
    expect(await readdir(dir)).toEqual([BASEMAP_STATE_FILE]);
  });

  it('keeps its state across a restart, but not a file changed behind its back', async () => {
    picked = RASTER;
    await service().install();
    const again = service();
    await again.load();
    expect(again.state().file?.kind).toBe('png');
    expect((await again.readRange(0, 7)).toString()).toBe(
      Uint8Array.from(Buffer.from('PMTiles')).toString(),
    );

    await writeFile(join(dir, BASEMAP_FILE), 'kurz');
    const third = service();
    await third.load();
    expect(third.state()).toEqual({ settings: { source: 'none', server: null }, file: null });
  });

  it('a damaged state file means no basemap and no server', async () => {
    const basemap = service();
    await basemap.setSettings({ source: 'server', server: SERVER });
    await writeFile(join(dir, BASEMAP_STATE_FILE), '{"version":1,"settings":{"source":"server"');
    const again = service();
    await again.load();
    expect(again.tileHosts()).toEqual([]);
  });

  it('admits the server origin only while it is switched on', async () => {
    const basemap = service();
    await basemap.setSettings({ source: 'none', server: SERVER });
    expect(basemap.tileHosts()).toEqual([]);
    await basemap.setSettings({ source: 'server', server: SERVER });
    expect(basemap.tileHosts()).toEqual(['https://karten.polizei.example']);
    const again = service();
    await again.load();
    expect(again.tileHosts()).toEqual(['https://karten.polizei.example']);
  });

  it('refuses a server that is not plain https, and the file source without a file', async () => {
    const basemap = service();
    for (const url of [
      'http://karten.example/{z}/{x}/{y}.png',
      'https://user:pw@karten.example/{z}/{x}/{y}.png',
      'https://karten.example/tiles.png',
      "https://karten.example'; script-src *; /{z}/{x}/{y}",
    ]) {
      await expect(
        basemap.setSettings({ source: 'server', server: { ...SERVER, url } }),
        url,
      ).rejects.toThrow();
    }
    const error = await refusal(basemap.setSettings({ source: 'file', server: null }));
    expect(error.code).toBe('invalid_input');
    expect(basemap.tileHosts()).toEqual([]);
  });
});

describe('gzip-compressed metadata', () => {
  /** The vector fixture with its metadata replaced by `metadata`, gzipped, at the end. */
  async function withGzipMetadata(metadata: Uint8Array): Promise<Buffer> {
    const vector = Buffer.from(await readFile(VECTOR));
    const packed = gzipSync(metadata);
    const file = Buffer.concat([vector, packed]);
    file.writeBigUInt64LE(BigInt(vector.length), 24);
    file.writeBigUInt64LE(BigInt(packed.length), 32);
    file[97] = 2; // internal compression: gzip
    return file;
  }
  const inspect = (file: Buffer) =>
    inspectBasemap(
      async (offset, length) => new Uint8Array(file.subarray(offset, offset + length)),
      file.length,
      gunzipLimited,
    );

  it('reads the schema from gzipped metadata', async () => {
    const json = '{"vector_layers":[{"id":"earth"},{"id":"water"},{"id":"roads"}]}';
    const result = await inspect(await withGzipMetadata(new TextEncoder().encode(json)));
    expect(result.ok && result.value.kind).toBe('mvt');
  });

  it('refuses a gzip bomb and metadata that is not UTF-8', async () => {
    // Valid schema JSON padded past the cap: only the cap refuses it.
    const bomb = new Uint8Array(MAX_METADATA_JSON + 1).fill(0x20);
    bomb.set(new TextEncoder().encode('{"vector_layers":[{"id":"earth"},{"id":"water"}]}'));
    expect(await inspect(await withGzipMetadata(bomb))).toEqual({
      ok: false,
      error: 'bad_metadata',
    });
    expect((await inspect(await withGzipMetadata(bomb.subarray(0, MAX_METADATA_JSON)))).ok).toBe(
      true,
    );
    const latin1 = Uint8Array.from([0x7b, 0x22, 0xe4, 0x22, 0x7d]);
    expect(await inspect(await withGzipMetadata(latin1))).toEqual({
      ok: false,
      error: 'bad_metadata',
    });
  });
});

describe('public presets', () => {
  it('are valid servers whose origin alone the policy would admit', () => {
    for (const { server } of PUBLIC_MAP_PRESETS) {
      expect(mapServerSchema.parse(server)).toEqual(server);
      expect(basemapTileHosts({ source: 'server', server })).toEqual([
        'https://sgx.geodatenzentrum.de',
      ]);
    }
  });
});
