// One <canvas> in a map pane that covers the view plus a margin on every side, for layers that
// draw everything they show themselves (the cluster layer, the neutral grid). It moves with the
// pane while dragging, so a pan draws nothing until the move ends, and follows a zoom with a CSS
// transform of what was drawn (the animation and flyTo's frames) — as Leaflet's own vector
// renderer does — so a zoom, too, draws once, at its end.
import { L } from './leaflet-setup';

/** Where the canvas was placed for the current drawing, in the canvas's own CSS pixels. */
export interface CanvasFrame {
  ctx: CanvasRenderingContext2D;
  /** The canvas's top-left corner as a container point (negative: the margin). */
  min: L.Point;
  /** The canvas's size in CSS pixels. */
  size: L.Point;
  /** The canvas's bounds, south-west and north-east corners. */
  southWest: L.LatLng;
  northEast: L.LatLng;
}

export class PaddedCanvas {
  readonly element: HTMLCanvasElement;
  /** The drawing's top-left corner and zoom: what a zoom transform is relative to. */
  private topLeft: L.LatLng | null = null;
  private zoom = 0;

  /** `padding`: the margin on each side as a fraction of the view's size. */
  constructor(
    className: string,
    private readonly padding: number,
  ) {
    this.element = L.DomUtil.create('canvas', `leaflet-zoom-animated ${className}`);
    this.element.setAttribute('aria-hidden', 'true');
  }

  /** The margin in CSS pixels for a map of this size. */
  margin(map: L.Map): L.Point {
    return map.getSize().multiplyBy(this.padding).round();
  }

  /**
   * Places the canvas over the current view (and margin), clears it and hands back its context
   * scaled to CSS pixels; null when the browser gives no 2D context.
   */
  place(map: L.Map): CanvasFrame | null {
    const canvas = this.element;
    const pad = this.margin(map);
    const min = pad.multiplyBy(-1);
    const size = map.getSize().add(pad.multiplyBy(2));
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(size.x * ratio);
    const height = Math.round(size.y * ratio);
    // Setting a canvas's size reallocates its bitmap even when unchanged; only a resize does it.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    // A transform left by a zoom animation or flyTo is replaced by a plain position.
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint(min));
    this.topLeft = map.containerPointToLatLng(min);
    this.zoom = map.getZoom();
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    return {
      ctx,
      min,
      size,
      southWest: map.containerPointToLatLng(L.point(min.x, min.y + size.y)),
      northEast: map.containerPointToLatLng(L.point(min.x + size.x, min.y)),
    };
  }

  /**
   * Shows the last drawing as it would lie at `center` and `zoom`: the zoom animation's target
   * (`zoomanim`) or, without animation, the map's current view (`zoom`, e.g. each flyTo frame).
   */
  follow(map: L.Map, center: L.LatLng, zoom: number): void {
    const pane = map.getPane('mapPane');
    if (!pane || !this.topLeft) return;
    const scale = map.getZoomScale(zoom, this.zoom);
    // The pixel origin the map will have at that view (Leaflet's `_getNewPixelOrigin`).
    const origin = map
      .project(center, zoom)
      .subtract(map.getSize().divideBy(2))
      .add(L.DomUtil.getPosition(pane))
      .round();
    const offset = map.project(this.topLeft, zoom).subtract(origin);
    L.DomUtil.setTransform(this.element, offset, scale);
  }

  /** Forgets the drawing (the layer left the map). */
  clear(): void {
    this.element.remove();
    this.topLeft = null;
  }
}
