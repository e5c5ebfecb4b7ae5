// What every extract carries besides the map: the classification marking in a band at the top,
// a north arrow, a scale bar and a legend of what is drawn. Also the neutral background (the
// basemap "none"), drawn straight onto the extract's canvas in its pixels.
import { MAP_PLACE_KINDS, type MapFeature, type MapFeatureKind } from '@shared/maps/features';
import { EXTRACT_COLOURS, PLACE_BADGE, drawDisc, markerRadius } from './draw-features';
import {
  formatMetres,
  gridStep,
  metresPerPixel,
  scaleBar,
  unproject,
  type ExtractView,
} from '@shared/maps/mercator';
import type { Box } from '@shared/maps/label-placement';
import { gridDegreeLabel } from '../degree-label';
import type { ExtractInput } from './types';

type Ctx = OffscreenCanvasRenderingContext2D;

/** Height of the marking band at the top, in canvas pixels. */
export const bandHeight = (u: number): number => Math.round(28 * u);

/** One grid line of the neutral ground: where it is on the canvas and its degree label. */
export interface GridLine {
  at: number;
  label: string;
}

/**
 * The neutral ground's grid lines for a view, labelled as the live grid labels them
 * (degree-label.ts): `7,005°` in a German extract, `7.005°` in an English one.
 */
export function neutralGrid(
  view: ExtractView,
  u: number,
  language: string,
): { step: number; vertical: GridLine[]; horizontal: GridLine[] } {
  const nw = unproject(view.origin, view.zoom);
  const se = unproject(
    { x: view.origin.x + view.width, y: view.origin.y + view.height },
    view.zoom,
  );
  // About four lines per 256 px at the extract's own scale.
  const step = gridStep(view.zoom - Math.log2(u));
  const label = gridDegreeLabel(language, step);
  const k = view.width / (se.lng - nw.lng);
  const vertical: GridLine[] = [];
  // Counted by index, not summed: `lng += step` drifts and could skip the last line.
  for (let i = Math.ceil(nw.lng / step); i * step <= se.lng; i++) {
    const lng = i * step;
    vertical.push({ at: Math.round((lng - nw.lng) * k) + 0.5, label: label(lng) });
  }
  // Latitude lines are not evenly spaced in Mercator: each is projected.
  const horizontal: GridLine[] = [];
  for (let i = Math.ceil(se.lat / step); i * step <= nw.lat; i++) {
    const lat = i * step;
    const sin = Math.sin((lat * Math.PI) / 180);
    const worldY = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256 * 2 ** view.zoom;
    horizontal.push({ at: Math.round(worldY - view.origin.y) + 0.5, label: label(lat) });
  }
  return { step, vertical, horizontal };
}

export function drawNeutral(ctx: Ctx, view: ExtractView, u: number, language: string) {
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, view.width, view.height);
  const grid = neutralGrid(view, u, language);
  ctx.strokeStyle = 'rgba(90, 90, 90, 0.25)';
  ctx.fillStyle = '#5c5c5c';
  ctx.lineWidth = u;
  ctx.font = `${Math.round(10 * u)}px sans-serif`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const { at: x, label } of grid.vertical) {
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, view.height);
    ctx.stroke();
    ctx.fillText(label, x + 2 * u, view.height - 6 * u);
  }
  for (const { at: y, label } of grid.horizontal) {
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(view.width, y);
    ctx.stroke();
    ctx.fillText(label, 2 * u, y - 2 * u);
  }
}

export function drawMarking(ctx: Ctx, width: number, marking: string, u: number) {
  const h = bandHeight(u);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, h);
  ctx.fillStyle = EXTRACT_COLOURS.ink;
  ctx.fillRect(0, h - u, width, u);
  ctx.font = `700 ${Math.round(15 * u)}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(marking, width / 2, h / 2);
}

/** Where the north arrow's white box is (labels keep clear of it). */
export function northArrowBox(width: number, u: number): Box {
  const cx = width - 28 * u;
  const top = bandHeight(u) + 12 * u;
  return { left: cx - 16 * u, top: top - 4 * u, right: cx + 16 * u, bottom: top + 48 * u };
}

/** A north arrow below the band at the right: the map is always north-up. */
export function drawNorthArrow(ctx: Ctx, width: number, u: number) {
  const cx = width - 28 * u;
  const top = bandHeight(u) + 12 * u;
  const box = northArrowBox(width, u);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
  ctx.fillStyle = EXTRACT_COLOURS.ink;
  ctx.beginPath();
  ctx.moveTo(cx, top);
  ctx.lineTo(cx + 10 * u, top + 28 * u);
  ctx.lineTo(cx, top + 22 * u);
  ctx.lineTo(cx - 10 * u, top + 28 * u);
  ctx.closePath();
  ctx.fill();
  ctx.font = `700 ${Math.round(13 * u)}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('N', cx, top + 38 * u);
}

function scaleBarLayout(view: ExtractView, u: number) {
  const centre = unproject(
    { x: view.origin.x + view.width / 2, y: view.origin.y + view.height / 2 },
    view.zoom,
  );
  const { metres, px } = scaleBar(metresPerPixel(centre.lat, view.zoom), 160 * u);
  const left = 12 * u;
  const base = view.height - 14 * u;
  const box = {
    left: left - 6 * u,
    top: base - 26 * u,
    right: left + px + 6 * u,
    bottom: base + 8 * u,
  };
  return { metres, px, left, base, box };
}

/** Where the scale bar's white box is (labels keep clear of it). */
export const scaleBarBox = (view: ExtractView, u: number): Box => scaleBarLayout(view, u).box;

export function drawScaleBar(ctx: Ctx, view: ExtractView, u: number) {
  const { metres, px, left, base, box } = scaleBarLayout(view, u);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
  ctx.strokeStyle = EXTRACT_COLOURS.ink;
  ctx.lineWidth = 2 * u;
  ctx.beginPath();
  ctx.moveTo(left, base - 8 * u);
  ctx.lineTo(left, base);
  ctx.lineTo(left + px, base);
  ctx.lineTo(left + px, base - 8 * u);
  ctx.stroke();
  ctx.fillStyle = EXTRACT_COLOURS.ink;
  ctx.font = `600 ${Math.round(12 * u)}px sans-serif`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(formatMetres(metres), left, base - 12 * u);
}

function legendLayout(ctx: Ctx, input: ExtractInput, view: ExtractView, u: number) {
  const kinds = new Set<MapFeatureKind>(input.features.map((f: MapFeature) => f.kind));
  const rows: { kind: MapFeatureKind | 'target'; text: string }[] = [];
  if (input.targets.length > 0) rows.push({ kind: 'target', text: input.legend.target });
  for (const f of input.features) {
    if (!kinds.delete(f.kind)) continue;
    rows.push({ kind: f.kind, text: input.legend.kinds[f.kind] ?? f.kind });
  }
  if (rows.length === 0) return null;
  const line = 24 * u;
  ctx.font = `600 ${Math.round(12 * u)}px sans-serif`;
  const textW = Math.max(
    ctx.measureText(input.legend.title).width,
    ...rows.map((r) => ctx.measureText(r.text).width),
  );
  const w = textW + 52 * u;
  const h = (rows.length + 1) * line + 8 * u;
  const left = view.width - w - 10 * u;
  const top = view.height - h - 10 * u;
  return { rows, line, left, top, w, h };
}

/** Where the legend's box is, if there is one (labels keep clear of it). */
export function legendBox(ctx: Ctx, input: ExtractInput, view: ExtractView, u: number): Box | null {
  const l = legendLayout(ctx, input, view, u);
  return l ? { left: l.left, top: l.top, right: l.left + l.w, bottom: l.top + l.h } : null;
}

/** The legend at the bottom right: one line per kind of item actually drawn. */
export function drawLegend(ctx: Ctx, input: ExtractInput, view: ExtractView, u: number) {
  const layout = legendLayout(ctx, input, view, u);
  if (!layout) return;
  const { rows, line, left, top, w, h } = layout;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.fillRect(left, top, w, h);
  ctx.strokeStyle = '#868e96';
  ctx.lineWidth = u;
  ctx.strokeRect(left, top, w, h);
  ctx.fillStyle = EXTRACT_COLOURS.ink;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.font = `700 ${Math.round(12 * u)}px sans-serif`;
  ctx.fillText(input.legend.title, left + 8 * u, top + line / 2 + 4 * u);
  const small = u * 0.6;
  rows.forEach((row, i) => {
    const y = top + (i + 1.5) * line + 4 * u;
    const x = left + 20 * u;
    if (row.kind === 'target') {
      drawDisc(ctx, x, y, small, EXTRACT_COLOURS.target, '#ffffff', '1', '#ffffff');
    } else if (row.kind === 'cordon' || row.kind === 'route') {
      ctx.save();
      ctx.strokeStyle = row.kind === 'cordon' ? EXTRACT_COLOURS.cordon : EXTRACT_COLOURS.route;
      ctx.lineWidth = (row.kind === 'cordon' ? 3 : 4) * u;
      if (row.kind === 'cordon') ctx.setLineDash([6 * u, 4 * u]);
      ctx.beginPath();
      ctx.moveTo(x - markerRadius(small), y);
      ctx.lineTo(x + markerRadius(small), y);
      ctx.stroke();
      ctx.restore();
    } else {
      const place = MAP_PLACE_KINDS.find((k) => k === row.kind);
      const badge = PLACE_BADGE[place ?? 'marker'];
      drawDisc(ctx, x, y, small, badge.fill, EXTRACT_COLOURS.ink, badge.mark, EXTRACT_COLOURS.ink);
    }
    ctx.fillStyle = EXTRACT_COLOURS.ink;
    ctx.font = `600 ${Math.round(12 * u)}px sans-serif`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(row.text, left + 36 * u, y);
  });
}
