// Bereitschaft: what is missing before the briefing.
// The part's public face: the shell and other parts import only this file.
export { ReadinessView } from './ReadinessView';
