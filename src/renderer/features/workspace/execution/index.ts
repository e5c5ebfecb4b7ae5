// Durchführung: phases, sections, rules of conduct, briefing meeting.
// The part's public face: the shell and other parts import only this file.
export { ExecutionView } from './ExecutionView';
