// Checks a PMTiles v3 basemap file before it is used: magic bytes, version, header fields,
// offsets inside the file, zoom range, bounds, tile type and compression, and for vector tiles
// the Protomaps basemap schema (other schemas would be drawn wrong, so they are refused). Pure:
// it reads the 127-byte header and, for vector files, the metadata JSON; a hostile file gets an
// error code and never an exception.

export const HEADER_LENGTH = 127;
/** The spec keeps header and root directory in the first 16 KiB, so one read gets both. */
export const FIRST_READ = 16_384;
/** Metadata larger than this is not a basemap's (and would only cost memory). */
export const MAX_METADATA = 1_048_576;

export type TileKind = 'mvt' | 'png' | 'jpeg' | 'webp';

export interface PmtilesInfo {
  kind: TileKind;
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north in degrees. */
  bounds: [number, number, number, number];
  center: { lat: number; lng: number; zoom: number };
  metadataOffset: number;
  metadataLength: number;
  internalCompression: 'none' | 'gzip';
  tileCompression: 'none' | 'gzip';
}

export type PmtilesError =
  | 'too_small'
  | 'bad_magic'
  | 'bad_version'
  | 'bad_offsets'
  | 'bad_zoom'
  | 'bad_bounds'
  | 'unsupported_tile_type'
  | 'unsupported_compression'
  | 'bad_metadata'
  | 'vector_schema';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; error: PmtilesError };

const TILE_TYPES: Record<number, TileKind> = { 1: 'mvt', 2: 'png', 3: 'jpeg', 4: 'webp' };
// Brotli and zstd need decoders the app does not ship; gzip has DecompressionStream.
const COMPRESSIONS: Record<number, 'none' | 'gzip'> = { 1: 'none', 2: 'gzip' };

/** Reads and checks the header; `fileSize` is the whole file's length in bytes. */
export function checkPmtilesHeader(bytes: Uint8Array, fileSize: number): CheckResult<PmtilesInfo> {
  if (bytes.length < HEADER_LENGTH || fileSize < HEADER_LENGTH)
    return { ok: false, error: 'too_small' };
  const magic = String.fromCharCode(...bytes.subarray(0, 7));
  if (magic !== 'PMTiles') return { ok: false, error: 'bad_magic' };
  if (bytes[7] !== 3) return { ok: false, error: 'bad_version' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_LENGTH);
  // 2^53 is far beyond any file; a larger u64 is a forged header.
  const u64 = (pos: number) => {
    const v = view.getBigUint64(pos, true);
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v);
  };
  const sections = [
    [u64(8), u64(16)], // root directory
    [u64(24), u64(32)], // metadata
    [u64(40), u64(48)], // leaf directories
    [u64(56), u64(64)], // tile data
  ] as const;
  for (const [offset, length] of sections) {
    if (!Number.isFinite(offset) || !Number.isFinite(length))
      return { ok: false, error: 'bad_offsets' };
    if (length > 0 && (offset < HEADER_LENGTH || offset + length > fileSize)) {
      return { ok: false, error: 'bad_offsets' };
    }
  }
  const [root, metadata] = sections;
  if (root[1] === 0 || root[0] + root[1] > FIRST_READ) return { ok: false, error: 'bad_offsets' };
  if (metadata[1] > MAX_METADATA) return { ok: false, error: 'bad_metadata' };

  const internal = COMPRESSIONS[view.getUint8(97)];
  const tile = COMPRESSIONS[view.getUint8(98)];
  if (!internal || !tile) return { ok: false, error: 'unsupported_compression' };
  const kind = TILE_TYPES[view.getUint8(99)];
  if (!kind) return { ok: false, error: 'unsupported_tile_type' };

  const minZoom = view.getUint8(100);
  const maxZoom = view.getUint8(101);
  if (minZoom > maxZoom || maxZoom > 24) return { ok: false, error: 'bad_zoom' };

  const deg = (pos: number) => view.getInt32(pos, true) / 1e7;
  const bounds: [number, number, number, number] = [deg(102), deg(106), deg(110), deg(114)];
  const [w, s, e, n] = bounds;
  const lonOk = (v: number) => v >= -180 && v <= 180;
  const latOk = (v: number) => v >= -90 && v <= 90;
  if (!lonOk(w) || !lonOk(e) || !latOk(s) || !latOk(n) || s > n || w > e) {
    return { ok: false, error: 'bad_bounds' };
  }
  const center = { zoom: view.getUint8(118), lng: deg(119), lat: deg(123) };
  if (!lonOk(center.lng) || !latOk(center.lat)) return { ok: false, error: 'bad_bounds' };

  return {
    ok: true,
    value: {
      kind,
      minZoom,
      maxZoom,
      bounds,
      center,
      metadataOffset: metadata[0],
      metadataLength: metadata[1],
      internalCompression: internal,
      tileCompression: tile,
    },
  };
}

/** Layers of the Protomaps basemap schema that protomaps-leaflet's themes draw. */
export const PROTOMAPS_LAYERS = [
  'earth',
  'water',
  'roads',
  'buildings',
  'landuse',
  'landcover',
  'places',
  'pois',
  'boundaries',
  'transit',
] as const;

/**
 * A vector basemap must be in the Protomaps schema: its metadata lists vector layers, at least
 * `earth` and one more of the schema's, and none that would be left undrawn as the main content.
 */
export function checkVectorSchema(metadataJson: string): CheckResult<string[]> {
  let meta: unknown;
  try {
    meta = JSON.parse(metadataJson);
  } catch {
    return { ok: false, error: 'bad_metadata' };
  }
  const layers =
    meta && typeof meta === 'object' && 'vector_layers' in meta ? meta.vector_layers : undefined;
  if (!Array.isArray(layers)) return { ok: false, error: 'vector_schema' };
  const ids = layers
    .map((l: unknown) => (l && typeof l === 'object' && 'id' in l ? String(l.id) : ''))
    .filter((id) => id !== '');
  const known = new Set<string>(PROTOMAPS_LAYERS);
  if (!ids.includes('earth') || ids.filter((id) => known.has(id)).length < 2) {
    return { ok: false, error: 'vector_schema' };
  }
  return { ok: true, value: ids };
}
