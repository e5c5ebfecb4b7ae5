// CSV: RFC 4180 parsing and writing (encoding checks, caps, formula neutralisation) and the
// agencies/contacts import and export format built on it. Pure.
export * from './messages';
export * from './issues';
export * from './decode';
export * from './parse';
export * from './serialize';
export * from './agency-columns';
export * from './agency-checks';
export * from './agency-import';
export * from './agency-import-plan';
export * from './agency-import-job';
export * from './agency-export';
