// The shapes `aggregate.ts` and `premises-visits.ts` share: an operation prepared once for every
// filter, and a premises inspected repeatedly. Their own file so neither module imports the other.
import type { Totals } from './sums';

export interface PreparedOperation {
  id: string;
  exercise: boolean;
  /** `YYYY-MM` in Berlin time; '' without an H-hour. */
  month: string;
  day: string;
  municipalityId: string;
  thematicFields: readonly string[];
  agencyIds: ReadonlySet<string>;
  byAgency: ReadonlyMap<string, Totals>;
  /** Per premises inspected: the measures all agencies found there. */
  byPremises: ReadonlyMap<string, number>;
  /** Per premises and agency with measures (for the agency filter): what that agency found. */
  targets: ReadonlyArray<{ premisesId: string; agencyId: string; measures: number }>;
}

export type Trend = 'up' | 'down' | 'flat';

export interface RepeatedTarget {
  premisesId: string;
  /** Visits in time order: the day and the measures found then. */
  visits: { day: string; operationId: string; measures: number }[];
  trend: Trend;
}
