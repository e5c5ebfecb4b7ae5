// Ausgabe › Einsatzbefehl: copies of the order per recipient, team cards, preview and print.
// The part's public face: the shell and other parts import only this file.
export { BriefingView } from './BriefingView';
