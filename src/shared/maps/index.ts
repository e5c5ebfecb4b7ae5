// Maps (pure): basemap file checks and inspection, the basemap settings; later map features.
export * from './pmtiles-check';
export * from './inspect';
export * from './map-server';
