// Objekte: the registry of premises across operations, searchable, with details and attachments.
import { Button, Center, Group, Loader, Table, Text, TextInput } from '@mantine/core';
import { IconMapPin, IconMapSearch, IconPlus, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { municipality, premisesKind } from '@shared/catalog';
import { useRepos } from '../../data/session';
import { useSearchIndex } from '../../search/useSearchIndex';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useLabel, useLang } from '../../ui/useLabel';
import { GeocodeMissingModal } from './GeocodeMissingModal';
import { needsGeocoding } from './geocode-missing';
import { PremisesDrawer } from './PremisesDrawer';
import { formatAddress, premisesSearchDoc } from './search-docs';

export function PremisesPage() {
  const { t } = useTranslation('premises');
  const lang = useLang();
  const label = useLabel();
  const repos = useRepos();
  const premises = useLiveQuery(() => repos.premises.list(), [repos]);
  const docs = useMemo(() => premises?.map((p) => premisesSearchDoc(p, lang)), [premises, lang]);
  const [query, setQuery] = useState('');
  const { hits } = useSearchIndex(docs, query);
  // `?open=<id>` opens a premises directly (a click on Karte leads here).
  const [params] = useSearchParams();
  const [open, setOpen] = useState<string | 'new' | null>(() => params.get('open'));

  const rows = premises?.filter((p) => !hits || hits.has(p.id));
  const unlocated = useMemo(() => premises?.filter(needsGeocoding) ?? [], [premises]);
  const [geocoding, setGeocoding] = useState(false);

  const header = (
    <PageHeader title={t('title')}>
      {premises && premises.length > 0 && (
        <Text c="dimmed" size="sm">
          {t('count', { count: rows?.length ?? 0 })}
        </Text>
      )}
      {unlocated.length > 0 && (
        <Button
          variant="default"
          leftSection={<IconMapSearch size={16} />}
          onClick={() => setGeocoding(true)}
          data-testid="premises-geocode-missing"
        >
          {t('geocodeMissing.action', { count: unlocated.length })}
        </Button>
      )}
      <Button
        leftSection={<IconPlus size={16} />}
        onClick={() => setOpen('new')}
        data-testid="premises-new"
      >
        {t('new')}
      </Button>
    </PageHeader>
  );

  if (!premises) {
    // The heading stays while the list loads: the page is never without its h1.
    return (
      <>
        {header}
        <Center py="xl" aria-busy="true">
          <Loader aria-label={t('loading')} />
        </Center>
      </>
    );
  }

  return (
    <>
      {header}
      {premises.length === 0 ? (
        <EmptyState
          icon={<IconMapPin size={28} />}
          title={t('empty.title')}
          testId="premises-empty"
        >
          {t('empty.body')}
        </EmptyState>
      ) : (
        <>
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('searchPlaceholder')}
            aria-label={t('search')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            maw={420}
            mb="md"
            data-testid="premises-search"
          />
          {rows && rows.length === 0 ? (
            <Text c="dimmed">{t('noResults', { query })}</Text>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table striped highlightOnHover data-testid="premises-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.name')}</Table.Th>
                    <Table.Th>{t('columns.kind')}</Table.Th>
                    <Table.Th>{t('columns.address')}</Table.Th>
                    <Table.Th>{t('columns.municipality')}</Table.Th>
                    <Table.Th>{t('columns.operator')}</Table.Th>
                    <Table.Th ta="right">{t('columns.attachments')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows?.map((p) => (
                    <Table.Tr key={p.id} data-testid="premises-row">
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          onClick={() => setOpen(p.id)}
                          px={4}
                        >
                          {p.name}
                        </Button>
                      </Table.Td>
                      <Table.Td>{label(premisesKind(p.kind)?.label) || p.kind}</Table.Td>
                      <Table.Td>{formatAddress(p)}</Table.Td>
                      <Table.Td>
                        {label(p.municipalityId ? municipality(p.municipalityId)?.name : undefined)}
                      </Table.Td>
                      <Table.Td>{p.operator.name}</Table.Td>
                      <Table.Td ta="right">{p.attachments.length || ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      {geocoding && (
        <GeocodeMissingModal premises={unlocated} onClose={() => setGeocoding(false)} />
      )}
      <Group>
        <PremisesDrawer
          target={open}
          onClose={() => setOpen(null)}
          onCreated={(id) => setOpen(id)}
        />
      </Group>
    </>
  );
}
