// Roster rules (issue 5): force totals, confirmations, warnings, deconfliction, phone list,
// agency suggestions, merge planning and talk group links. Pure; the workspace and the
// repositories use them.
export * from './strength';
export * from './totals';
export * from './confirmation';
export * from './warnings';
export * from './deconfliction';
export * from './phone-list';
export * from './suggestions';
export * from './merge-participations';
export * from './merge-plan';
export * from './talk-group-links';
