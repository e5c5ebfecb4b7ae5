// Kräfte: participating agencies, liaison answers, request sheets.
// The part's public face: the shell and other parts import only this file.
export { ForcesView } from './ForcesView';
