// Verlauf: who changed what, readable.
// The part's public face: the shell and other parts import only this file.
export { HistoryView } from './HistoryView';
