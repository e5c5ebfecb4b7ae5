// One Leaflet layer that clusters many points with supercluster and draws clusters and points on
// a single canvas. Tens of thousands of premises as DOM markers would make every pan and zoom
// touch tens of thousands of nodes; here the map pane holds one <canvas> whatever the count.
//
// The canvas (map/padded-canvas) covers the view plus half a view on every side and moves with
// the map pane while dragging, so a pan costs no drawing at all; it is redrawn once the move
// ends. During a zoom it is scaled with a CSS transform like Leaflet's own vector renderer.
import Supercluster from 'supercluster';
import { L } from '../leaflet-setup';
import { isMeasuring } from '../measure/measure-control';
import { PaddedCanvas } from '../padded-canvas';

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
  private surface: PaddedCanvas | null = null;
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
    const surface = new PaddedCanvas('vp-cluster-canvas', PADDING);
    this.getPane()?.appendChild(surface.element);
    this.surface = surface;
    map.on('moveend viewreset resize', this.redraw, this);
    map.on('zoomanim', this.animateZoom, this);
    map.on('zoom', this.followZoom, this);
    map.on('click', this.onClick, this);
    map.on('mousemove', this.onHover, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend viewreset resize', this.redraw, this);
    map.off('zoomanim', this.animateZoom, this);
    map.off('zoom', this.followZoom, this);
    map.off('click', this.onClick, this);
    map.off('mousemove', this.onHover, this);
    this.surface?.clear();
    this.surface = null;
    this.drawn = [];
    return this;
  }

  /** Redraws the clusters of the padded view at the current zoom. */
  redraw(): void {
    const map = this._map as L.Map | undefined;
    const frame = map && this.surface?.place(map);
    if (!map || !frame) return;
    const { ctx, min, southWest: sw, northEast: ne } = frame;
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
    if (map) this.surface?.follow(map, e.center, e.zoom);
  }

  /** The same for a zoom without animation (flyTo's frames): redrawn only when it ends. */
  private followZoom(): void {
    const map = this._map as L.Map | undefined;
    if (map) this.surface?.follow(map, map.getCenter(), map.getZoom());
  }

  private hit(p: L.Point): Drawn | undefined {
    const map = this._map as L.Map | undefined;
    if (!map || !this.surface) return undefined;
    const pad = this.surface.margin(map);
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
