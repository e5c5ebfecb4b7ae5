// CSV import problems in the user's language: the shared importer reports codes with
// parameters; the texts live in the agencies namespace (`csv.<code>`).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvIssue } from '@shared/csv';

export function useIssueText(): (issue: CsvIssue) => string {
  const { t } = useTranslation('agencies');
  return useCallback(
    (issue) => {
      const where = [
        issue.row !== null ? t('csv.row', { row: issue.row }) : null,
        issue.column !== null ? t('csv.column', { column: issue.column }) : null,
      ]
        .filter(Boolean)
        .join(', ');
      const text = t(`csv.${issue.code}`, { ...issue.params, defaultValue: issue.message });
      return where ? `${where}: ${text}` : text;
    },
    [t],
  );
}
