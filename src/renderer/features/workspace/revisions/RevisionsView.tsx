// Revisionen: approved versions kept as readable snapshots, and what changed between two.
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffPlans, type PlanPart, type PlanSnapshot } from '@shared/domain';
import { describeMapChanges } from '@shared/maps/map-diff';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { formatDateTime } from '../../../ui/format';
import { ChangeLines } from '../core/ChangeLines';
import { useWorkspace } from '../core/context';
import { MapChangeLines } from '../map';
import { SnapshotView } from './SnapshotView';

/** The audit entity name of each plan part, which the change labels are keyed by. */
const PART_ENTITY: Record<PlanPart, string> = {
  operation: 'operation',
  targets: 'target',
  participations: 'participation',
  teams: 'team',
  timeline: 'timeline',
  comms: 'comms',
};

function itemName(
  plan: PlanSnapshot,
  part: string,
  id: string,
  ws: ReturnType<typeof useWorkspace>,
): string {
  switch (part) {
    case 'targets': {
      const x = plan.targets.find((y) => y.id === id);
      return x ? ws.premisesName(x.premisesId) : id;
    }
    case 'participations': {
      const x = plan.participations.find((y) => y.id === id);
      return x ? ws.agencyName(x.agencyId) : id;
    }
    case 'teams':
      return plan.teams.find((y) => y.id === id)?.name ?? id;
    case 'timeline':
      return plan.timeline.find((y) => y.id === id)?.title ?? id;
    case 'comms':
      return plan.comms.find((y) => y.id === id)?.name ?? id;
    default:
      return plan.operation.codeName;
  }
}

export function RevisionsView() {
  const { t, i18n } = useTranslation('workspace');
  const repos = useRepos();
  const ws = useWorkspace();
  const { plan } = ws;
  const revisions = useLiveQuery(
    () => repos.operations.revisions(plan.operation.id),
    [repos, plan.operation.id, plan.operation.revision],
  );
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string>('current');
  const [viewing, setViewing] = useState<PlanSnapshot | null>(null);

  const versions = useMemo(() => {
    const list = (revisions ?? []).map((r) => ({
      key: r.id,
      label: r.approval
        ? t('revisions.entry', {
            revision: r.revision,
            by: r.approval.by,
            at: formatDateTime(r.approval.at, i18n.language),
          })
        : t('revisions.entryNoApproval', { revision: r.revision }),
      plan: r.snapshot,
    }));
    return [
      ...list,
      {
        key: 'current',
        label: t('revisions.current', { revision: plan.operation.revision }),
        plan,
      },
    ];
  }, [revisions, plan, t, i18n.language]);

  if (!revisions) return null;
  const fromKey = from ?? versions[versions.length - 2]?.key ?? null;
  const a = versions.find((v) => v.key === fromKey)?.plan;
  const b = versions.find((v) => v.key === to)?.plan;
  const changes = a && b ? diffPlans(a, b) : [];
  // The map is put into words apart from the field list (diffPlans leaves it out).
  const mapChanged =
    a && b
      ? describeMapChanges(a.operation.map?.features, b.operation.map?.features).length > 0
      : false;

  return (
    <Stack maw={1100} data-testid="revisions">
      <Paper withBorder p="md">
        <Text size="sm" mb="sm">
          {t('revisions.intro')}
        </Text>
        {revisions.length === 0 ? (
          <Text c="dimmed">{t('revisions.none')}</Text>
        ) : (
          <Stack gap="xs">
            {versions.map((v) => (
              <Group key={v.key} justify="space-between" data-testid="revision-entry">
                <Text size="sm">{v.label}</Text>
                {v.key !== 'current' && (
                  <Button size="compact-xs" variant="light" onClick={() => setViewing(v.plan)}>
                    {t('revisions.view')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      {revisions.length > 0 && (
        <Paper withBorder p="md">
          <Group mb="sm">
            <Select
              label={t('revisions.compareFrom')}
              data={versions.map((v) => ({ value: v.key, label: v.label }))}
              value={fromKey}
              onChange={setFrom}
              w={420}
              allowDeselect={false}
              data-testid="compare-from"
            />
            <Select
              label={t('revisions.compareTo')}
              data={versions.map((v) => ({ value: v.key, label: v.label }))}
              value={to}
              onChange={(v) => v && setTo(v)}
              w={420}
              allowDeselect={false}
            />
          </Group>
          {a && b && <MapChangeLines before={a} after={b} />}
          {changes.length === 0 && !mapChanged ? (
            <Text c="dimmed">{t('revisions.noChanges')}</Text>
          ) : changes.length === 0 ? null : (
            <Table data-testid="revision-diff">
              <Table.Tbody>
                {changes.map((c) => (
                  <Table.Tr key={`${c.part}-${c.id}`}>
                    <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                      <Badge
                        variant="light"
                        color={c.kind === 'added' ? 'green' : c.kind === 'removed' ? 'red' : 'blue'}
                      >
                        {t(`revisions.${c.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm" fw={600}>
                        {t(`revisions.parts.${c.part}`)}:{' '}
                        {itemName(c.kind === 'removed' && a ? a : (b ?? plan), c.part, c.id, ws)}
                      </Text>
                      <ChangeLines
                        changes={c.fields}
                        entity={PART_ENTITY[c.part]}
                        namesFrom={c.kind === 'removed' ? a : b}
                        max={30}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      )}
      <AppModal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        centered={false}
        size="90%"
        title={
          viewing ? (
            <Title order={2} size="h4">
              {t('revisions.snapshotTitle', { revision: viewing.operation.revision })}
            </Title>
          ) : null
        }
        closeButtonProps={{ 'aria-label': t('revisions.close') }}
      >
        {viewing && <SnapshotView plan={viewing} />}
      </AppModal>
    </Stack>
  );
}
