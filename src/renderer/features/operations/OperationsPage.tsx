// Einsätze: the list of operations, or — on an empty database — the offer to load the example.
import { Center, Group, Loader, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { municipality } from '@shared/catalog';
import { useRepos } from '../../data/session';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useLabel, useLang } from '../../ui/useLabel';
import { DemoOffer } from './DemoOffer';
import { ExerciseBadge, StatusBadge } from './StatusBadge';

export function OperationsPage() {
  const { t } = useTranslation('operations');
  const lang = useLang();
  const label = useLabel();
  const repos = useRepos();
  const summaries = useLiveQuery(() => repos.operations.listSummaries(), [repos]);
  const agencies = useLiveQuery(() => repos.agencies.list({ includeRetired: true }), [repos]);

  if (!summaries || !agencies) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (summaries.length === 0) {
    return (
      <>
        <PageHeader title={t('title')} />
        <DemoOffer />
      </>
    );
  }
  const agencyName = new Map(agencies.map((a) => [a.id, a.shortName || a.name]));
  const rows = [...summaries].sort((a, b) =>
    (b.operation.hHour ?? '').localeCompare(a.operation.hHour ?? ''),
  );
  return (
    <>
      <PageHeader title={t('title')}>
        <Text c="dimmed" size="sm">
          {t('count', { count: rows.length })}
        </Text>
      </PageHeader>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover stickyHeader data-testid="operations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.codeName')}</Table.Th>
              <Table.Th>{t('columns.title')}</Table.Th>
              <Table.Th>{t('columns.hHour')}</Table.Th>
              <Table.Th>{t('columns.municipality')}</Table.Th>
              <Table.Th>{t('columns.leadAgency')}</Table.Th>
              <Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th ta="right">{t('columns.agencies')}</Table.Th>
              <Table.Th ta="right">{t('columns.targets')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ operation: o, agenciesConfirmed, agenciesTotal, targets }) => (
              <Table.Tr key={o.id} data-testid="operation-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text fw={600} size="sm">
                      {o.codeName}
                    </Text>
                    {o.exercise && <ExerciseBadge />}
                  </Group>
                </Table.Td>
                <Table.Td>{o.title}</Table.Td>
                <Table.Td>{o.hHour ? formatDateTime(o.hHour, lang) : t('noHHour')}</Table.Td>
                <Table.Td>
                  {label(o.municipalityId ? municipality(o.municipalityId)?.name : undefined)}
                </Table.Td>
                <Table.Td>{o.leadAgencyId ? agencyName.get(o.leadAgencyId) : ''}</Table.Td>
                <Table.Td>
                  <StatusBadge status={o.status} />
                </Table.Td>
                <Table.Td ta="right">
                  {agenciesConfirmed} / {agenciesTotal}
                </Table.Td>
                <Table.Td ta="right">{targets}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
