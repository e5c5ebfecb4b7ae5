// The list view of Einsätze: the filter bar, then the table, or what to show instead (search
// index still building, nothing matches, no active operation at all), and the keyboard hint.
import { Button, Center, Group, Loader, Text } from '@mantine/core';
import { IconArchive, IconFilterOff, IconSearchOff } from '@tabler/icons-react';
import { useCallback, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { label, municipality } from '@shared/catalog';
import { EmptyState } from '../../../ui/EmptyState';
import { useLang } from '../../../ui/useLabel';
import { FilterBar, SearchField } from './FilterBar';
import { distinctOptions, type ListRow } from './list-rows';
import { activeFilterCount, CLEARED_FILTERS, type ListState } from './list-state';
import { OperationsTable } from './OperationsTable';
import type { RowAction } from './RowMenu';
import type { UpdateListState } from './useListState';

interface Props {
  state: ListState;
  update: UpdateListState;
  /** All active operations (archived included). */
  rows: readonly ListRow[];
  /** Those that pass search and filters. */
  filtered: readonly ListRow[];
  searchPending: boolean;
  searchRef: Ref<HTMLInputElement>;
  agencyName(id: string): string;
  onAction(action: RowAction, row: ListRow): void;
}

function municipalityName(code: string, lang: 'de' | 'en'): string {
  const m = municipality(code);
  return m ? label(m.name, lang) : code;
}

export function OperationsList(props: Props) {
  const { state, update, rows, filtered, searchPending, agencyName, onAction } = props;
  const { t } = useTranslation('operationsList');
  const lang = useLang();

  const lead = state.leadAgencyId;
  const leadOptions = useMemo(
    () =>
      distinctOptions(
        rows,
        (r) => ({ value: r.leadAgencyId, label: r.leadAgency }),
        lead ? { value: lead, label: agencyName(lead) || lead } : null,
      ),
    [rows, lead, agencyName],
  );
  const mun = state.municipalityId;
  const municipalityOptions = useMemo(
    () =>
      distinctOptions(
        rows,
        (r) => ({ value: r.municipalityId, label: r.municipality }),
        mun ? { value: mun, label: municipalityName(mun, lang) } : null,
      ),
    [rows, mun, lang],
  );
  const onSortChange = useCallback((sort: ListState['sort']) => update({ sort }), [update]);
  const { statuses, from, to, leadAgencyId, municipalityId, thematicField } = state;
  const { exercise, showArchived } = state;
  // A stable object while only the search text changes, so the filters do not re-render.
  const filters = useMemo(
    () => ({
      statuses,
      from,
      to,
      leadAgencyId,
      municipalityId,
      thematicField,
      exercise,
      showArchived,
    }),
    [statuses, from, to, leadAgencyId, municipalityId, thematicField, exercise, showArchived],
  );
  // Scroll back to the top whenever what is shown is chosen differently.
  const resetKey = useMemo(() => JSON.stringify([state.query, filters]), [state.query, filters]);

  let body;
  if (searchPending) {
    body = (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('searchPending')} />
      </Center>
    );
  } else if (rows.length === 0) {
    body = (
      <EmptyState title={t('noActive.title')} testId="operations-no-active">
        {t('noActive.body')}
      </EmptyState>
    );
  } else if (filtered.length === 0 && activeFilterCount(state) === 0 && state.query.trim() === '') {
    // Nothing filtered, yet nothing shown: every active operation is archived.
    body = (
      <EmptyState
        icon={<IconArchive size={28} />}
        title={t('allArchived.title')}
        testId="operations-all-archived"
        action={
          <Button variant="light" onClick={() => update({ showArchived: true })}>
            {t('filters.showArchived')}
          </Button>
        }
      >
        {t('allArchived.body')}
      </EmptyState>
    );
  } else if (filtered.length === 0) {
    body = (
      <EmptyState
        icon={<IconSearchOff size={28} />}
        title={t('noResults.title')}
        testId="operations-no-results"
        action={
          <Button
            variant="light"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={() => update(CLEARED_FILTERS)}
          >
            {t('filters.reset')}
          </Button>
        }
      >
        {t('noResults.body')}
      </EmptyState>
    );
  } else {
    body = (
      <OperationsTable
        rows={filtered}
        sort={state.sort}
        onSortChange={onSortChange}
        onAction={onAction}
        resetKey={resetKey}
        label={t('tableLabel')}
      />
    );
  }

  return (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap" mb="sm" data-testid="operations-filters">
        <SearchField
          query={state.query}
          update={update}
          inputRef={props.searchRef}
          pending={searchPending}
        />
        <FilterBar
          filters={filters}
          hasQuery={state.query !== ''}
          update={update}
          leadOptions={leadOptions}
          municipalityOptions={municipalityOptions}
        />
      </Group>
      {body}
      <Group gap="xs" mt={6}>
        <Text size="xs" c="dimmed" data-testid="keyboard-hint">
          {t('keyboardHint')}
        </Text>
      </Group>
    </>
  );
}
