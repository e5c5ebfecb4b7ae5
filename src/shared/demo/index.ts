// Demo data: a clearly fictional joint operation that shows a new user the product working.
export { buildDemoDataset, DemoAgencyMissingError } from './dataset';
export type { DemoDataset, DemoDatasetInput } from './dataset';
export { DEMO_AGENCY_KEYS } from './forces';
export type { DemoAgencyKey } from './forces';
export { nextDemoHHour, DEMO_H_TIME, DEMO_MIN_LEAD_DAYS } from './schedule';
export { dramaPhone } from './fictional';
// Seeding the agency catalogue comes first; re-exported here because the demo depends on it.
export { seedAgencies, agencyIdsByCatalogKey } from '../catalog/seed';
