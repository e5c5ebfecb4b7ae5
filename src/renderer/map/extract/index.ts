// Map extracts for documents and print: one PNG of an area with the plan's items, drawn off
// the visible map (object sheets, Lagekarte, the operation map's print view).
export { renderMapExtract, extractView, extractUnit, type MapExtract } from './render-extract';
export { extractBasemap } from './host-basemap';
export { boundsOf, type GeoBounds, type ExtractView } from '@shared/maps/mercator';
export type { ExtractBasemap, ExtractInput, ExtractTarget } from './types';
