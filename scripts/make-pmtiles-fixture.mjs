// Writes the small PMTiles test basemaps in tests/fixtures/maps from synthetic data (there is no
// real map data on the build machines, and no tippecanoe or GDAL PMTiles driver in Debian):
//   raster.pmtiles  PNG tiles, a pale green ground with a darker 1/4-tile grid and a blue river
//   vector.pmtiles  MVT tiles in the Protomaps basemap schema (earth, water, roads, places)
// around the fictional demo operation in Essen, zoom 0–15. A minimal PMTiles v3 writer: 127-byte
// header, uncompressed root directory (varints), tiles clustered by Hilbert tile id.
// Run: node scripts/make-pmtiles-fixture.mjs   (deterministic: same bytes every time)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import geojsonvt from 'geojson-vt';
import { zxyToTileId } from 'pmtiles';
import vtpbf from 'vt-pbf';

const OUT = join(dirname(new URL(import.meta.url).pathname), '..', 'tests', 'fixtures', 'maps');
// The demo's area (Essen), a little larger than its premises.
export const BOUNDS = { west: 6.95, south: 51.42, east: 7.08, north: 51.49 };
const MIN_ZOOM = 0;
const MAX_ZOOM = 15;

const lon2x = (lon, z) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat, z) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

function tilesInBounds(z) {
  const tiles = [];
  for (let x = lon2x(BOUNDS.west, z); x <= lon2x(BOUNDS.east, z); x++) {
    for (let y = lat2y(BOUNDS.north, z); y <= lat2y(BOUNDS.south, z); y++) tiles.push({ z, x, y });
  }
  return tiles;
}

// ---- PNG (truecolour, no alpha) ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
export const GROUND = [200, 230, 201]; // #c8e6c9, what the e2e pixel check looks for
const GRID = [129, 199, 132];
const RIVER = [100, 160, 220];
function pngTile(z, x, y, size = 256) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  // A river along a fixed latitude band, so neighbouring tiles join up.
  const n = 2 ** z;
  for (let py = 0; py < size; py++) {
    raw[py * (size * 3 + 1)] = 0;
    const worldY = (y + py / size) / n;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * worldY))) * 180) / Math.PI;
    for (let px = 0; px < size; px++) {
      const grid = px % 64 === 0 || py % 64 === 0;
      const river = Math.abs(lat - 51.455) < 0.0015;
      const [r, g, b] = river ? RIVER : grid ? GRID : GROUND;
      const o = py * (size * 3 + 1) + 1 + px * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- MVT in the Protomaps basemap schema ----
function vectorLayers() {
  const { west: w, south: s, east: e, north: n } = BOUNDS;
  const fc = (features) => ({ type: 'FeatureCollection', features });
  const poly = (coords, properties) => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Polygon', coordinates: [coords] },
  });
  const line = (coords, properties) => ({
    type: 'Feature',
    properties,
    geometry: { type: 'LineString', coordinates: coords },
  });
  const point = (c, properties) => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates: c },
  });
  return {
    earth: fc([
      poly(
        [
          [w - 1, s - 1],
          [e + 1, s - 1],
          [e + 1, n + 1],
          [w - 1, n + 1],
          [w - 1, s - 1],
        ],
        { kind: 'earth' },
      ),
    ]),
    water: fc([
      poly(
        [
          [w - 1, 51.4535],
          [e + 1, 51.4535],
          [e + 1, 51.4565],
          [w - 1, 51.4565],
          [w - 1, 51.4535],
        ],
        { kind: 'water' },
      ),
    ]),
    roads: fc([
      line(
        [
          [w, 51.4556],
          [e, 51.4556],
        ],
        { kind: 'major_road', name: 'Probestraße' },
      ),
      line(
        [
          [7.0116, s],
          [7.0116, n],
        ],
        { kind: 'minor_road', name: 'Musterweg' },
      ),
    ]),
    places: fc([
      point([7.0116, 51.4556], { kind: 'locality', name: 'Beispielstadt', min_zoom: 0 }),
    ]),
  };
}

function makeVectorTiles() {
  const layers = vectorLayers();
  const indexes = Object.fromEntries(
    Object.entries(layers).map(([name, data]) => [
      name,
      new geojsonvt(data, { maxZoom: MAX_ZOOM, indexMaxZoom: MAX_ZOOM, buffer: 64 }),
    ]),
  );
  return (z, x, y) => {
    const tiles = {};
    for (const [name, index] of Object.entries(indexes)) {
      const t = index.getTile(z, x, y);
      if (t) tiles[name] = t;
    }
    return Buffer.from(vtpbf.fromGeojsonVt(tiles, { version: 2 }));
  };
}

// ---- PMTiles v3 ----
function varint(n, out) {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}
function directory(entries) {
  const out = [];
  varint(entries.length, out);
  let last = 0;
  for (const e of entries) {
    varint(e.tileId - last, out);
    last = e.tileId;
  }
  for (const e of entries) varint(e.runLength, out);
  for (const e of entries) varint(e.length, out);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    varint(prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1, out);
  });
  return Buffer.from(out);
}
function writePmtiles(tiles, tileType, metadata) {
  tiles.sort((a, b) => a.tileId - b.tileId);
  const entries = [];
  const data = [];
  let offset = 0;
  for (const t of tiles) {
    entries.push({ tileId: t.tileId, runLength: 1, offset, length: t.bytes.length });
    data.push(t.bytes);
    offset += t.bytes.length;
  }
  const root = directory(entries);
  const meta = Buffer.from(JSON.stringify(metadata));
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header[7] = 3;
  const u64 = (pos, v) => header.writeBigUInt64LE(BigInt(v), pos);
  const rootOffset = 127;
  const metaOffset = rootOffset + root.length;
  const dataOffset = metaOffset + meta.length;
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metaOffset);
  u64(32, meta.length);
  u64(40, dataOffset); // no leaf directories
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, offset);
  u64(72, tiles.length);
  u64(80, tiles.length);
  u64(88, tiles.length);
  header[96] = 1; // clustered
  header[97] = 1; // internal compression: none
  header[98] = 1; // tile compression: none
  header[99] = tileType; // 1 MVT, 2 PNG
  header[100] = MIN_ZOOM;
  header[101] = MAX_ZOOM;
  const e7 = (pos, v) => header.writeInt32LE(Math.round(v * 1e7), pos);
  e7(102, BOUNDS.west);
  e7(106, BOUNDS.south);
  e7(110, BOUNDS.east);
  e7(114, BOUNDS.north);
  header[118] = 13;
  e7(119, (BOUNDS.west + BOUNDS.east) / 2);
  e7(123, (BOUNDS.south + BOUNDS.north) / 2);
  return Buffer.concat([header, root, meta, ...data]);
}

function allTiles(make) {
  const tiles = [];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    for (const { x, y } of tilesInBounds(z))
      tiles.push({ tileId: zxyToTileId(z, x, y), bytes: make(z, x, y) });
  }
  return tiles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(OUT, { recursive: true });
  const raster = writePmtiles(allTiles(pngTile), 2, {
    name: 'Verbundplaner test raster',
    attribution: 'Synthetische Testdaten',
  });
  const vecTile = makeVectorTiles();
  const vector = writePmtiles(allTiles(vecTile), 1, {
    name: 'Verbundplaner test vector',
    attribution: 'Synthetische Testdaten',
    vector_layers: ['earth', 'water', 'roads', 'places'].map((id) => ({ id, fields: {} })),
  });
  writeFileSync(join(OUT, 'raster.pmtiles'), raster);
  writeFileSync(join(OUT, 'vector.pmtiles'), vector);
  console.log(`raster.pmtiles ${raster.length} bytes, vector.pmtiles ${vector.length} bytes`);
}
