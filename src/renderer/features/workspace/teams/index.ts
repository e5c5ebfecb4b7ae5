// Teams: agencies' people placed in teams, with warnings.
// The part's public face: the shell and other parts import only this file.
export { TeamsView } from './TeamsView';
