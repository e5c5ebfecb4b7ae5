// Karte: the operation map with its list of places, cordons and routes.
// The part's public face: the shell and other parts import only this file.
export { OperationMapView } from './OperationMapView';
export { MapChangeLines } from './MapChangeLines';
