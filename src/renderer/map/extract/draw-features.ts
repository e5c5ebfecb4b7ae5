// The operation map's items on an extract canvas, in the live map's colours (symbols.css,
// useFeatureLayers) so a printed map reads like the screen: cordons red dashed, routes blue,
// places as badges with their short mark, targets as red discs with their number.
import { isMapPlace, type MapFeature, type MapPlaceKind } from '@shared/maps/features';
import { labelBox, placeLabels, type Box } from '@shared/maps/label-placement';
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

/** A label's text as drawn: long labels are cut with an ellipsis (`width` measures a text). */
function fitLabel(
  text: string,
  u: number,
  width: (text: string) => number,
): { shown: string; width: number } {
  let shown = text;
  const max = 220 * u;
  while (shown.length > 1 && width(shown) > max) shown = shown.slice(0, -1);
  if (shown !== text) shown = `${shown.slice(0, -1)}…`;
  return { shown, width: width(shown) + 8 * u };
}

/** A label in a white box at `box`. */
function drawLabel(ctx: Ctx, shown: string, box: Box, u: number) {
  const w = box.right - box.left;
  const h = box.bottom - box.top;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.fillRect(box.left, box.top, w, h);
  ctx.lineWidth = u;
  ctx.strokeStyle = '#868e96';
  ctx.strokeRect(box.left, box.top, w, h);
  ctx.font = `600 ${Math.round(12 * u)}px sans-serif`;
  ctx.fillStyle = EXTRACT_COLOURS.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(shown, box.left + w / 2, box.top + h / 2 + 0.5 * u);
}

/** The frame's parts over the map that labels keep clear of, and the area they stay in. */
export interface LabelFrame {
  bounds: Box;
  obstacles: readonly Box[];
}

export interface PlacedLabel {
  text: string;
  box: Box;
}

/**
 * Where the labels of places and targets go. Each takes a free side of its marker as on the
 * live map (`placeLabels`: beneath, above, right, left; targets by number first), clear of the
 * other labels and markers and of the frame (band, scale bar, north arrow, legend); a label
 * with no free side is left out — it is in the plan and on the print sheet's list of targets.
 * `width` measures a text in the label font (the canvas's `measureText` when drawing).
 */
export function layoutPointLabels(
  view: ExtractView,
  features: readonly MapFeature[],
  targets: readonly ExtractTarget[],
  u: number,
  frame: LabelFrame,
  width: (text: string) => number,
): PlacedLabel[] {
  const size = { width: 2 * markerRadius(u), height: 2 * markerRadius(u) };
  const labelled = [
    ...targets.map((t) => ({ id: `t${t.number}`, text: t.label, ...toCanvas(view, t.at) })),
    ...features
      .filter(isMapPlace)
      .map((f) => ({ id: `p${f.id}`, text: f.label, ...toCanvas(view, f.at) })),
  ].flatMap((item) => {
    if (!item.text) return [];
    const fitted = fitLabel(item.text, u, width);
    return [
      {
        ...item,
        shown: fitted.shown,
        symbol: size,
        label: { width: fitted.width, height: 16 * u },
      },
    ];
  });
  const gap = 3 * u;
  const sides = placeLabels(labelled, { ...frame, gap });
  return labelled.flatMap((item) => {
    const side = sides.get(item.id);
    return side ? [{ text: item.shown, box: labelBox(item, side, gap) }] : [];
  });
}

/** Places and targets with their labels (see layoutPointLabels). */
export function drawPoints(
  ctx: Ctx,
  view: ExtractView,
  features: readonly MapFeature[],
  targets: readonly ExtractTarget[],
  u: number,
  frame: LabelFrame,
) {
  ctx.font = `600 ${Math.round(12 * u)}px sans-serif`;
  const labels = layoutPointLabels(view, features, targets, u, frame, (text) => {
    return ctx.measureText(text).width;
  });
  for (const label of labels) drawLabel(ctx, label.text, label.box, u);
  const places = features.filter(isMapPlace).map((f) => ({ f, ...toCanvas(view, f.at) }));
  const discs = targets.map((t) => ({ t, ...toCanvas(view, t.at) }));
  for (const { f, x, y } of places) {
    const badge = PLACE_BADGE[f.kind];
    drawDisc(ctx, x, y, u, badge.fill, EXTRACT_COLOURS.ink, badge.mark, EXTRACT_COLOURS.ink);
  }
  for (const { t, x, y } of discs) {
    drawDisc(ctx, x, y, u, EXTRACT_COLOURS.target, '#ffffff', String(t.number), '#ffffff');
  }
}
