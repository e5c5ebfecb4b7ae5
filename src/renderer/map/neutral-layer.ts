// The basemap "none": a neutral background with a labelled coordinate grid, drawn locally on
// canvas tiles, so a map is readable and requests nothing from any server. The grid spacing
// follows the zoom (1° … 0.001°), labelled in decimal degrees the German way.
//
// A zoom step asks for every tile of the new level at once (dozens at 1440 px), in the task that
// starts the zoom animation: drawn there, they were one long frame (B6). A tile is therefore
// handed back at once with the background colour as CSS, and its grid drawn a few tiles per
// animation frame within a small time budget.
import { formatDegree } from '@shared/geo';
import { L } from './leaflet-setup';

const BACKGROUND = '#f4f1ea';
const LINE = 'rgba(90, 90, 90, 0.25)';
const LABEL = '#5c5c5c';
/** Drawing time per animation frame for queued tiles; the rest waits for the next frame. */
const FRAME_BUDGET_MS = 4;

/** Grid spacing in degrees for a zoom level: roughly four lines per 256 px tile. */
export function gridStep(zoom: number): number {
  const degPerTile = 360 / 2 ** zoom;
  const steps = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005];
  return steps.find((s) => s <= degPerTile / 3) ?? 0.0002;
}

class NeutralLayer extends L.GridLayer {
  private readonly queue: (() => void)[] = [];
  private frame: number | null = null;

  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const canvas = document.createElement('canvas');
    canvas.width = 256;
    canvas.height = 256;
    canvas.style.background = BACKGROUND;
    this.queue.push(() => {
      // A tile pruned before its turn (the user zoomed on) is not drawn.
      if (canvas.isConnected) this.drawTile(canvas, coords);
      done(undefined, canvas);
    });
    this.frame ??= requestAnimationFrame(this.flush);
    return canvas;
  }

  override onRemove(map: L.Map): this {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.queue.length = 0;
    return super.onRemove(map);
  }

  private readonly flush = (): void => {
    const start = performance.now();
    while (this.queue.length > 0 && performance.now() - start < FRAME_BUDGET_MS) {
      this.queue.shift()?.();
    }
    this.frame = this.queue.length > 0 ? requestAnimationFrame(this.flush) : null;
  };

  private drawTile(canvas: HTMLCanvasElement, coords: L.Coords): void {
    const ctx = canvas.getContext('2d');
    const map = this._map as L.Map | undefined;
    if (!ctx || !map) return;
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, 256, 256);
    const nw = map.unproject(L.point(coords.x * 256, coords.y * 256), coords.z);
    const se = map.unproject(L.point((coords.x + 1) * 256, (coords.y + 1) * 256), coords.z);
    const step = gridStep(coords.z);
    ctx.strokeStyle = LINE;
    ctx.fillStyle = LABEL;
    ctx.font = '10px sans-serif';
    ctx.lineWidth = 1;
    const toPx = (lat: number, lng: number) =>
      map.project(L.latLng(lat, lng), coords.z).subtract(L.point(coords.x * 256, coords.y * 256));
    for (let lng = Math.ceil(nw.lng / step) * step; lng <= se.lng; lng += step) {
      const x = Math.round(toPx(nw.lat, lng).x) + 0.5;
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, 256);
      ctx.stroke();
      ctx.fillText(`${formatDegree(Number(lng.toFixed(6)))}°`, x + 2, 250);
    }
    for (let lat = Math.ceil(se.lat / step) * step; lat <= nw.lat; lat += step) {
      const y = Math.round(toPx(lat, nw.lng).y) + 0.5;
      ctx.beginPath();
      ctx.moveTo(0, y);
      ctx.lineTo(256, y);
      ctx.stroke();
      ctx.fillText(`${formatDegree(Number(lat.toFixed(6)))}°`, 2, y - 2);
    }
  }
}

export function createNeutralLayer(): L.GridLayer {
  return new NeutralLayer({ tileSize: 256, className: 'vp-neutral-basemap' });
}
