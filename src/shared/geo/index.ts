// Geographic input and output: coordinate parsing, conversion and formatting (pure).
export * from './coordinates';
export * from './dms';
export * from './projections';
export * from './any-format';
export * from './measure';
