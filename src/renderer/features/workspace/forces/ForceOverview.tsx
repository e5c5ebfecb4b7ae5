// Kräfteübersicht: totals per agency, per team and per premises; requested against confirmed;
// saved as a document through the same pipeline as the briefing.
import { Button, Group, Paper, Table, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { forceOverviewModel } from '@shared/documents';
import { forceTotals } from '@shared/roster';
import { useDataSession } from '../../../data/session';
import { notifySuccess } from '../../../ui/notify';
import { forceOverviewFileName, useSaveDocument } from '../../documents';
import { useWorkspace } from '../core/context';
import { AgencyRow, PremisesRow, TeamRow } from './ForceOverviewRows';

export function ForceOverview() {
  const { t } = useTranslation('roster');
  const session = useDataSession();
  const { plan, agencies, premises, premisesName } = useWorkspace();
  const doc = useSaveDocument(t('overview.print'));
  const totals = useMemo(() => forceTotals(plan, [...agencies.values()]), [plan, agencies]);
  const teamName = (id: string) => plan.teams.find((x) => x.id === id)?.name ?? '';

  const print = async () => {
    const settings = await session.repos.settings.get();
    const r = await doc.save(
      () =>
        forceOverviewModel({
          plan,
          agencies: [...agencies.values()],
          premises: [...premises.values()],
          issuingOffice: settings.issuingOffice,
          now: new Date().toISOString(),
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
      {/* It holds no control, so the box itself takes the focus: keyboard users can scroll it
          (axe scrollable-region-focusable), and the region names what it scrolls. */}
      <Table.ScrollContainer
        minWidth={560}
        type="native"
        tabIndex={0}
        role="region"
        aria-label={t('overview.perAgency')}
      >
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
              <AgencyRow
                key={a.participationId}
                name={a.name}
                role={a.role}
                status={a.status}
                requested={a.requested}
                confirmed={a.confirmed}
                assigned={a.assigned}
                limit={a.limit}
                vehicles={a.vehicles}
              />
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
      </Table.ScrollContainer>
      <Title order={3} size="h6" mt="md">
        {t('overview.perTeam')}
      </Title>
      <Table striped>
        <Table.Tbody>
          {totals.teams.map((team) => (
            <TeamRow
              key={team.teamId}
              name={team.name}
              callSign={team.callSign}
              members={team.byAgency
                .map((x) => {
                  const agency = agencies.get(x.agencyId);
                  return `${agency?.shortName || agency?.name} ${x.count}`;
                })
                .join(', ')}
              assigned={team.assigned}
            />
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h6" mt="md">
        {t('overview.perPremises')}
      </Title>
      <Table striped>
        <Table.Tbody>
          {totals.premises.map((x) => (
            <PremisesRow
              key={x.targetId}
              name={premisesName(x.premisesId)}
              teams={x.teamIds.map(teamName).join(', ')}
              assigned={x.assigned}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
