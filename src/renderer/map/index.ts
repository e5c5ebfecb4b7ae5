// Map building blocks shared by Karte, the operation map, premises locating and map extracts.
// Like `data/` and `ui/`, this folder imports no feature.
export { L } from './leaflet-setup';
export { createNeutralLayer } from './neutral-layer';
export { useLeafletMap, type LeafletMapHandle, type MapOptions } from './useLeafletMap';
export {
  createBasemapLayer,
  notifyBasemapChanged,
  useBasemap,
  useBasemapState,
  useMapBasemap,
} from './basemap';
export {
  layoutLabels,
  placeIcon,
  targetIcon,
  tacticalImage,
  watchLabels,
  type LabelWatch,
  type TacticalImage,
} from './symbols';
export {
  boundsOf,
  extractBasemap,
  renderMapExtract,
  type ExtractBasemap,
  type ExtractInput,
  type ExtractTarget,
  type ExtractView,
  type MapExtract,
} from './extract';
export { addMeasureTool, isMeasuring, useMeasureTool, type MeasureTool } from './measure';
