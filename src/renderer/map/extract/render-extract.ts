// A map extract: one PNG of a given area and size with basemap tiles (or the neutral grid),
// the plan's cordons, routes, places and targets, a scale bar, a north arrow, a legend and the
// classification marking. Drawn on an OffscreenCanvas, so the visible map is never touched and
// a worker (the briefing) can draw the same extracts; the object sheet of one premises and the
// Lagekarte of the whole operation differ only in their input.
import {
  bandHeight,
  drawLegend,
  drawMarking,
  drawNeutral,
  drawNorthArrow,
  drawScaleBar,
  legendBox,
  northArrowBox,
  scaleBarBox,
} from './draw-frame';
import { drawPoints, drawShapes } from './draw-features';
import { fitView, tileZoomFor, tilesFor, type ExtractView } from '@shared/maps/mercator';
import type { ExtractBasemap, ExtractInput } from './types';

const MIME = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;

export interface MapExtract {
  png: Blob;
  /** Where the area landed: lets a caller (or a test) place things on the image. */
  view: ExtractView;
}

/** Symbol and text size grow with the sheet, so a printed A3 reads like the screen. */
export function extractUnit(width: number, height: number): number {
  return Math.max(1, Math.min(width, height) / 700);
}

/** The view of an extract: the area fitted below the marking band, with room for markers. */
export function extractView(input: ExtractInput): ExtractView {
  const u = extractUnit(input.width, input.height);
  const band = bandHeight(u);
  const inner = fitView(input.area, input.width, input.height - band, {
    padding: 56 * u,
    maxZoom: input.maxZoom ?? 17,
  });
  // The band covers the top: the fitted box starts below it.
  return {
    ...inner,
    origin: { x: inner.origin.x, y: inner.origin.y - band },
    height: input.height,
  };
}

async function drawTiles(
  ctx: OffscreenCanvasRenderingContext2D,
  view: ExtractView,
  basemap: ExtractBasemap,
  signal?: AbortSignal,
): Promise<void> {
  const z = tileZoomFor(view.zoom, basemap.minZoom, basemap.maxZoom);
  const tiles = tilesFor(view, z);
  // All tiles are read at once (the pmtiles source batches directory reads); each is drawn as
  // soon as it is decoded, and its bitmap freed.
  await Promise.all(
    tiles.map(async (t) => {
      const data = await basemap.tile(t.z, t.x, t.y, signal);
      if (!data) return;
      const bitmap = await createImageBitmap(new Blob([data], { type: MIME[basemap.kind] }));
      try {
        // Whole pixels on both edges, so neighbouring scaled tiles leave no hairline between.
        const left = Math.floor(t.left);
        const top = Math.floor(t.top);
        ctx.drawImage(
          bitmap,
          left,
          top,
          Math.ceil(t.left + t.size) - left,
          Math.ceil(t.top + t.size) - top,
        );
      } finally {
        bitmap.close();
      }
    }),
  );
}

/** Draws the extract and encodes it as PNG. A basemap of null draws the neutral grid. */
export async function renderMapExtract(
  input: ExtractInput,
  basemap: ExtractBasemap | null,
  signal?: AbortSignal,
): Promise<MapExtract> {
  const width = Math.round(input.width);
  const height = Math.round(input.height);
  const view = extractView({ ...input, width, height });
  const u = extractUnit(width, height);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Kein Zeichenbereich für den Kartenausschnitt');
  // The grid is the ground everywhere the basemap has no tile (outside its area).
  drawNeutral(ctx, view, u, input.legend.language);
  if (basemap) await drawTiles(ctx, view, basemap, signal);
  drawShapes(ctx, view, input.features, u);
  // Labels stay below the marking band and clear of what the frame draws over the map.
  const frame = {
    bounds: { left: 0, top: bandHeight(u), right: width, bottom: height },
    obstacles: [
      northArrowBox(width, u),
      scaleBarBox(view, u),
      legendBox(ctx, input, view, u),
    ].flatMap((b) => (b ? [b] : [])),
  };
  drawPoints(ctx, view, input.features, input.targets, u, frame);
  drawScaleBar(ctx, view, u);
  drawLegend(ctx, input, view, u);
  drawNorthArrow(ctx, width, u);
  drawMarking(ctx, width, input.marking, u);
  const png = await canvas.convertToBlob({ type: 'image/png' });
  return { png, view };
}
