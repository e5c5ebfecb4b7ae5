// Time made visible: calendar events of operations, moving H, phase bands, access times.
export * from './access-times';
export * from './calendar-filter';
export * from './move-h';
export * from './operation-events';
export * from './phases';
export * from './retime';
export * from './agency-ics';
export * from './ics-sequence';
export * from './day-clusters';
export * from './premises-conflicts';
export * from './agency-capacity';
export * from './person-conflicts';
export * from './conflicts';
export * from './schedule';
