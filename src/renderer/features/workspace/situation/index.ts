// Lage: the situation texts and the risk assessment.
// The part's public face: the shell and other parts import only this file.
export { SituationView } from './SituationView';
