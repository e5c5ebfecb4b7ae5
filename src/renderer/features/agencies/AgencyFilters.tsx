// The filter row of the Behörden list: search, kind, partner status, jurisdiction level and
// whether retired agencies are shown.
import { Button, Group, Select, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  AGENCY_KIND_LABELS,
  JURISDICTION_LEVEL_LABELS,
  label,
  PARTNER_STATUS_LABELS,
} from '@shared/catalog';
import {
  AGENCY_KINDS,
  JURISDICTION_LEVELS,
  PARTNER_STATUSES,
  type Agency,
  type Label,
} from '@shared/domain';
import { useLang } from '../../ui/useLabel';

export interface AgencyFilterState {
  query: string;
  kind: string | null;
  partnerStatus: string | null;
  level: string | null;
  showRetired: boolean;
}

export const NO_FILTERS: AgencyFilterState = {
  query: '',
  kind: null,
  partnerStatus: null,
  level: null,
  showRetired: false,
};

export function matchesFilters(a: Agency, f: AgencyFilterState): boolean {
  return (
    (f.showRetired || !a.retired) &&
    (f.kind === null || a.kind === f.kind) &&
    (f.partnerStatus === null || a.partnerStatus === f.partnerStatus) &&
    (f.level === null || a.jurisdiction.level === f.level)
  );
}

function options<T extends string>(
  codes: readonly T[],
  labels: Record<T, Label>,
  lang: 'de' | 'en',
) {
  return codes
    .map((c) => ({ value: c, label: label(labels[c], lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

interface Props {
  value: AgencyFilterState;
  onChange(next: AgencyFilterState): void;
}

export function AgencyFilters({ value, onChange }: Props) {
  const { t } = useTranslation('agencies');
  const lang = useLang();
  const set = <K extends keyof AgencyFilterState>(k: K, v: AgencyFilterState[K]) =>
    onChange({ ...value, [k]: v });
  const active =
    value.kind !== null ||
    value.partnerStatus !== null ||
    value.level !== null ||
    value.showRetired;
  return (
    <Group align="flex-end" gap="sm" mb="md" role="search" aria-label={t('filters.label')}>
      <TextInput
        leftSection={<IconSearch size={16} />}
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={value.query}
        onChange={(e) => set('query', e.currentTarget.value)}
        w={300}
        data-testid="agencies-search"
      />
      <Select
        label={t('filters.kind')}
        placeholder={t('filters.all')}
        data={options(AGENCY_KINDS, AGENCY_KIND_LABELS, lang)}
        value={value.kind}
        onChange={(v) => set('kind', v)}
        clearable
        searchable
        w={230}
        data-testid="agencies-filter-kind"
      />
      <Select
        label={t('filters.partnerStatus')}
        placeholder={t('filters.all')}
        data={options(PARTNER_STATUSES, PARTNER_STATUS_LABELS, lang)}
        value={value.partnerStatus}
        onChange={(v) => set('partnerStatus', v)}
        clearable
        w={200}
        data-testid="agencies-filter-partner"
      />
      <Select
        label={t('filters.level')}
        placeholder={t('filters.all')}
        data={JURISDICTION_LEVELS.map((c) => ({
          value: c,
          label: label(JURISDICTION_LEVEL_LABELS[c], lang),
        }))}
        value={value.level}
        onChange={(v) => set('level', v)}
        clearable
        w={190}
        data-testid="agencies-filter-level"
      />
      <Switch
        label={t('filters.showRetired')}
        checked={value.showRetired}
        onChange={(e) => set('showRetired', e.currentTarget.checked)}
        mb={8}
        data-testid="agencies-show-retired"
      />
      {active && (
        <Button
          variant="subtle"
          onClick={() => onChange({ ...NO_FILTERS, query: value.query })}
          mb={2}
        >
          {t('filters.reset')}
        </Button>
      )}
    </Group>
  );
}
