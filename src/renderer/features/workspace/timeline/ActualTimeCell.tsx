// When an entry actually happened: a fact after approval (post-approval.ts, actual_time), offered
// on an approved, executed or followed-up plan and written through the save model; the plan
// guard audits it as "Nachtrag nach Freigabe" without reopening the plan.
import { Badge, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mayRecordFact, type TimelineEntry } from '@shared/domain';
import { DateTimeField } from '../../../ui/DateTimeField';
import { formatDateTime } from '../../../ui/format';
import { useWorkspace } from '../core/context';

export function ActualTimeCell({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation('calendar');
  const { plan, draft } = useWorkspace();
  // Shared with `agency` or `read` rights: the timeline is the lead's (sync rights).
  const editable =
    mayRecordFact(plan.operation.status, 'actual_time') && draft.mayChange('timeline', null);
  const value = entry.actualAt ?? null;
  if (!editable) return value ? <>{formatDateTime(value, i18n.language)}</> : null;
  return (
    <Stack gap={2}>
      <DateTimeField
        label={t('actual.label', { title: entry.title })}
        value={value}
        w={190}
        onChange={(v) => {
          draft.editItem('timeline', entry.id, 'actualAt', (e) => ({ ...e, actualAt: v }));
          void draft.flush();
        }}
        testId="timeline-actual"
      />
      {value !== null && (
        <Badge
          color="grape"
          variant="outline"
          radius="sm"
          size="xs"
          data-testid="timeline-actual-late"
        >
          {t('actual.late')}
        </Badge>
      )}
    </Stack>
  );
}
