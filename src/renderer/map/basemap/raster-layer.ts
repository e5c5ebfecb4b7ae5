// Raster tiles (PNG/JPEG/WebP) from a PMTiles archive as a Leaflet layer. pmtiles ships a
// `leafletRasterLayer`, but it never revokes a tile's object URL (memory grows with every pan),
// leaves a tile that is not in the archive loading forever and rethrows read errors as unhandled
// rejections; this layer does the same work without those.
import type { PMTiles } from 'pmtiles';
import { L } from '../leaflet-setup';

const MIME = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;

export interface RasterLayerOptions extends L.GridLayerOptions {
  kind: keyof typeof MIME;
}

class PmtilesRasterLayer extends L.GridLayer {
  /** Reads still under way per tile, cancelled when Leaflet drops the tile (pan, zoom). */
  private readonly reads = new WeakMap<HTMLElement, AbortController>();

  constructor(
    private readonly archive: PMTiles,
    private readonly mime: string,
    options: L.GridLayerOptions,
  ) {
    super(options);
    this.on('tileunload', (e: L.TileEvent) => this.reads.get(e.tile)?.abort());
  }

  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const img = document.createElement('img');
    img.alt = '';
    const controller = new AbortController();
    this.reads.set(img, controller);
    this.archive
      .getZxy(coords.z, coords.x, coords.y, controller.signal)
      .then((tile) => {
        // No tile here (outside the archive's data): an empty tile, not a spinner forever.
        if (!tile) return done(undefined, img);
        const url = URL.createObjectURL(new Blob([tile.data], { type: this.mime }));
        img.onload = () => {
          URL.revokeObjectURL(url);
          done(undefined, img);
        };
        img.onerror = () => {
          URL.revokeObjectURL(url);
          done(new Error('Kachel unlesbar'), img);
        };
        img.src = url;
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          done(error instanceof Error ? error : new Error(String(error)), img);
      });
    return img;
  }
}

export function pmtilesRasterLayer(archive: PMTiles, options: RasterLayerOptions): L.GridLayer {
  const { kind, ...gridOptions } = options;
  return new PmtilesRasterLayer(archive, MIME[kind], gridOptions);
}
