// Which operations the Kalender shows: every planned operation (not templates, not deleted)
// with a time, narrowed by agency (a participation of it), municipality, status and lead
// agency. Pure, so the page, its tests and the benchmark filter the same way.
import type { Operation, OperationStatus } from '../domain/operation';
import { operationSpan, type OperationSpan } from './operation-events';

export interface CalendarFilters {
  agencyId: string | null;
  municipalityId: string | null;
  status: OperationStatus | null;
  leadAgencyId: string | null;
}

export const NO_CALENDAR_FILTERS: CalendarFilters = {
  agencyId: null,
  municipalityId: null,
  status: null,
  leadAgencyId: null,
};

/**
 * The spans of the operations that pass the filters. `agenciesOf` names the agencies taking
 * part in an operation (asked only when the agency filter is set).
 */
export function calendarSpans(
  operations: Iterable<Operation>,
  filters: CalendarFilters,
  agenciesOf: (operationId: string) => ReadonlySet<string> | undefined,
): OperationSpan[] {
  const out: OperationSpan[] = [];
  for (const op of operations) {
    if (op.template || op.deletedAt !== null) continue;
    if (filters.status !== null && op.status !== filters.status) continue;
    if (filters.municipalityId !== null && op.municipalityId !== filters.municipalityId) continue;
    if (filters.leadAgencyId !== null && op.leadAgencyId !== filters.leadAgencyId) continue;
    if (
      filters.agencyId !== null &&
      op.leadAgencyId !== filters.agencyId &&
      !agenciesOf(op.id)?.has(filters.agencyId)
    )
      continue;
    const span = operationSpan(op);
    if (span) out.push(span);
  }
  return out;
}
