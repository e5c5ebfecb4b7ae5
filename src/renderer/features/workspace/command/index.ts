// Führung und Kommunikation: command structure and command post.
// The part's public face: the shell and other parts import only this file.
export { CommandView } from './CommandView';
