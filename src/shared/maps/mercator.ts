// Web Mercator for map extracts, without a Leaflet map: an extract is drawn on a detached canvas
// (also in a worker), so it needs the same pixel math as the live map (EPSG:3857, 256 px tiles)
// as plain functions. Pure: no DOM, tested in Node.
import type { LatLng } from '@shared/maps/features';

export const TILE_SIZE = 256;
/** Leaflet's limit of the projection: beyond it the world is clamped. */
const MAX_LAT = 85.0511287798;
/** Metres per pixel at the equator at zoom 0 (WGS84 equatorial circumference / 256). */
const EQUATOR_M_PER_PX = 156_543.03392804097;

export interface GeoBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Point {
  x: number;
  y: number;
}

/** What an extract shows: the zoom (fractional) and the world pixel at its top-left corner. */
export interface ExtractView {
  zoom: number;
  origin: Point;
  width: number;
  height: number;
}

/** World pixel of a position at a (fractional) zoom, as Leaflet's CRS computes it. */
export function project({ lat, lng }: LatLng, zoom: number): Point {
  const scale = TILE_SIZE * 2 ** zoom;
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

/** The inverse of project. */
export function unproject({ x, y }: Point, zoom: number): LatLng {
  const scale = TILE_SIZE * 2 ** zoom;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  return {
    lat: (180 / Math.PI) * Math.atan(Math.sinh(n)),
    lng: (x / scale) * 360 - 180,
  };
}

/** Canvas pixel of a position in a view. */
export function toCanvas(view: ExtractView, at: LatLng): Point {
  const p = project(at, view.zoom);
  return { x: p.x - view.origin.x, y: p.y - view.origin.y };
}

/**
 * The view that shows `area` whole and centred in a box of `width`×`height` pixels, with
 * `padding` pixels kept free on every side; never closer than `maxZoom` (one house fills no
 * sheet).
 */
export function fitView(
  area: GeoBounds,
  width: number,
  height: number,
  { padding = 0, maxZoom = 18 }: { padding?: number; maxZoom?: number } = {},
): ExtractView {
  const nw0 = project({ lat: area.north, lng: area.west }, 0);
  const se0 = project({ lat: area.south, lng: area.east }, 0);
  const spanX = Math.max(se0.x - nw0.x, 1e-9);
  const spanY = Math.max(se0.y - nw0.y, 1e-9);
  const freeX = Math.max(width - 2 * padding, 1);
  const freeY = Math.max(height - 2 * padding, 1);
  const zoom = Math.min(maxZoom, Math.log2(Math.min(freeX / spanX, freeY / spanY)));
  const k = 2 ** zoom;
  const centre = { x: ((nw0.x + se0.x) / 2) * k, y: ((nw0.y + se0.y) / 2) * k };
  return { zoom, origin: { x: centre.x - width / 2, y: centre.y - height / 2 }, width, height };
}

/** The area around points, or null when there is none. */
export function boundsOf(points: readonly LatLng[]): GeoBounds | null {
  if (points.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { lat, lng } of points) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return { west, south, east, north };
}

/** Ground metres one canvas pixel covers at a latitude (what a scale bar measures). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EQUATOR_M_PER_PX * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom;
}

/** The longest round length (1, 2 or 5 × 10^n m) that fits in `maxPx`, and its pixels. */
export function scaleBar(mPerPx: number, maxPx: number): { metres: number; px: number } {
  const max = mPerPx * maxPx;
  const decade = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((f) => f * decade).find((m) => m <= max) ?? decade;
  return { metres, px: metres / mPerPx };
}

/** A scale bar's length in words, the German way ("500 m", "1,5 km" never occurs: 1/2/5). */
export function formatMetres(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}

export interface TileRef {
  z: number;
  x: number;
  y: number;
  /** Canvas position and edge length of the tile in this view. */
  left: number;
  top: number;
  size: number;
}

/**
 * The tiles of zoom `tileZoom` that cover a view, with where each lands on the canvas; a view
 * between two zooms draws the nearer tile level scaled.
 */
export function tilesFor(view: ExtractView, tileZoom: number): TileRef[] {
  const size = TILE_SIZE * 2 ** (view.zoom - tileZoom);
  const count = 2 ** tileZoom;
  const x0 = Math.max(0, Math.floor(view.origin.x / size));
  const y0 = Math.max(0, Math.floor(view.origin.y / size));
  const x1 = Math.min(count - 1, Math.floor((view.origin.x + view.width) / size));
  const y1 = Math.min(count - 1, Math.floor((view.origin.y + view.height) / size));
  const tiles: TileRef[] = [];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      tiles.push({
        z: tileZoom,
        x,
        y,
        left: x * size - view.origin.x,
        top: y * size - view.origin.y,
        size,
      });
    }
  }
  return tiles;
}

/** The tile level for a view: the nearest one the basemap has. */
export function tileZoomFor(zoom: number, minZoom: number, maxZoom: number): number {
  return Math.max(minZoom, Math.min(maxZoom, Math.round(zoom)));
}

/** Grid spacing in degrees for the neutral background: about four lines per 256 px. */
export function gridStep(zoom: number): number {
  const degPerTile = 360 / 2 ** zoom;
  const steps = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005];
  return steps.find((s) => s <= degPerTile / 3) ?? 0.0002;
}
