// Exchange packages between the operation lead and the agencies' liaisons (see docs/SECURITY.md).
export * from './approval-payloads';
export * from './envelope';
export * from './plan-hash';
export * from './signed-approval';
export * from './errors';
export * from './keys';
export * from './key-transition';
export * from './open';
export * from './payloads';
export * from './pgp-config';
export * from './safe-text';
export * from './seal';
export * from './template-pattern';
export * from './request';
export * from './answer-import';
export * from './records';
export * from './overview';
