// Results of operations and their evaluation (Auswertung): pure model, no DOM, no storage.
export * from './metrics';
export * from './record';
export * from './sums';
export * from './aggregate';
export * from './personal-data';
export * from './after-action-report';
export * from './inputs';
export * from './situation-rows';
export * from './month-name';
export * from './situation-picture';
export * from './retention';
