// Inspects a basemap file through a range reader before it is used: the header check, and for
// vector tiles the metadata JSON against the Protomaps schema. Pure and host-neutral: main reads
// ranges from a file handle, the web edition from a File; each brings its own gunzip.
import {
  checkPmtilesHeader,
  checkVectorSchema,
  FIRST_READ,
  type PmtilesError,
} from './pmtiles-check';
import type { PmtilesInfo } from './pmtiles-check';

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type RangeReader = (offset: number, length: number) => Promise<Uint8Array>;
/** Decompresses gzip, refusing output larger than `maxBytes` (a bomb in the metadata). */
export type Gunzip = (bytes: Uint8Array, maxBytes: number) => Promise<Uint8Array>;

/** Decompressed metadata larger than this is refused: no basemap needs more. */
export const MAX_METADATA_JSON = 4 * 1024 * 1024;

export type InspectResult = { ok: true; value: PmtilesInfo } | { ok: false; error: PmtilesError };

export async function inspectBasemap(
  read: RangeReader,
  size: number,
  gunzip: Gunzip,
): Promise<InspectResult> {
  const head = await read(0, Math.min(FIRST_READ, size));
  const header = checkPmtilesHeader(head, size);
  if (!header.ok || header.value.kind !== 'mvt') return header;
  const info = header.value;
  if (info.metadataLength === 0) return { ok: false, error: 'vector_schema' };
  let json: string;
  try {
    const raw = await read(info.metadataOffset, info.metadataLength);
    const bytes = info.internalCompression === 'gzip' ? await gunzip(raw, MAX_METADATA_JSON) : raw;
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'bad_metadata' };
  }
  const schema = checkVectorSchema(json);
  return schema.ok ? header : schema;
}

/** The German message for a refused basemap file, shown as it is in every edition. */
export const BASEMAP_ERROR_MESSAGES: Readonly<Record<PmtilesError, string>> = {
  too_small: 'Die Datei ist zu klein für eine PMTiles-Kartendatei.',
  bad_magic: 'Die Datei ist keine PMTiles-Kartendatei (Kennung fehlt).',
  bad_version: 'Nur PMTiles-Kartendateien der Version 3 werden unterstützt.',
  bad_offsets: 'Die Kartendatei ist beschädigt: Ihre Inhaltsangaben zeigen aus der Datei hinaus.',
  bad_zoom: 'Die Kartendatei ist beschädigt: Ihr Zoombereich ist ungültig.',
  bad_bounds: 'Die Kartendatei ist beschädigt: Ihr Kartenausschnitt ist ungültig.',
  unsupported_tile_type:
    'Diese Kacheln werden nicht unterstützt (nur PNG, JPEG, WebP und Vektorkacheln).',
  unsupported_compression:
    'Diese Kompression wird nicht unterstützt (nur ohne oder mit gzip komprimierte Dateien).',
  bad_metadata: 'Die Kartendatei ist beschädigt: Ihre Metadaten sind unlesbar.',
  vector_schema:
    'Die Vektorkacheln folgen nicht dem Protomaps-Schema und würden falsch gezeichnet. Verwenden Sie eine Protomaps-Basiskarte oder eine Rasterkarte.',
};
