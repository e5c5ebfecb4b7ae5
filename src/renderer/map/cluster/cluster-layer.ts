// One Leaflet layer that clusters many points with supercluster and draws clusters and points on
// a single canvas. Tens of thousands of premises as DOM markers would make every pan and zoom
// touch tens of thousands of nodes; here the map pane holds one <canvas> whatever the count.
//
// The canvas covers the view plus half a view on every side and moves with the map pane while
// dragging, so a pan costs no drawing at all; it is redrawn once the move ends. During the zoom
// animation it is scaled with a CSS transform like Leaflet's own vector renderer.
import Supercluster from 'supercluster';
import { L } from '../leaflet-setup';
import { isMeasuring } from '../measure/measure-control';

export interface ClusterPoint {
  id: string;
  lat: number;
  lng: number;
  /** Fill colour of the point (the caller's category colour). */
  color: string;
  /** Drawn beside the point from LABEL_ZOOM on. */
  label: string;
  /** Counted per cluster: a cluster holding any emphasised point gets an emphasis ring. */
  emphasis: boolean;
}

export interface ClusterLayerOptions {
  /** A click on a single point (clusters zoom in instead). */
  onSelect(id: string): void;
  /** Colour of a cluster ring when it holds emphasised points. */
  emphasisColor?: string;
  /** Called after every redraw (the text alternative lists what is in view). */
  onRedraw?(map: L.Map): void;
}

interface PointProps {
  id: string;
  color: string;
  label: string;
  emphasis: number;
}
interface ClusterProps {
  emphasis: number;
}

interface Drawn {
  x: number;
  y: number;
  r: number;
  pointId: string | null;
  clusterId: number | null;
  lat: number;
  lng: number;
}

const PADDING = 0.5;
const POINT_RADIUS = 6;
const LABEL_ZOOM = 16;
/** Above this zoom every point stands alone (supercluster's maxZoom + 1). */
export const CLUSTER_MAX_ZOOM = 16;

const CLUSTER_FILL = 'rgba(25, 113, 194, 0.85)';

/** A cluster (with its ring and count) or a point (ringed in white) to paint. */
interface Shape {
  x: number;
  y: number;
  r: number;
  fill: string;
  /** A cluster's ring colour; `null` for a point. */
  ring: string | null;
  text: string | number | null;
}

function addCircle(paths: Map<string, Path2D>, style: string, s: Shape): void {
  let path = paths.get(style);
  if (!path) {
    path = new Path2D();
    paths.set(style, path);
  }
  path.moveTo(s.x + s.r, s.y);
  path.arc(s.x, s.y, s.r, 0, Math.PI * 2);
}

/**
 * Paints batched by style: one path per fill colour and per ring colour, not a fill and a
 * stroke per shape (a zoomed-out view of 50 000 premises has a thousand clusters in the padded
 * canvas, and each fill or stroke call is rasterised on its own). Clusters do not overlap at
 * this radius, so drawing all fills before all rings does not show.
 */
function paintShapes(ctx: CanvasRenderingContext2D, shapes: readonly Shape[]): void {
  const fills = new Map<string, Path2D>();
  const rings = new Map<string, Path2D>();
  const pointRings = new Map<string, Path2D>();
  for (const s of shapes) {
    addCircle(fills, s.fill, s);
    addCircle(s.ring === null ? pointRings : rings, s.ring ?? '#ffffff', s);
  }
  for (const [style, path] of fills) {
    ctx.fillStyle = style;
    ctx.fill(path);
  }
  ctx.lineWidth = 2;
  for (const [style, path] of pointRings) {
    ctx.strokeStyle = style;
    ctx.stroke(path);
  }
  ctx.lineWidth = 3;
  for (const [style, path] of rings) {
    ctx.strokeStyle = style;
    ctx.stroke(path);
  }
  ctx.font = '600 12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  for (const s of shapes) if (s.text !== null) ctx.fillText(String(s.text), s.x, s.y);
}

const clusterRadius = (count: number): number => Math.min(28, 12 + Math.log10(count) * 6);

export class ClusterCanvasLayer extends L.Layer {
  private readonly index = new Supercluster<PointProps, ClusterProps>({
    radius: 60,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => ({ emphasis: p.emphasis }),
    reduce: (acc, p) => {
      acc.emphasis += p.emphasis;
    },
  });
  private canvas: HTMLCanvasElement | null = null;
  private topLeft: L.LatLng | null = null;
  private drawn: Drawn[] = [];
  private readonly opts: ClusterLayerOptions;

  constructor(options: ClusterLayerOptions) {
    super();
    this.opts = options;
  }

  /** Replaces every point (a filter change); builds the cluster index once per call. */
  setPoints(points: readonly ClusterPoint[]): void {
    this.index.load(
      points.map((p) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
        properties: { id: p.id, color: p.color, label: p.label, emphasis: p.emphasis ? 1 : 0 },
      })),
    );
    this.redraw();
  }

  /** The number of clusters and single points drawn now (tests, the bench). */
  drawnCount(): number {
    return this.drawn.length;
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated vp-cluster-canvas');
    canvas.setAttribute('aria-hidden', 'true');
    this.getPane()?.appendChild(canvas);
    this.canvas = canvas;
    map.on('moveend viewreset resize', this.redraw, this);
    map.on('zoomanim', this.animateZoom, this);
    map.on('click', this.onClick, this);
    map.on('mousemove', this.onHover, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend viewreset resize', this.redraw, this);
    map.off('zoomanim', this.animateZoom, this);
    map.off('click', this.onClick, this);
    map.off('mousemove', this.onHover, this);
    this.canvas?.remove();
    this.canvas = null;
    this.drawn = [];
    return this;
  }

  /** Redraws the clusters of the padded view at the current zoom. */
  redraw(): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const min = pad.multiplyBy(-1);
    const full = size.add(pad.multiplyBy(2));
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(full.x * ratio);
    const height = Math.round(full.y * ratio);
    // Setting a canvas's size reallocates its bitmap even when unchanged; only a resize does it.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${full.x}px`;
      canvas.style.height = `${full.y}px`;
    }
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint(min));
    this.topLeft = map.containerPointToLatLng(min);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, full.x, full.y);

    const sw = map.containerPointToLatLng(L.point(min.x, full.y + min.y));
    const ne = map.containerPointToLatLng(L.point(full.x + min.x, min.y));
    const zoom = Math.round(map.getZoom());
    const bbox: [number, number, number, number] = [
      Math.max(-180, sw.lng),
      Math.max(-85, sw.lat),
      Math.min(180, ne.lng),
      Math.min(85, ne.lat),
    ];
    const features = this.index.getClusters(bbox, zoom);
    const drawn: Drawn[] = [];
    const shapes: Shape[] = [];
    const emphasisColor = this.opts.emphasisColor ?? '#e8590c';
    for (const f of features) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const cp = map.latLngToContainerPoint([lat, lng]);
      const x = cp.x - min.x;
      const y = cp.y - min.y;
      const props = f.properties;
      if ('cluster' in props && props.cluster) {
        const r = clusterRadius(props.point_count);
        drawn.push({ x, y, r, pointId: null, clusterId: props.cluster_id, lat, lng });
        const ring = props.emphasis > 0 ? emphasisColor : '#ffffff';
        shapes.push({ x, y, r, fill: CLUSTER_FILL, ring, text: props.point_count_abbreviated });
      } else if ('id' in props) {
        drawn.push({ x, y, r: POINT_RADIUS + 3, pointId: props.id, clusterId: null, lat, lng });
        shapes.push({ x, y, r: POINT_RADIUS, fill: props.color, ring: null, text: null });
      }
    }
    paintShapes(ctx, shapes);
    if (zoom >= LABEL_ZOOM) this.drawLabels(ctx, features, min);
    this.drawn = drawn;
    this.opts.onRedraw?.(map);
  }

  private drawLabels(
    ctx: CanvasRenderingContext2D,
    features: ReturnType<Supercluster<PointProps, ClusterProps>['getClusters']>,
    min: L.Point,
  ): void {
    const map = this._map as L.Map;
    ctx.textAlign = 'left';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillStyle = '#212529';
    for (const f of features) {
      const props = f.properties;
      if (!('id' in props) || props.label === '') continue;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const cp = map.latLngToContainerPoint([lat, lng]);
      const x = cp.x - min.x + POINT_RADIUS + 4;
      const y = cp.y - min.y;
      ctx.strokeText(props.label, x, y);
      ctx.fillText(props.label, x, y);
    }
  }

  /** Scales the drawn canvas with the zoom animation (as Leaflet's renderer and overlays do). */
  private animateZoom(e: L.ZoomAnimEvent): void {
    const map = this._map as L.Map | undefined;
    const pane = map?.getPane('mapPane');
    if (!map || !pane || !this.canvas || !this.topLeft) return;
    const scale = map.getZoomScale(e.zoom, map.getZoom());
    const origin = map
      .project(e.center, e.zoom)
      .subtract(map.getSize().divideBy(2))
      .add(L.DomUtil.getPosition(pane))
      .round();
    const offset = map.project(this.topLeft, e.zoom).subtract(origin);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }

  private hit(p: L.Point): Drawn | undefined {
    const map = this._map as L.Map | undefined;
    if (!map || !this.canvas) return undefined;
    const pad = map.getSize().multiplyBy(PADDING).round();
    const x = p.x + pad.x;
    const y = p.y + pad.y;
    let best: Drawn | undefined;
    let bestD = Infinity;
    for (const d of this.drawn) {
      const dist = Math.hypot(d.x - x, d.y - y);
      if (dist <= d.r && dist < bestD) {
        best = d;
        bestD = dist;
      }
    }
    return best;
  }

  private onClick(e: L.LeafletMouseEvent): void {
    const map = this._map as L.Map | undefined;
    // While the measure tool is on, a click adds a measuring point and opens nothing.
    if (!map || isMeasuring(map)) return;
    const d = this.hit(e.containerPoint);
    if (!d) return;
    if (d.pointId !== null) this.opts.onSelect(d.pointId);
    else if (d.clusterId !== null) {
      const zoom = Math.min(this.index.getClusterExpansionZoom(d.clusterId), map.getMaxZoom());
      map.flyTo([d.lat, d.lng], zoom);
    }
  }

  private onHover(e: L.LeafletMouseEvent): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    map.getContainer().style.cursor = this.hit(e.containerPoint) ? 'pointer' : '';
  }
}
