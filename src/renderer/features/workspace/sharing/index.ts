// Gemeinsam bearbeiten: share the operation with co-planners of other agencies.
// The part's public face: the shell and other parts import only this file.
export { SharingView } from './SharingView';
