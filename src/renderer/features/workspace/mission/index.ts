// Auftrag: goals and one objective per agency.
// The part's public face: the shell and other parts import only this file.
export { MissionView } from './MissionView';
