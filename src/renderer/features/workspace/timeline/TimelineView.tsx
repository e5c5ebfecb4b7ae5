// Zeitablauf: entries relative to H (or at a fixed time), in order, with the resulting clock time.
import { ActionIcon, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '@shared/catalog';
import { newTimelineEntry, type TimelineEntry } from '@shared/domain';
import { formatOffset, resolveTimelineTime, timelineOffset } from '@shared/time/h-hour';
import { useRepos } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useConfirmTarget } from '../../../ui/useConfirmTarget';
import { formatDate, formatTime } from '../../../ui/format';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { TimelineEntryForm } from './TimelineEntryForm';

export function TimelineView() {
  const { t, i18n } = useTranslation('workspace');
  const label = useLabel();
  const repos = useRepos();
  const { draft, plan, premisesName } = useWorkspace();
  const [editing, setEditing] = useState<TimelineEntry | null>(null);
  const removal = useConfirmTarget<TimelineEntry>();
  const h = plan.operation.hHour;
  const ro = draft.readOnly;
  const sortKey = (e: TimelineEntry) =>
    timelineOffset(e.time, h) ??
    (e.time.kind === 'relative' ? e.time.offsetMinutes : Number.MAX_SAFE_INTEGER);
  // Entries at the same time keep one order (by title), whatever order they were stored in.
  const entries = [...plan.timeline].sort(
    (a, b) => sortKey(a) - sortKey(b) || a.title.localeCompare(b.title, 'de'),
  );
  const teamName = (id: string | null) => plan.teams.find((x) => x.id === id)?.name ?? '';
  const targetName = (id: string | null) => {
    const target = plan.targets.find((x) => x.id === id);
    return target ? premisesName(target.premisesId) : '';
  };

  return (
    <Paper withBorder p="md" maw={1200} data-testid="timeline">
      {!ro && (
        <Button
          leftSection={<IconPlus size={16} />}
          mb="md"
          onClick={() =>
            setEditing(
              newTimelineEntry(
                { operationId: plan.operation.id, title: '' },
                new Date().toISOString(),
              ),
            )
          }
          data-testid="timeline-add"
        >
          {t('timeline.add')}
        </Button>
      )}
      {entries.length === 0 ? (
        <Text c="dimmed">{t('timeline.empty')}</Text>
      ) : (
        // Narrow windows scroll the table inside its card, so the row actions stay reachable.
        <Table.ScrollContainer minWidth={900} type="native">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('timeline.time')}</Table.Th>
                <Table.Th>{t('timeline.clock')}</Table.Th>
                <Table.Th>{t('timeline.title')}</Table.Th>
                <Table.Th>{t('timeline.phase')}</Table.Th>
                <Table.Th>{t('timeline.team')}</Table.Th>
                <Table.Th>{t('timeline.target')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => {
                const at = resolveTimelineTime(e.time, h);
                const offset = timelineOffset(e.time, h);
                return (
                  <Table.Tr key={e.id} data-testid="timeline-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }} fw={600}>
                      {offset !== null ? formatOffset(offset) : '—'}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {at
                        ? `${formatDate(at, i18n.language)} ${formatTime(at, i18n.language)}`
                        : t('timeline.unknownClock')}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {e.title}
                      </Text>
                      {e.description && (
                        <Text size="xs" c="dimmed">
                          {e.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{label(PHASE_LABELS[e.phase])}</Table.Td>
                    <Table.Td>{teamName(e.teamId)}</Table.Td>
                    <Table.Td>{targetName(e.targetId)}</Table.Td>
                    <Table.Td>
                      {!ro && (
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t('timeline.edit')}: ${e.title}`}
                            onClick={() => setEditing(e)}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`${t('timeline.remove')}: ${e.title}`}
                            onClick={() => removal.ask(e)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <TimelineEntryForm entry={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={removal.opened}
        title={t('timeline.remove')}
        message={t('timeline.removeConfirm', { title: removal.target?.title ?? '' })}
        confirmLabel={t('timeline.remove')}
        onClose={removal.close}
        onConfirm={async () => {
          if (removal.target) await repos.plan.timeline.remove(removal.target.id);
        }}
      />
    </Paper>
  );
}
