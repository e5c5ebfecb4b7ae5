// What the approval recorded, shown on the approved plan (and its revision snapshot): who, when,
// which revision, a declared second person, and each mandatory item approved while open, with
// its written reason.
import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { openItemsOf, type Approval } from '@shared/domain';
import { formatDateTime } from '../../../ui/format';

export function ApprovalNote({ approval }: { approval: Approval }) {
  const { t, i18n } = useTranslation('workspace');
  const open = openItemsOf(approval);
  return (
    <Stack gap={2} data-testid="approval-note">
      <Text size="sm">
        {t('approve.note.by', {
          by: approval.by,
          at: formatDateTime(approval.at, i18n.language),
          revision: approval.revision ?? '—',
        })}
        {approval.function
          ? ` · ${t('approve.note.function', { function: approval.function })}`
          : ''}
        {approval.secondPerson
          ? ` · ${t('approve.note.secondPerson', { drafter: approval.drafter ?? '—' })}`
          : ''}
      </Text>
      {open.length > 0 && (
        <>
          <Text size="sm" fw={600} data-testid="approval-open-items">
            {t('approve.note.openItems', { count: open.length })}
          </Text>
          <List size="sm" spacing={2}>
            {open.map((item, n) => (
              // Items without a subject repeat their code (one per empty part): keyed by place.
              <List.Item key={n}>
                {item.text} — {t('approve.note.reason', { reason: item.reason })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
