// The basemap "none": a neutral background with a labelled coordinate grid, drawn locally on
// canvas tiles, so a map is readable and requests nothing from any server. The grid spacing
// follows the zoom (1° … 0.001°), labelled in decimal degrees the German way.
import { formatDegree } from '@shared/geo';
import { L } from './leaflet-setup';

const BACKGROUND = '#f4f1ea';
const LINE = 'rgba(90, 90, 90, 0.25)';
const LABEL = '#5c5c5c';

/** Grid spacing in degrees for a zoom level: roughly four lines per 256 px tile. */
export function gridStep(zoom: number): number {
  const degPerTile = 360 / 2 ** zoom;
  const steps = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005];
  return steps.find((s) => s <= degPerTile / 3) ?? 0.0002;
}

class NeutralLayer extends L.GridLayer {
  protected override createTile(coords: L.Coords): HTMLElement {
    const canvas = document.createElement('canvas');
    canvas.width = 256;
    canvas.height = 256;
    const ctx = canvas.getContext('2d');
    if (!ctx) return canvas;
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, 256, 256);
    const map = this._map;
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
    return canvas;
  }
}

export function createNeutralLayer(): L.GridLayer {
  return new NeutralLayer({ tileSize: 256, className: 'vp-neutral-basemap' });
}
