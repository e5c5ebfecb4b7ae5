// Allgemein: the operation header fields (code name, kind, lead, times, tags).
// The part's public face: the shell and other parts import only this file.
export { GeneralView } from './GeneralView';
