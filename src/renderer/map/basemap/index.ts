// Basemaps for every map: an offline PMTiles file the host keeps, an agency's map server the
// user switched on, or none (the neutral grid). Features ask here, never the host directly.
export { createBasemapLayer, escapeAttribution } from './create-layer';
export { HostRangeSource } from './host-source';
export { notifyBasemapChanged, useBasemap, useBasemapState, useMapBasemap } from './useBasemap';
