// The operation map's items on an extract canvas, in the live map's colours (symbols.css,
// useFeatureLayers) so a printed map reads like the screen: cordons red dashed, routes blue,
// places as badges with their short mark, targets as red discs with their number.
import { isMapPlace, type MapFeature, type MapPlaceKind } from '@shared/maps/features';
import { toCanvas, type ExtractView } from '@shared/maps/mercator';
import type { ExtractTarget } from './types';

type Ctx = OffscreenCanvasRenderingContext2D;

export const EXTRACT_COLOURS = {
  target: '#c92a2a',
  cordon: '#c92a2a',
  route: '#1864ab',
  ink: '#1a1b1e',
} as const;

/** Short marks for places, as on the live map's badges. */
export const PLACE_BADGE: Record<MapPlaceKind, { mark: string; fill: string }> = {
  staging: { mark: 'BR', fill: '#ffffff' },
  assembly: { mark: 'S', fill: '#ffffff' },
  command_post: { mark: 'B', fill: '#ffffff' },
  custody: { mark: 'G', fill: '#ffffff' },
  hospital: { mark: 'K', fill: '#ffffff' },
  press: { mark: 'P', fill: '#ffe066' },
  marker: { mark: '•', fill: '#a5d8ff' },
};

/** Radius of a target disc or place badge in canvas pixels for unit `u`. */
export const markerRadius = (u: number): number => 14 * u;

function path(ctx: Ctx, view: ExtractView, points: readonly { lat: number; lng: number }[]) {
  ctx.beginPath();
  points.forEach((p, i) => {
    const { x, y } = toCanvas(view, p);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
}

export function drawShapes(
  ctx: Ctx,
  view: ExtractView,
  features: readonly MapFeature[],
  u: number,
) {
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const f of features) {
    if (f.kind === 'cordon') {
      path(ctx, view, f.ring);
      ctx.closePath();
      ctx.fillStyle = 'rgba(201, 42, 42, 0.08)';
      ctx.fill();
      ctx.setLineDash([8 * u, 6 * u]);
      ctx.lineWidth = 3 * u;
      ctx.strokeStyle = EXTRACT_COLOURS.cordon;
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (f.kind === 'route') {
      path(ctx, view, f.line);
      ctx.lineWidth = 4 * u;
      ctx.strokeStyle = EXTRACT_COLOURS.route;
      ctx.stroke();
    }
  }
  ctx.restore();
}

export function drawDisc(
  ctx: Ctx,
  x: number,
  y: number,
  u: number,
  fill: string,
  ring: string,
  text: string,
  textColour: string,
) {
  const r = markerRadius(u);
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 2 * u;
  ctx.strokeStyle = ring;
  ctx.stroke();
  ctx.fillStyle = textColour;
  ctx.font = `700 ${Math.round(13 * u)}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y + u);
}

/** A label in a white box below a marker; long labels are cut with an ellipsis. */
function drawLabel(ctx: Ctx, text: string, x: number, top: number, u: number) {
  if (!text) return;
  ctx.font = `600 ${Math.round(12 * u)}px sans-serif`;
  let shown = text;
  const max = 220 * u;
  while (shown.length > 1 && ctx.measureText(shown).width > max) shown = shown.slice(0, -1);
  if (shown !== text) shown = `${shown.slice(0, -1)}…`;
  const w = ctx.measureText(shown).width + 8 * u;
  const h = 16 * u;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillRect(x - w / 2, top, w, h);
  ctx.lineWidth = u;
  ctx.strokeStyle = '#868e96';
  ctx.strokeRect(x - w / 2, top, w, h);
  ctx.fillStyle = EXTRACT_COLOURS.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(shown, x, top + h / 2 + 0.5 * u);
}

/**
 * Places and targets. Labels go beneath the markers: where items crowd, a number or a sign
 * stays whole; the label it hides is in the plan (and on the print sheet's list of targets).
 */
export function drawPoints(
  ctx: Ctx,
  view: ExtractView,
  features: readonly MapFeature[],
  targets: readonly ExtractTarget[],
  u: number,
) {
  const places = features.filter(isMapPlace).map((f) => ({ f, ...toCanvas(view, f.at) }));
  const discs = targets.map((t) => ({ t, ...toCanvas(view, t.at) }));
  for (const { f, x, y } of places) drawLabel(ctx, f.label, x, y + markerRadius(u) + 3 * u, u);
  for (const { t, x, y } of discs) drawLabel(ctx, t.label, x, y + markerRadius(u) + 3 * u, u);
  for (const { f, x, y } of places) {
    const badge = PLACE_BADGE[f.kind];
    drawDisc(ctx, x, y, u, badge.fill, EXTRACT_COLOURS.ink, badge.mark, EXTRACT_COLOURS.ink);
  }
  for (const { t, x, y } of discs) {
    drawDisc(ctx, x, y, u, EXTRACT_COLOURS.target, '#ffffff', String(t.number), '#ffffff');
  }
}
