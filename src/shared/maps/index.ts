// Maps (pure): basemap file checks; later map features and their diff.
export * from './pmtiles-check';
