// Basemap files are checked before use: the committed fixtures pass, broken and hostile ones
// get an error code (worded in German by the UI) and never an exception.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPmtilesHeader, checkVectorSchema, FIRST_READ } from '@shared/maps';
import { fcRuns } from '../../support/fc-runs';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/maps', name)));

function check(bytes: Uint8Array) {
  return checkPmtilesHeader(bytes.subarray(0, FIRST_READ), bytes.length);
}

describe('checkPmtilesHeader', () => {
  it('accepts the raster fixture and reads its header', () => {
    const r = check(fixture('raster.pmtiles'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe('png');
    expect([r.value.minZoom, r.value.maxZoom]).toEqual([0, 15]);
    expect(r.value.bounds[0]).toBeCloseTo(6.95, 6);
    expect(r.value.bounds[3]).toBeCloseTo(51.49, 6);
  });

  it('accepts the vector fixture, whose metadata is in the Protomaps schema', () => {
    const bytes = fixture('vector.pmtiles');
    const r = check(bytes);
    expect(r.ok && r.value.kind).toBe('mvt');
    if (!r.ok) return;
    const meta = new TextDecoder().decode(
      bytes.subarray(r.value.metadataOffset, r.value.metadataOffset + r.value.metadataLength),
    );
    expect(checkVectorSchema(meta)).toEqual({
      ok: true,
      value: ['earth', 'water', 'roads', 'places'],
    });
  });

  const mutate = (edit: (b: Uint8Array, v: DataView) => void) => {
    const b = fixture('raster.pmtiles').slice();
    edit(b, new DataView(b.buffer));
    return check(b);
  };

  it.each([
    ['an empty file', () => checkPmtilesHeader(new Uint8Array(0), 0), 'too_small'],
    [
      'a PNG renamed to .pmtiles',
      () => check(new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...new Array(200).fill(0)])),
      'bad_magic',
    ],
    ['PMTiles v2', () => mutate((b) => (b[7] = 2)), 'bad_version'],
    [
      'a tile section beyond the end of the file',
      () => mutate((_b, v) => v.setBigUint64(64, 10n ** 12n, true)),
      'bad_offsets',
    ],
    [
      'a u64 beyond 2^53',
      () => mutate((_b, v) => v.setBigUint64(56, 2n ** 63n, true)),
      'bad_offsets',
    ],
    [
      'a root directory past the first 16 KiB',
      () => mutate((_b, v) => v.setBigUint64(8, 20_000n, true)),
      'bad_offsets',
    ],
    [
      '1 GiB of metadata',
      () => mutate((_b, v) => v.setBigUint64(32, 2n ** 30n, true)),
      'bad_offsets',
    ],
    ['brotli compression', () => mutate((b) => (b[97] = 3)), 'unsupported_compression'],
    ['AVIF tiles', () => mutate((b) => (b[99] = 5)), 'unsupported_tile_type'],
    ['min zoom above max zoom', () => mutate((b) => (b[100] = 16)), 'bad_zoom'],
    ['zoom 200', () => mutate((b) => (b[101] = 200)), 'bad_zoom'],
    [
      'a west bound of 200°',
      () => mutate((_b, v) => v.setInt32(102, 2_000_000_000, true)),
      'bad_bounds',
    ],
    [
      'south above north',
      () => mutate((_b, v) => v.setInt32(106, 600_000_000, true)),
      'bad_bounds',
    ],
  ])('refuses %s', (_name, run, error) => {
    expect(run()).toEqual({ ok: false, error });
  });

  it('never throws on arbitrary bytes or on mutations of a valid header', () => {
    const valid = fixture('raster.pmtiles');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc
            .array(fc.tuple(fc.integer({ min: 0, max: 126 }), fc.integer({ min: 0, max: 255 })), {
              maxLength: 20,
            })
            .map((edits) => {
              const b = valid.slice(0, FIRST_READ);
              for (const [pos, byte] of edits) b[pos] = byte;
              return b;
            }),
        ),
        fc.integer({ min: 0, max: 2 ** 40 }),
        (bytes, size) => {
          const r = checkPmtilesHeader(bytes, size);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: fcRuns(1000) },
    );
  });
});

describe('checkVectorSchema', () => {
  it('refuses vector tiles of another schema (e.g. OpenMapTiles) and broken metadata', () => {
    const omt = {
      vector_layers: ['water', 'transportation', 'building', 'place'].map((id) => ({ id })),
    };
    expect(checkVectorSchema(JSON.stringify(omt))).toEqual({ ok: false, error: 'vector_schema' });
    expect(checkVectorSchema('{')).toEqual({ ok: false, error: 'bad_metadata' });
    expect(checkVectorSchema('{"vector_layers": 5}')).toEqual({
      ok: false,
      error: 'vector_schema',
    });
    expect(checkVectorSchema('null')).toEqual({ ok: false, error: 'vector_schema' });
  });
});
