// The basemap "none": a neutral background with a labelled coordinate grid, drawn locally, so a
// map is readable and requests nothing from any server. The grid spacing follows the zoom
// (1° … 0.001°), labelled in decimal degrees in the UI language (`7,005°` / `7.005°`).
//
// The background is the map container's CSS colour and the grid one padded canvas
// (map/padded-canvas), redrawn when a move ends and scaled during a zoom. As a tile layer it put
// one 256 px canvas per tile into the page (some 30 at 1440 px, a new set per zoom level): their
// creation held up the task that starts a zoom, and the compositor committed each of them (B6).
// Labels repeat every 512 px (the tiles had them every 256 px): a label is still near wherever
// one looks, and the redraw sets a quarter of the text (some 700 labels on the padded canvas at
// 1440 px took 18 ms under load).
import { gridStep } from '@shared/maps/mercator';
import { gridDegreeLabel } from './degree-label';
import { L } from './leaflet-setup';
import { PaddedCanvas } from './padded-canvas';

const LINE = 'rgba(90, 90, 90, 0.25)';
const LABEL = '#5c5c5c';
/** The label raster: one label per line every this many pixels. */
const LABEL_EVERY = 512;
/**
 * A quarter view on each side (the cluster layer has half): each redraw hands the compositor
 * the whole canvas, and under load that commit was the largest part of the frame that ends a
 * zoom (B6). A longer drag shows the plain ground at the edge until the move ends.
 */
const PADDING = 0.25;

/** Labels at least this far apart: "7,0045°" is some 45 px wide in 10 px type. */
const LABEL_GAP = 80;

/**
 * Every how many longitude lines one is labelled, so neighbouring labels never touch: the lines
 * can be as close as 40 px at a deep zoom. Counted on the line's own index (degrees / step), so
 * the same lines keep their labels after a pan.
 */
const labelEvery = (linePx: number): number => Math.max(1, Math.ceil(LABEL_GAP / linePx));

export class NeutralLayer extends L.Layer {
  private surface: PaddedCanvas | null = null;

  /** `language`: the UI language the labels are written in (an i18n code such as `de`). */
  constructor(private language: string) {
    super();
  }

  /** Writes the labels in another language: one redraw, only when it changed. */
  setLanguage(language: string): void {
    if (language === this.language) return;
    this.language = language;
    if (this.surface) this.surface.element.lang = language;
    this.draw();
  }

  override onAdd(map: L.Map): this {
    map.getContainer().classList.add('vp-neutral-ground');
    const surface = new PaddedCanvas('vp-neutral-basemap', PADDING);
    // The language its labels are drawn in, as for any element with text.
    surface.element.lang = this.language;
    map.getPane('tilePane')?.appendChild(surface.element);
    this.surface = surface;
    // Drawn in the task that ends the move, with the cluster layer: both canvases reach the
    // compositor in one commit (a redraw in the next animation frame was a second long frame).
    map.on('moveend viewreset resize', this.draw, this);
    map.on('zoomanim', this.animateZoom, this);
    map.on('zoom', this.followZoom, this);
    this.draw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.getContainer().classList.remove('vp-neutral-ground');
    map.off('moveend viewreset resize', this.draw, this);
    map.off('zoomanim', this.animateZoom, this);
    map.off('zoom', this.followZoom, this);
    this.surface?.clear();
    this.surface = null;
    return this;
  }

  private animateZoom(e: L.ZoomAnimEvent): void {
    const map = this._map as L.Map | undefined;
    if (map) this.surface?.follow(map, e.center, e.zoom);
  }

  private followZoom(): void {
    const map = this._map as L.Map | undefined;
    if (map) this.surface?.follow(map, map.getCenter(), map.getZoom());
  }

  private draw(): void {
    const map = this._map as L.Map | undefined;
    const frame = map && this.surface?.place(map);
    if (!map || !frame) return;
    const { ctx, min, size, southWest: sw, northEast: ne } = frame;
    const zoom = map.getZoom();
    const step = gridStep(Math.round(zoom));
    // Canvas pixels from world pixels at this zoom: labels sit on the world's 256 px raster.
    const origin = map.project(map.containerPointToLatLng(min), zoom);
    const xs: [number, string | null][] = [];
    const stepPx =
      map.project(L.latLng(ne.lat, step), zoom).x - map.project(L.latLng(ne.lat, 0), zoom).x;
    const everyX = labelEvery(stepPx);
    // Only every n-th longitude is labelled: its labels need only that spacing's decimals
    // (7,004° 7,005° rather than 7,0040° 7,0050° for every other line of a 0.0005° grid).
    const lngLabel = gridDegreeLabel(this.language, step * everyX);
    const latLabel = gridDegreeLabel(this.language, step);
    for (let i = Math.ceil(sw.lng / step); i * step <= ne.lng; i++) {
      const lng = i * step;
      const x = Math.round(map.project(L.latLng(ne.lat, lng), zoom).x - origin.x) + 0.5;
      xs.push([x, i % everyX === 0 ? lngLabel(lng) : null]);
    }
    // Latitude labels stack (one text line each) and Mercator spaces latitude lines at least as
    // far apart as longitude lines: every one keeps its label.
    const ys: [number, string][] = [];
    for (let lat = Math.ceil(sw.lat / step) * step; lat <= ne.lat; lat += step) {
      const y = Math.round(map.project(L.latLng(lat, sw.lng), zoom).y - origin.y) + 0.5;
      ys.push([y, latLabel(lat)]);
    }
    // All lines in one path: one stroke, not one per line.
    const lines = new Path2D();
    for (const [x] of xs) {
      lines.moveTo(x, 0);
      lines.lineTo(x, size.y);
    }
    for (const [y] of ys) {
      lines.moveTo(0, y);
      lines.lineTo(size.x, y);
    }
    ctx.strokeStyle = LINE;
    ctx.lineWidth = 1;
    ctx.stroke(lines);
    ctx.fillStyle = LABEL;
    ctx.font = '10px sans-serif';
    // A longitude at the foot and a latitude at the left edge of each cell of the raster.
    const firstX = Math.floor(origin.x / LABEL_EVERY) * LABEL_EVERY - origin.x;
    const firstY = Math.floor(origin.y / LABEL_EVERY) * LABEL_EVERY - origin.y;
    for (let cellY = firstY; cellY < size.y; cellY += LABEL_EVERY) {
      for (const [x, text] of xs) if (text) ctx.fillText(text, x + 2, cellY + LABEL_EVERY - 6);
    }
    for (let cellX = firstX; cellX < size.x; cellX += LABEL_EVERY) {
      for (const [y, text] of ys) ctx.fillText(text, cellX + 2, y - 2);
    }
  }
}

export function createNeutralLayer(language: string): NeutralLayer {
  return new NeutralLayer(language);
}
