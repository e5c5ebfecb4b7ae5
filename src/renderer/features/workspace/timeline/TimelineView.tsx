// Zeitablauf: the plan's entries relative to H (or at a fixed time), in order, with the
// resulting clock time — and, derived from where they are stored, the briefing and every
// target's access time (planTimelineRows), so those are entered once and shown everywhere.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '@shared/catalog';
import { newTimelineEntry, type TimelineEntry } from '@shared/domain';
import { planTimelineRows, type PlanTimelineRow } from '@shared/domain/plan-timeline';
import { formatOffset } from '@shared/time/h-hour';
import { useRepos } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useConfirmTarget } from '../../../ui/useConfirmTarget';
import { formatDate, formatTime } from '../../../ui/format';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { DerivedTimeForm, type DerivedRow } from './DerivedTimeForm';
import { TimelineEntryForm } from './TimelineEntryForm';

export function TimelineView() {
  const { t, i18n } = useTranslation('workspace');
  const label = useLabel();
  const repos = useRepos();
  const { draft, plan, premisesName } = useWorkspace();
  const [editing, setEditing] = useState<TimelineEntry | null>(null);
  const [editingDerived, setEditingDerived] = useState<DerivedRow | null>(null);
  const removal = useConfirmTarget<TimelineEntry>();
  const ro = draft.readOnly;
  const rows = planTimelineRows(plan, premisesName);
  const teamName = (id: string | null) => plan.teams.find((x) => x.id === id)?.name ?? '';
  const targetName = (id: string | null) => {
    const target = plan.targets.find((x) => x.id === id);
    return target ? premisesName(target.premisesId) : '';
  };
  // The teams sent to a target (a target's own teamId only names its lead team).
  const teamsOf = (targetId: string) =>
    plan.teams
      .filter((x) => x.targetIds.includes(targetId))
      .map((x) => x.name)
      .join(', ');
  const clock = (at: string | null) =>
    at ? `${formatDate(at, i18n.language)} ${formatTime(at, i18n.language)}` : null;

  const what = (row: PlanTimelineRow) => {
    if (row.kind === 'entry') {
      return (
        <>
          <Text size="sm" fw={500}>
            {row.entry.title}
          </Text>
          {row.entry.description && (
            <Text size="xs" c="dimmed">
              {row.entry.description}
            </Text>
          )}
        </>
      );
    }
    const briefing = row.kind === 'briefing';
    return (
      <>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={500}>
            {briefing ? t('execution.briefingMeeting') : t('timeline.access', { name: row.name })}
          </Text>
          <Badge size="xs" variant="light" color="gray">
            {briefing ? t('timeline.fromExecution') : t('timeline.fromTargets')}
          </Badge>
        </Group>
        {briefing && row.place && (
          <Text size="xs" c="dimmed">
            {row.place}
          </Text>
        )}
      </>
    );
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
      {/* Narrow windows scroll the table inside its card, so the row actions stay reachable. */}
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
              <Table.Th>
                <VisuallyHidden>{t('timeline.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const name =
                row.kind === 'entry'
                  ? row.entry.title
                  : row.kind === 'access'
                    ? t('timeline.access', { name: row.name })
                    : t('execution.briefingMeeting');
              const unscheduled = row.kind === 'briefing' && row.at === null;
              return (
                <Table.Tr key={row.key} data-testid="timeline-row" data-kind={row.kind}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} fw={600}>
                    {row.offset !== null ? formatOffset(row.offset) : '—'}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {unscheduled ? (
                      <Text size="sm" c="red.9" fw={500}>
                        {t('timeline.briefingOpen')}
                      </Text>
                    ) : (
                      (clock(row.at) ?? t('timeline.unknownClock'))
                    )}
                  </Table.Td>
                  <Table.Td>{what(row)}</Table.Td>
                  <Table.Td>
                    {row.kind === 'entry' ? label(PHASE_LABELS[row.entry.phase]) : ''}
                  </Table.Td>
                  <Table.Td>
                    {row.kind === 'entry'
                      ? teamName(row.entry.teamId)
                      : row.kind === 'access'
                        ? teamsOf(row.target.id)
                        : ''}
                  </Table.Td>
                  <Table.Td>
                    {row.kind === 'entry'
                      ? targetName(row.entry.targetId)
                      : row.kind === 'access'
                        ? row.name
                        : ''}
                  </Table.Td>
                  <Table.Td>
                    {!ro && (
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('timeline.edit')}: ${name}`}
                          onClick={() =>
                            row.kind === 'entry' ? setEditing(row.entry) : setEditingDerived(row)
                          }
                          data-testid="timeline-edit"
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        {row.kind === 'entry' && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`${t('timeline.remove')}: ${name}`}
                            onClick={() => removal.ask(row.entry)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {plan.timeline.length === 0 && (
        <Text c="dimmed" mt="sm">
          {t('timeline.empty')}
        </Text>
      )}
      <TimelineEntryForm entry={editing} onClose={() => setEditing(null)} />
      <DerivedTimeForm row={editingDerived} onClose={() => setEditingDerived(null)} />
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
