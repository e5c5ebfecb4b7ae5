// The basemap choice and an agency's map server (XYZ/WMTS template or WMS), as stored and sent
// over the host seam. Pure: the server's https origin is what the desktop CSP admits, nothing
// wider; a template that is not plain https is refused before it can reach the policy.
import { z } from 'zod';
import { tileOriginFromTemplate } from '../security/csp';

export const BASEMAP_SOURCES = ['none', 'file', 'server'] as const;
export type BasemapSource = (typeof BASEMAP_SOURCES)[number];

/** WMTS REST templates name the tile matrix, column and row; Leaflet wants z, x and y. */
export function normaliseTileTemplate(url: string): string {
  return url
    .replace(/\{TileMatrix\}/g, '{z}')
    .replace(/\{TileCol\}/g, '{x}')
    .replace(/\{TileRow\}/g, '{y}');
}

/** The canonical https origin of a map server URL or template, or null when it is not one. */
export function mapServerOrigin(url: string): string | null {
  return tileOriginFromTemplate(normaliseTileTemplate(url.trim()));
}

const hasXyz = (url: string): boolean =>
  ['{z}', '{x}', '{y}'].every((p) => normaliseTileTemplate(url).includes(p));

export const mapServerSchema = z
  .strictObject({
    /** `xyz` covers XYZ and WMTS REST templates; `wms` is a WMS GetMap endpoint. */
    kind: z.enum(['xyz', 'wms']),
    url: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .refine((u) => mapServerOrigin(u) !== null, 'Nur https-Adressen ohne Zugangsdaten.'),
    /** WMS layer names, comma-separated; empty for XYZ. */
    layers: z
      .string()
      .trim()
      .max(200)
      .regex(/^[A-Za-z0-9_.:, -]*$/, 'Ungültige Ebenennamen.'),
    /** Shown on the map: the source's owner asks for it. */
    attribution: z.string().trim().min(1).max(200),
  })
  .refine((s) => s.kind !== 'xyz' || hasXyz(s.url), {
    message: 'Die Vorlage braucht {z}, {x} und {y} (oder {TileMatrix}, {TileCol}, {TileRow}).',
    path: ['url'],
  })
  .refine((s) => s.kind !== 'wms' || s.layers.trim() !== '', {
    message: 'Ein WMS braucht mindestens eine Ebene.',
    path: ['layers'],
  });
export type MapServer = z.infer<typeof mapServerSchema>;

export const basemapSettingsSchema = z
  .strictObject({
    /** `server` means the user turned it on after the notice; the default is `none`. */
    source: z.enum(BASEMAP_SOURCES),
    server: mapServerSchema.nullable(),
  })
  .refine((s) => s.source !== 'server' || s.server !== null, {
    message: 'Kein Kartenserver eingetragen.',
    path: ['source'],
  });
export type BasemapSettings = z.infer<typeof basemapSettingsSchema>;

/**
 * Public services of the Federal Agency for Cartography and Geodesy (BKG), offered to fill the
 * form. Like any server they are stored switched off and asked only after the notice.
 */
export const PUBLIC_MAP_PRESETS: readonly { id: string; label: string; server: MapServer }[] = [
  {
    id: 'basemapde',
    label: 'basemap.de (BKG, WMS)',
    server: {
      kind: 'wms',
      url: 'https://sgx.geodatenzentrum.de/wms_basemapde',
      layers: 'de_basemapde_web_raster_farbe',
      attribution: '© basemap.de / BKG',
    },
  },
  {
    id: 'topplusopen',
    label: 'TopPlusOpen (BKG, WMTS)',
    server: {
      kind: 'xyz',
      url: 'https://sgx.geodatenzentrum.de/wmts_topplus_open/tile/1.0.0/web/default/WEBMERCATOR/{z}/{y}/{x}.png',
      attribution: '© BKG (dl-de/by-2-0)',
      layers: '',
    },
  },
];

export const DEFAULT_BASEMAP_SETTINGS: BasemapSettings = { source: 'none', server: null };

/** The hosts the policy must admit for these settings: the server's origin only while it is on. */
export function basemapTileHosts(settings: BasemapSettings): string[] {
  if (settings.source !== 'server' || settings.server === null) return [];
  const origin = mapServerOrigin(settings.server.url);
  return origin === null ? [] : [origin];
}
