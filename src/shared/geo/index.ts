// Geographic input and output: coordinate parsing and formatting (pure).
export * from './coordinates';
