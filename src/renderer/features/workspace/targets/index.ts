// Objekte: the premises of the plan, one card each.
// The part's public face: the shell and other parts import only this file.
export { TargetsView } from './TargetsView';
