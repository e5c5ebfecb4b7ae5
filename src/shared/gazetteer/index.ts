// The offline address gazetteer (public house coordinates) and the geocoder seam (pure parts).
export * from './normalise';
export * from './columns';
export * from './entry';
export * from './import-job';
export * from './geocoder';
export * from './nominatim';
