// Geocoding: the offline gazetteer (own database, import worker) and the agency's service.
export {
  deleteSource,
  GazetteerDb,
  listSources,
  searchGazetteer,
  type GazetteerSource,
} from './gazetteer-db';
export { importGazetteerFile, type ImportProgress } from './gazetteer-import-client';
export type { GazetteerImportRequest } from './gazetteer-import-run';
export { sniffFile } from './sniff-file';
export {
  entryToHit,
  gazetteerDb,
  gazetteerGeocoder,
  useAddressSearch,
  useServerGeocoder,
  type AddressSearchState,
} from './geocoders';
