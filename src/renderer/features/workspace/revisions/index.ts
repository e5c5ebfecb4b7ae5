// Revisionen: approved snapshots and their comparison.
// The part's public face: the shell and other parts import only this file.
export { RevisionsView } from './RevisionsView';
