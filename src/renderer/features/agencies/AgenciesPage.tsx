// Behörden: the editable agency catalogue — searchable and filterable list, detail drawer with
// contacts and operation history, merge, retire, CSV import and export.
import { Alert, Anchor, Badge, Button, Center, Loader, Table, Text } from '@mantine/core';
import { IconBuildingBank, IconFileExport, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENCY_KIND_LABELS,
  JURISDICTION_LEVEL_LABELS,
  PARTNER_STATUS_LABELS,
} from '@shared/catalog';
import type { Agency } from '@shared/domain';
import { useRepos } from '../../data/session';
import { useSearchIndex } from '../../search/useSearchIndex';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useLabel, useLang } from '../../ui/useLabel';
import { AgencyDrawer } from './AgencyDrawer';
import { AgencyFilters, matchesFilters, NO_FILTERS } from './AgencyFilters';
import { useCsvExport } from './csv-export';
import { ImportModal } from './ImportModal';
import { agencySearchDoc } from './search-docs';

function useAgencies(): { agencies: Agency[] | undefined; failed: boolean } {
  const repos = useRepos();
  const [failed, setFailed] = useState(false);
  const agencies = useLiveQuery(
    () =>
      repos.agencies.list({ includeRetired: true }).catch((e: unknown) => {
        console.error(e);
        setFailed(true);
        return [];
      }),
    [repos],
  );
  return { agencies, failed };
}

export function AgenciesPage() {
  const { t } = useTranslation('agencies');
  const lang = useLang();
  const label = useLabel();
  const { agencies, failed } = useAgencies();
  const docs = useMemo(() => agencies?.map((a) => agencySearchDoc(a, lang)), [agencies, lang]);
  const [filters, setFilters] = useState(NO_FILTERS);
  const { hits } = useSearchIndex(docs, filters.query);
  const [open, setOpen] = useState<string | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const exportCsv = useCsvExport();

  const rows = agencies?.filter((a) => (!hits || hits.has(a.id)) && matchesFilters(a, filters));

  const header = (
    <PageHeader title={t('title')}>
      {rows && (
        <Text c="dimmed" size="sm" aria-live="polite" data-testid="agencies-count">
          {t('count', { count: rows.length })}
        </Text>
      )}
      <Button
        variant="default"
        leftSection={<IconFileImport size={16} />}
        onClick={() => setImporting(true)}
        data-testid="agencies-import"
      >
        {t('import.button')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileExport size={16} />}
        onClick={() => void exportCsv(agencies ?? [])}
        disabled={!agencies || agencies.length === 0}
        data-testid="agencies-export"
      >
        {t('export.button')}
      </Button>
      <Button
        leftSection={<IconPlus size={16} />}
        onClick={() => setOpen('new')}
        data-testid="agencies-new"
      >
        {t('new')}
      </Button>
    </PageHeader>
  );

  let content;
  if (failed) {
    content = <Alert color="red" title={t('loadFailed')} data-testid="agencies-error" />;
  } else if (!agencies) {
    content = (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  } else if (agencies.length === 0) {
    content = (
      <EmptyState
        icon={<IconBuildingBank size={28} />}
        title={t('empty.title')}
        testId="agencies-empty"
      >
        {t('empty.body')}
      </EmptyState>
    );
  } else {
    content = (
      <>
        <AgencyFilters value={filters} onChange={setFilters} />
        {rows && rows.length === 0 ? (
          <Text c="dimmed" data-testid="agencies-no-results">
            {t('noResults')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover data-testid="agencies-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.name')}</Table.Th>
                  <Table.Th>{t('columns.shortName')}</Table.Th>
                  <Table.Th>{t('columns.kind')}</Table.Th>
                  <Table.Th>{t('columns.jurisdiction')}</Table.Th>
                  <Table.Th>{t('columns.partnerStatus')}</Table.Th>
                  <Table.Th ta="right">{t('columns.contacts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows?.map((a) => (
                  <Table.Tr key={a.id} data-testid="agency-row">
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        fw={600}
                        size="sm"
                        ta="left"
                        onClick={() => setOpen(a.id)}
                      >
                        {a.name}
                      </Anchor>
                      {a.retired && (
                        <Badge color="gray" variant="light" ml="xs" data-testid="agency-retired">
                          {t('retiredBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{a.shortName}</Table.Td>
                    <Table.Td>{label(AGENCY_KIND_LABELS[a.kind])}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {label(JURISDICTION_LEVEL_LABELS[a.jurisdiction.level])}
                      </Text>
                      {a.jurisdiction.area && (
                        <Text size="xs" c="dimmed">
                          {a.jurisdiction.area}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{label(PARTNER_STATUS_LABELS[a.partnerStatus])}</Table.Td>
                    <Table.Td ta="right">{a.contacts.length || ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </>
    );
  }

  return (
    <>
      {header}
      {content}
      <AgencyDrawer target={open} onClose={() => setOpen(null)} onCreated={(id) => setOpen(id)} />
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}
