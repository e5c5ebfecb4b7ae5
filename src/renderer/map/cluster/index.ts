// Many points on one map: supercluster clusters drawn on a single canvas.
export {
  CLUSTER_MAX_ZOOM,
  ClusterCanvasLayer,
  type ClusterLayerOptions,
  type ClusterPoint,
} from './cluster-layer';
