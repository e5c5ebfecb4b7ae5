// Search and filters above the list: full text, status, H-hour range, lead agency, municipality,
// thematic field, exercise and archived. Every change goes to the list state (and the URL).
import {
  Button,
  Kbd,
  Loader,
  MultiSelect,
  SegmentedControl,
  Select,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { memo, useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATION_STATUS_LABELS, THEMATIC_FIELDS } from '@shared/catalog';
import { OPERATION_STATUSES, type OperationStatus } from '@shared/domain';
import { DateField } from '../../../ui/DateField';
import { useLabel } from '../../../ui/useLabel';
import {
  activeFilterCount,
  CLEARED_FILTERS,
  EXERCISE_FILTERS,
  type ExerciseFilter,
  type ListFilters,
} from './list-state';
import type { UpdateListState } from './useListState';

type Option = { value: string; label: string };

export type Filters = Omit<ListFilters, 'query'>;

interface SearchProps {
  query: string;
  update: UpdateListState;
  inputRef: Ref<HTMLInputElement>;
  /** The search index is still being built: the search cannot answer yet. */
  pending: boolean;
}

export function SearchField({ query, update, inputRef, pending }: SearchProps) {
  const { t } = useTranslation('operationsList');
  return (
    <TextInput
      ref={inputRef}
      type="search"
      label={t('filters.search')}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        pending ? <Loader size="xs" aria-label={t('searchPending')} /> : <Kbd size="xs">/</Kbd>
      }
      placeholder={t('filters.searchPlaceholder')}
      value={query}
      onChange={(e) => update({ query: e.currentTarget.value })}
      w={320}
      data-testid="operations-search"
    />
  );
}

interface Props {
  filters: Filters;
  /** Whether a search text is set (the reset button clears it too). */
  hasQuery: boolean;
  update: UpdateListState;
  leadOptions: Option[];
  municipalityOptions: Option[];
}

/** The filters, as items of the caller's wrapping row. Memoised: typing does not change them. */
export const FilterBar = memo(function FilterBar(props: Props) {
  const { filters: state, hasQuery, update, leadOptions, municipalityOptions } = props;
  const { t } = useTranslation('operationsList');
  const label = useLabel();
  const exerciseLabelId = useId();
  const narrow = useMediaQuery('(max-width: 36em)');
  const active = activeFilterCount({ ...state, query: '' });
  const reversed = state.from !== null && state.to !== null && state.from > state.to;
  // A date field holding text that is no day already filters nothing, so a reset changes no
  // value of it: a new key empties it with the rest.
  const [resets, setResets] = useState(0);

  return (
    <>
      <MultiSelect
        label={t('filters.status')}
        placeholder={state.statuses.length === 0 ? t('filters.all') : undefined}
        data={OPERATION_STATUSES.map((s) => ({
          value: s,
          label: label(OPERATION_STATUS_LABELS[s]),
        }))}
        value={[...state.statuses]}
        onChange={(v) => update({ statuses: v as OperationStatus[] })}
        clearable
        w={260}
        data-testid="filter-status"
      />
      <DateField
        key={`from-${resets}`}
        label={t('filters.from')}
        value={state.from}
        onChange={(v) => update({ from: v })}
        w={150}
        testId="filter-from"
      />
      <DateField
        key={`to-${resets}`}
        label={t('filters.to')}
        value={state.to}
        onChange={(v) => update({ to: v })}
        error={reversed ? t('errors.rangeReversed') : undefined}
        w={150}
        testId="filter-to"
      />
      <Select
        label={t('filters.leadAgency')}
        placeholder={t('filters.all')}
        data={leadOptions}
        value={state.leadAgencyId}
        onChange={(v) => update({ leadAgencyId: v })}
        searchable
        clearable
        nothingFoundMessage={t('filters.nothingFound')}
        w={240}
        data-testid="filter-lead"
      />
      <Select
        label={t('filters.municipality')}
        placeholder={t('filters.all')}
        data={municipalityOptions}
        value={state.municipalityId}
        onChange={(v) => update({ municipalityId: v })}
        searchable
        clearable
        nothingFoundMessage={t('filters.nothingFound')}
        w={200}
        data-testid="filter-municipality"
      />
      <Select
        label={t('filters.thematicField')}
        placeholder={t('filters.all')}
        data={THEMATIC_FIELDS.map((f) => ({ value: f.code, label: label(f.label) }))}
        value={state.thematicField}
        onChange={(v) => update({ thematicField: v })}
        searchable
        clearable
        w={230}
        data-testid="filter-field"
      />
      <div>
        <Text size="sm" fw={500} mb={2} id={exerciseLabelId}>
          {t('filters.exercise')}
        </Text>
        <SegmentedControl
          aria-labelledby={exerciseLabelId}
          // Three choices side by side are wider than a 320 px window (WCAG 1.4.10): stack them.
          orientation={narrow ? 'vertical' : 'horizontal'}
          value={state.exercise}
          onChange={(v) => update({ exercise: v as ExerciseFilter })}
          data={EXERCISE_FILTERS.map((e) => ({ value: e, label: t(`filters.exercises.${e}`) }))}
          data-testid="filter-exercise"
        />
      </div>
      <Switch
        label={t('filters.showArchived')}
        checked={state.showArchived}
        onChange={(e) => update({ showArchived: e.currentTarget.checked })}
        mb={8}
        data-testid="filter-archived"
      />
      {(active > 0 || hasQuery) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => {
            setResets((n) => n + 1);
            update(CLEARED_FILTERS);
          }}
          data-testid="filters-reset"
        >
          {t('filters.reset')}
        </Button>
      )}
    </>
  );
});
