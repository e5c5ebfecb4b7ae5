// What every document builder reads, in one shape, so builders take the same arguments and a
// caller assembles them once: the plan, the records it refers to, who issues it and when.
import type { Agency } from '../domain/agency';
import type { Premises } from '../domain/premises';
import type { PlanSnapshot } from '../domain/revision';

export interface DocumentSource {
  plan: PlanSnapshot;
  agencies: readonly Agency[];
  premises: readonly Premises[];
  /** The issuing office from the settings; empty means the lead agency's name is printed. */
  issuingOffice: string;
  /** When the document is made (UTC ISO); printed as its date. Passed in: builders are pure. */
  now: string;
}
