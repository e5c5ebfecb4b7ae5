// Einsätze: the list of operations, or — on an empty database — the offer to load the example.
import { Center, Group, Loader, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipality } from '@shared/catalog';
import { useRepos } from '../../data/session';
import { useSearchIndex } from '../../search/useSearchIndex';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useLabel, useLang } from '../../ui/useLabel';
import { DemoOffer } from './DemoOffer';
import { operationSearchDoc } from './search-docs';
import { ExerciseBadge, StatusBadge } from './StatusBadge';

export function OperationsPage() {
  const { t } = useTranslation('operations');
  const lang = useLang();
  const label = useLabel();
  const repos = useRepos();
  const summaries = useLiveQuery(() => repos.operations.listSummaries(), [repos]);
  const agencies = useLiveQuery(() => repos.agencies.list({ includeRetired: true }), [repos]);
  const agencyName = useMemo(
    () => new Map(agencies?.map((a) => [a.id, a.shortName || a.name]) ?? []),
    [agencies],
  );
  const docs = useMemo(
    () =>
      agencies &&
      summaries?.map((s) =>
        operationSearchDoc(s.operation, lang, (id) => agencyName.get(id) ?? ''),
      ),
    [summaries, agencies, agencyName, lang],
  );
  const index = useSearchIndex(docs);
  const [query, setQuery] = useState('');

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
  const hits = index.search(query);
  const rows = summaries
    .filter((s) => !hits || hits.has(s.operation.id))
    .sort((a, b) => (b.operation.hHour ?? '').localeCompare(a.operation.hHour ?? ''));
  return (
    <>
      <PageHeader title={t('title')}>
        <Text c="dimmed" size="sm">
          {t('count', { count: rows.length })}
        </Text>
      </PageHeader>
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={420}
        mb="md"
        data-testid="operations-search"
      />
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
