// Einsatzunterstützung: places and logistics.
// The part's public face: the shell and other parts import only this file.
export { SupportView } from './SupportView';
