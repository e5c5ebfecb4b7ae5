// Zeitablauf: the plan's entries relative to H (or at a fixed time), in order, with the
// resulting clock time — and, derived from where they are stored, the briefing and every
// target's access time (planTimelineRows), so those are entered once and shown everywhere.
// A toggle shows the same rows as a day view (TimelineDayView); "H verschieben" moves H.
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconClockShare, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '@shared/catalog';
import { unexplainedStaggeredTargets } from '@shared/calendar';
import { mayRecordFact, newTimelineEntry, type TimelineEntry } from '@shared/domain';
import { planTimelineRows, type PlanTimelineRow } from '@shared/domain/plan-timeline';
import { formatOffset } from '@shared/time/h-hour';
import { useRepos } from '../../../data/session';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useConfirmTarget } from '../../../ui/useConfirmTarget';
import { formatDate, formatTime } from '../../../ui/format';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { ActualTimeCell } from './ActualTimeCell';
import { DerivedTimeForm, type DerivedRow } from './DerivedTimeForm';
import { IcsExport } from './IcsExport';
import { MoveHDialog } from './MoveHDialog';
import { TargetReleasePanel } from './TargetReleasePanel';
import { TimelineEntryForm } from './TimelineEntryForm';

// The day view brings react-big-calendar: loaded when first shown, not with the workspace.
const TimelineDayView = lazy(async () => ({
  default: (await import('./TimelineDayView')).TimelineDayView,
}));

export function TimelineView() {
  const { t, i18n } = useTranslation('workspace');
  const { t: tc } = useTranslation('calendar');
  const label = useLabel();
  const repos = useRepos();
  const { draft, plan, premisesName } = useWorkspace();
  const [editing, setEditing] = useState<TimelineEntry | null>(null);
  const [editingDerived, setEditingDerived] = useState<DerivedRow | null>(null);
  const removal = useConfirmTarget<TimelineEntry>();
  const [view, setView] = useState<'table' | 'day'>('table');
  const [movingH, setMovingH] = useState(false);
  const ro = draft.readOnly;
  const rows = planTimelineRows(plan, premisesName);
  const showActual = mayRecordFact(plan.operation.status, 'actual_time');
  const staggered = unexplainedStaggeredTargets(plan.targets);
  const nameOf = useCallback(
    (row: PlanTimelineRow) =>
      row.kind === 'entry'
        ? row.entry.title
        : row.kind === 'access'
          ? t('timeline.access', { name: row.name })
          : t('execution.briefingMeeting'),
    [t],
  );
  const edit = (row: PlanTimelineRow) => {
    if (ro) return;
    if (row.kind === 'entry') setEditing(row.entry);
    else setEditingDerived(row);
  };
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
      <Group mb="md" gap="sm" wrap="wrap">
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v === 'day' ? 'day' : 'table')}
          data={[
            { value: 'table', label: tc('day.table') },
            { value: 'day', label: tc('day.dayView') },
          ]}
          aria-label={tc('day.viewLabel')}
          data-testid="timeline-view-toggle"
        />
        {!ro && plan.operation.hHour !== null && (
          <Button
            variant="default"
            leftSection={<IconClockShare size={16} />}
            onClick={() => setMovingH(true)}
            data-testid="move-h"
          >
            {tc('moveH.title')}
          </Button>
        )}
        {!ro && (
          <Button
            leftSection={<IconPlus size={16} />}
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
      </Group>
      {staggered.length > 0 && (
        <Alert
          color="orange"
          mb="md"
          title={tc('staggered.title')}
          data-testid="timeline-staggered"
        >
          {tc('staggered.body', {
            names: staggered.map((x) => premisesName(x.premisesId)).join(', '),
          })}
        </Alert>
      )}
      {view === 'day' ? (
        <Suspense fallback={<Loader size="sm" />}>
          <TimelineDayView rows={rows} nameOf={nameOf} onEdit={edit} />
        </Suspense>
      ) : (
        <>
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
                  {showActual && <Table.Th>{tc('actual.column')}</Table.Th>}
                  <Table.Th>
                    <VisuallyHidden>{t('timeline.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const name = nameOf(row);
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
                      {showActual && (
                        <Table.Td>
                          {row.kind === 'entry' && <ActualTimeCell entry={row.entry} />}
                        </Table.Td>
                      )}
                      <Table.Td>
                        {!ro && (
                          <Group gap={4} wrap="nowrap" justify="flex-end">
                            <ActionIcon
                              variant="subtle"
                              aria-label={`${t('timeline.edit')}: ${name}`}
                              onClick={() => edit(row)}
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
        </>
      )}
      <Divider my="lg" />
      <Stack gap="md">
        <TargetReleasePanel />
        <IcsExport />
      </Stack>
      <MoveHDialog opened={movingH} onClose={() => setMovingH(false)} />
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
