// The domain model: entity schemas, types and pure rules shared by main and renderer.
export * from './common';
export * from './agency';
export * from './operation';
export * from './operation-status';
export * from './premises';
export * from './target';
export * from './participation';
export * from './team';
export * from './timeline';
export * from './comms';
export * from './finding';
export * from './audit';
export * from './settings';
export * from './revision';
export * from './factories';
export * from './attachment-rules';
