// Kräfteübersicht: totals per agency, per team and per premises; requested against confirmed;
// saved as a document through the same pipeline as the briefing.
import { Button, Group, Paper, Table, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_STATUS_LABELS, PARTICIPATION_ROLE_LABELS } from '@shared/catalog';
import { forceOverviewModel } from '@shared/documents';
import { forceTotals } from '@shared/roster';
import { useDataSession } from '../../data/session';
import { notifySuccess } from '../../ui/notify';
import { useLabel } from '../../ui/useLabel';
import { forceOverviewFileName, useSaveDocument } from '../documents';
import { useWorkspace } from '../operations/workspace/context';

export function ForceOverview() {
  const { t } = useTranslation('roster');
  const label = useLabel();
  const session = useDataSession();
  const { plan, agencies, premises, premisesName } = useWorkspace();
  const doc = useSaveDocument(t('overview.print'));
  const totals = forceTotals(plan, [...agencies.values()]);
  const teamName = (id: string) => plan.teams.find((x) => x.id === id)?.name ?? '';

  const print = async () => {
    const settings = await session.repos.settings.get();
    const r = await doc.save(
      () =>
        forceOverviewModel(plan, [...agencies.values()], [...premises.values()], {
          now: new Date().toISOString(),
          issuingOffice: settings.issuingOffice,
        }),
      forceOverviewFileName(plan.operation),
    );
    if (r.saved) notifySuccess(t('overview.saved', { name: r.fileName }));
  };

  return (
    <Paper withBorder p="md" data-testid="force-overview">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('overview.title')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconFileText size={16} />}
          loading={doc.busy}
          onClick={() => void print()}
          data-testid="force-overview-print"
        >
          {t('overview.print')}
        </Button>
      </Group>
      <Title order={3} size="h6" mt="sm">
        {t('overview.perAgency')}
      </Title>
      <Table striped data-testid="totals-agencies">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('overview.agency')}</Table.Th>
            <Table.Th>{t('overview.role')}</Table.Th>
            <Table.Th>{t('overview.status')}</Table.Th>
            <Table.Th ta="right">{t('overview.requested')}</Table.Th>
            <Table.Th ta="right">{t('overview.confirmed')}</Table.Th>
            <Table.Th ta="right">{t('overview.assigned')}</Table.Th>
            <Table.Th ta="right">{t('overview.vehicles')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {totals.agencies.map((a) => (
            <Table.Tr key={a.participationId}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td>{label(PARTICIPATION_ROLE_LABELS[a.role])}</Table.Td>
              <Table.Td>{label(CONFIRMATION_STATUS_LABELS[a.status])}</Table.Td>
              <Table.Td ta="right">{a.requested}</Table.Td>
              <Table.Td ta="right">{a.confirmed}</Table.Td>
              <Table.Td
                ta="right"
                c={
                  a.assigned > Math.max(a.confirmed, a.status === 'requested' ? a.requested : 0)
                    ? 'red.8'
                    : undefined
                }
              >
                {a.assigned}
              </Table.Td>
              <Table.Td ta="right">{a.vehicles}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td colSpan={3}>{t('overview.total')}</Table.Td>
            <Table.Td ta="right">{totals.total.requested}</Table.Td>
            <Table.Td ta="right">{totals.total.confirmed}</Table.Td>
            <Table.Td ta="right">{totals.total.assigned}</Table.Td>
            <Table.Td ta="right">{totals.total.vehicles}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Title order={3} size="h6" mt="md">
        {t('overview.perTeam')}
      </Title>
      <Table striped>
        <Table.Tbody>
          {totals.teams.map((team) => (
            <Table.Tr key={team.teamId}>
              <Table.Td>{team.name}</Table.Td>
              <Table.Td>{team.callSign}</Table.Td>
              <Table.Td>
                {team.byAgency
                  .map(
                    (x) =>
                      `${agencies.get(x.agencyId)?.shortName || agencies.get(x.agencyId)?.name} ${x.count}`,
                  )
                  .join(', ')}
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {team.assigned}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h6" mt="md">
        {t('overview.perPremises')}
      </Title>
      <Table striped>
        <Table.Tbody>
          {totals.premises.map((x) => (
            <Table.Tr key={x.targetId}>
              <Table.Td>{premisesName(x.premisesId)}</Table.Td>
              <Table.Td>{x.teamIds.map(teamName).join(', ')}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {x.assigned}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
