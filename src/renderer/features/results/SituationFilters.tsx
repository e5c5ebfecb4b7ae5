// Auswertung's filters: period (months), municipality, thematic field, agency, exercises. The
// page keeps them in the URL; the options come from the counted operations and the catalogue.
// A month from the URL with no counted operation stays listed, so an active filter never looks
// empty; "Filter zurücksetzen" clears them all.
import { Button, Checkbox, Group, Select } from '@mantine/core';
import { useMemo } from 'react';
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

export function SituationFilters({ filter, prepared, agencyName, onChange }: Props) {
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
  const set = (patch: Partial<ResultsFilter>) => onChange({ ...filter, ...patch });
  const common = {
    clearable: true,
    searchable: true,
    w: 200,
    placeholder: t('situation.all'),
  } as const;
  return (
    <Group align="flex-end" gap="sm" data-testid="situation-filters">
      <Select
        {...common}
        w={150}
        label={t('situation.from')}
        data={months}
        value={filter.from || null}
        onChange={(v) => set({ from: v ?? '' })}
      />
      <Select
        {...common}
        w={150}
        label={t('situation.to')}
        data={months}
        value={filter.to || null}
        onChange={(v) => set({ to: v ?? '' })}
      />
      <Select
        {...common}
        label={t('situation.municipality')}
        data={municipalities}
        value={filter.municipalityId || null}
        onChange={(v) => set({ municipalityId: v ?? '' })}
      />
      <Select
        {...common}
        label={t('situation.thematicField')}
        data={fields}
        value={filter.thematicField || null}
        onChange={(v) => set({ thematicField: v ?? '' })}
      />
      <Select
        {...common}
        w={260}
        label={t('situation.agency')}
        data={agencies}
        value={filter.agencyId || null}
        onChange={(v) => set({ agencyId: v ?? '' })}
      />
      <Checkbox
        mb={8}
        label={t('situation.includeExercises')}
        checked={filter.includeExercises}
        onChange={(e) => set({ includeExercises: e.currentTarget.checked })}
      />
      {isFiltered(filter) && (
        <Button variant="subtle" onClick={() => onChange(NO_FILTER)} data-testid="situation-reset">
          {t('situation.reset')}
        </Button>
      )}
    </Group>
  );
}
