// Zeitablauf: the plan's timeline around H.
// The part's public face: the shell and other parts import only this file.
export { TimelineView } from './TimelineView';
export { TargetReleaseSummary } from './TargetReleasePanel';
