// Kommunikation: talk groups, call signs, phone list.
// The part's public face: the shell and other parts import only this file.
export { CommsView } from './CommsView';
