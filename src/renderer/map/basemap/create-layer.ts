// The one place a basemap becomes a Leaflet layer: every map (Karte, operation map, locating,
// extracts) gets its basemap from here. `null` means "none": the map keeps its neutral layer.
import { PMTiles } from 'pmtiles';
import { leafletLayer } from 'protomaps-leaflet';
import type { BasemapState } from '@shared/ipc/contract';
import type { HostApi } from '@shared/ipc/host-api';
import { normaliseTileTemplate } from '@shared/maps';
import { L } from '../leaflet-setup';
import { HostRangeSource } from './host-source';
import { pmtilesRasterLayer } from './raster-layer';

/** Leaflet renders attribution as HTML: the user's text is shown as text, never as markup. */
export function escapeAttribution(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function createBasemapLayer(state: BasemapState, host: HostApi): L.Layer | null {
  const { settings, file } = state;
  if (settings.source === 'file' && file !== null) {
    const archive = new PMTiles(new HostRangeSource(host.basemap, `basemap:${file.installedAt}`));
    const [west, south, east, north] = file.bounds;
    // Tiles outside the file's area or zoom range are never asked for; beyond its deepest
    // zoom Leaflet enlarges the last level.
    const common = {
      bounds: L.latLngBounds([south, west], [north, east]),
      minNativeZoom: file.minZoom,
      maxNativeZoom: file.maxZoom,
      attribution: escapeAttribution(file.name),
    };
    if (file.kind === 'mvt') {
      // Labels are drawn on canvas with the system's sans-serif: no font file is fetched.
      const layer: unknown = leafletLayer({
        url: archive,
        flavor: 'light',
        lang: 'de',
        maxDataZoom: file.maxZoom,
        bounds: common.bounds,
        attribution: common.attribution,
      });
      // protomaps-leaflet builds a subclass of the global L.GridLayer but types it loosely.
      if (!(layer instanceof L.GridLayer)) throw new Error('protomaps-leaflet: no GridLayer');
      return layer;
    }
    return pmtilesRasterLayer(archive, { kind: file.kind, ...common });
  }
  if (settings.source === 'server' && settings.server !== null) {
    const { kind, url, layers, attribution } = settings.server;
    const options = {
      attribution: escapeAttribution(attribution),
      maxZoom: 19,
      // The server learns the viewed area (the user was told); it need not learn the page.
      referrerPolicy: 'no-referrer' as const,
    };
    return kind === 'wms'
      ? L.tileLayer.wms(url, { ...options, layers, format: 'image/png' })
      : L.tileLayer(normaliseTileTemplate(url), options);
  }
  return null;
}
