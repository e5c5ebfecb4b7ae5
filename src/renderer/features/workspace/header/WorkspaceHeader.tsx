// Header of the workspace: who, what, when at a glance, the save state and the status actions.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_SHORT } from '@shared/catalog';
import { openItemsOf, type ReadinessIssue } from '@shared/domain';
import { formatDateTime } from '../../../ui/format';
import { ExerciseBadge, StatusBadge } from '../../operations/StatusBadge';
import { useWorkspace } from '../core/context';
import { SaveIndicator } from './SaveIndicator';
import { StatusMenu } from './StatusMenu';
import { TemplateAction } from './TemplateAction';

export function WorkspaceHeader({ issues }: { issues: readonly ReadinessIssue[] }) {
  const { t, i18n } = useTranslation('workspace');
  const { draft, agencyName } = useWorkspace();
  const op = draft.operation;
  if (!op) return null;
  return (
    <Paper withBorder p="sm" data-testid="workspace-header">
      {/* Wraps: at 200 % zoom or on a narrow window the actions go below the facts instead of
          pushing the page sideways. */}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} miw={0} style={{ flex: '1 1 18rem' }}>
          <Group gap="xs">
            <Title order={1} size="h2" data-testid="workspace-codename">
              {op.codeName || '—'}
            </Title>
            {op.exercise && <ExerciseBadge />}
            <Badge
              color={op.classification === 'vs_nfd' ? 'red' : 'gray'}
              variant="outline"
              radius="sm"
            >
              {CLASSIFICATION_SHORT[op.classification]}
            </Badge>
            <StatusBadge status={op.status} />
            <Text size="sm" c="dimmed">
              {t('header.revision', { revision: op.revision })}
            </Text>
          </Group>
          {op.title && <Text>{op.title}</Text>}
          <Group gap="lg">
            <Text size="sm">
              <b>{t('header.hHour')}:</b>{' '}
              {op.hHour ? formatDateTime(op.hHour, i18n.language) : t('header.hHourOpen')}
            </Text>
            <Text size="sm">
              <b>{t('header.lead')}:</b>{' '}
              {op.leadAgencyId ? agencyName(op.leadAgencyId) : t('header.leadOpen')}
            </Text>
            {op.operationLead.name && (
              <Text size="sm">
                <b>{t('header.operationLead')}:</b> {op.operationLead.name}
              </Text>
            )}
          </Group>
          {op.approval && (
            <Text size="xs" c="dimmed">
              {t('header.approvedBy', {
                by: op.approval.by,
                at: formatDateTime(op.approval.at, i18n.language),
              })}
              {openItemsOf(op.approval).length > 0 &&
                ` · ${t('approve.note.openItems', { count: openItemsOf(op.approval).length })}`}
            </Text>
          )}
        </Stack>
        <Stack gap="xs" align="flex-end" style={{ flex: '0 1 auto' }}>
          <Group gap="xs" wrap="wrap" justify="flex-end">
            <TemplateAction />
            <StatusMenu issues={issues} />
          </Group>
          <SaveIndicator state={draft.saveState} />
          <Text size="xs" c="dimmed">
            {t('keyboardHint')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
