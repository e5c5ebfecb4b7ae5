// Auswertung's filters: period (months), municipality, thematic field, agency, exercises. The
// page keeps them in the URL; the options come from the counted operations and the catalogue.
// A month from the URL with no counted operation stays listed, so an active filter never looks
// empty; "Filter zurücksetzen" clears them all.
// A filter change redraws the page twice (the fields at once, the numbers deferred): the field
// group is memoised, and each field on its own value and options, so only the changed field is
// drawn again. The bench's CPU profile put most of a change's script time in React's
// reconciler and Mantine's Box (the vendor chunks Rolldown names "i18n" and "useTranslation"),
// and five Selects are most of the Boxes outside the tables.
import { Button, Checkbox, Group, Select } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { municipality, THEMATIC_FIELDS } from '@shared/catalog';
import { NO_FILTER, type PreparedOperation, type ResultsFilter } from '@shared/results';
import { useLabel, useLang } from '../../ui/useLabel';
import { isFiltered } from './results-url';
import { monthLabel } from './situation-format';

interface Props {
  filter: ResultsFilter;
  prepared: readonly PreparedOperation[];
  agencyName(id: string): string;
  onChange(next: ResultsFilter): void;
}

/** The filter fields that hold text (a month, a code or an id; '' for all). */
type TextKey = 'from' | 'to' | 'municipalityId' | 'thematicField' | 'agencyId';

interface FieldProps {
  field: TextKey;
  label: string;
  placeholder: string;
  w: number;
  data: readonly { value: string; label: string }[];
  value: string;
  onSet(field: TextKey, value: string): void;
}

/** One filter field, drawn again only when its own value, options or label changed. */
const FilterSelect = memo(function FilterSelect({
  field,
  onSet,
  value,
  data,
  ...rest
}: FieldProps) {
  return (
    <Select
      {...rest}
      clearable
      searchable
      data={data}
      value={value || null}
      onChange={(v) => onSet(field, v ?? '')}
    />
  );
});

function SituationFiltersView({ filter, prepared, agencyName, onChange }: Props) {
  const { t } = useTranslation('results');
  const label = useLabel();
  const lang = useLang();
  // The options depend on the counted operations, not on the filter (10 000 operations: read
  // once per data change, not on every filter change).
  const options = useMemo(() => {
    const monthsSeen = [...new Set(prepared.map((p) => p.month).filter(Boolean))];
    const municipalities = [...new Set(prepared.map((p) => p.municipalityId).filter(Boolean))]
      .map((code) => ({ value: code, label: municipality(code)?.name[lang] || code }))
      .sort((a, b) => a.label.localeCompare(b.label, 'de'));
    const agencies = [...new Set(prepared.flatMap((p) => [...p.agencyIds]))]
      .map((id) => ({ value: id, label: agencyName(id) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'de'));
    return { monthsSeen, municipalities, agencies };
  }, [prepared, lang, agencyName]);
  const { municipalities, agencies, monthsSeen } = options;
  // New option lists make every field parse its options again: kept while their inputs stay.
  const months = useMemo(
    () =>
      [...new Set([...monthsSeen, filter.from, filter.to].filter(Boolean))]
        .sort()
        .map((m) => ({ value: m, label: monthLabel(m, lang) })),
    [monthsSeen, filter.from, filter.to, lang],
  );
  const fields = useMemo(
    () => THEMATIC_FIELDS.map((f) => ({ value: f.code, label: label(f.label) })),
    [label],
  );
  // The fields keep one change handler for good; it reads the filter of the last commit, which
  // is the filter the user saw when changing a field.
  const latest = useRef({ filter, onChange });
  useLayoutEffect(() => {
    latest.current = { filter, onChange };
  });
  const onSet = useCallback((field: TextKey, value: string) => {
    const now = latest.current;
    now.onChange({ ...now.filter, [field]: value });
  }, []);
  const common = { placeholder: t('situation.all'), onSet };
  return (
    <Group align="flex-end" gap="sm" data-testid="situation-filters">
      <FilterSelect
        {...common}
        field="from"
        w={150}
        label={t('situation.from')}
        data={months}
        value={filter.from}
      />
      <FilterSelect
        {...common}
        field="to"
        w={150}
        label={t('situation.to')}
        data={months}
        value={filter.to}
      />
      <FilterSelect
        {...common}
        field="municipalityId"
        w={200}
        label={t('situation.municipality')}
        data={municipalities}
        value={filter.municipalityId}
      />
      <FilterSelect
        {...common}
        field="thematicField"
        w={200}
        label={t('situation.thematicField')}
        data={fields}
        value={filter.thematicField}
      />
      <FilterSelect
        {...common}
        field="agencyId"
        w={260}
        label={t('situation.agency')}
        data={agencies}
        value={filter.agencyId}
      />
      <Checkbox
        mb={8}
        label={t('situation.includeExercises')}
        checked={filter.includeExercises}
        onChange={(e) => onChange({ ...filter, includeExercises: e.currentTarget.checked })}
      />
      {isFiltered(filter) && (
        <Button variant="subtle" onClick={() => onChange(NO_FILTER)} data-testid="situation-reset">
          {t('situation.reset')}
        </Button>
      )}
    </Group>
  );
}

/** Not drawn again in the deferred render of the numbers, where its props stay the same. */
export const SituationFilters = memo(SituationFiltersView);
