// One readiness issue as a sentence (framework part names translated).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { FRAMEWORK_PART_LABELS, thematicField } from '@shared/catalog';
import type { FrameworkPart, ReadinessIssue } from '@shared/domain';
import { useLabel } from '../../../ui/useLabel';

/** The sentence as a string (the approval keeps the text the approver saw). */
export function useReadinessText(): (issue: ReadinessIssue) => string {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  return useCallback(
    (issue: ReadinessIssue) => {
      const params = { ...issue.params };
      if (issue.params.part)
        params.part = label(FRAMEWORK_PART_LABELS[issue.params.part as FrameworkPart]);
      if (issue.params.field)
        params.field = label(thematicField(issue.params.field)?.label) || issue.params.field;
      // Each message uses only some of the params; the union of keys is checked by the parity test.
      const key = `readiness.codes.${issue.code}` as 'readiness.codes.part_empty';
      return t(key, params as { part: string });
    },
    [t, label],
  );
}

export function ReadinessMessage({ issue }: { issue: ReadinessIssue }) {
  const text = useReadinessText();
  return <>{text(issue)}</>;
}
