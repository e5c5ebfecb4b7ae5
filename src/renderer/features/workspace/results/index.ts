// Ergebnisse: results per agency and target once the operation is "Durchgeführt".
// The part's public face: the shell and other parts import only this file.
export { ResultsView } from './ResultsView';
