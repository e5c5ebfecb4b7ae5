// Where "Beheben" puts the keyboard focus: the issue's record (a card with `data-focus-id`), else
// the one field the issue is about (`data-field`), else the part itself, whose first field then
// takes the focus (useFocusTarget's fallback).
import type { ReadinessCode, ReadinessIssue } from '@shared/domain';

/** Issues about one field of the plan, by the field's path. */
const FIELD_OF: Partial<Record<ReadinessCode, string>> = {
  no_operation_lead: 'operationLead.name',
  no_assembly_point: 'framework.support.assemblyPoint.name',
};

export function focusOfIssue(issue: ReadinessIssue): string {
  return issue.subjectId ?? FIELD_OF[issue.code] ?? issue.tab;
}
