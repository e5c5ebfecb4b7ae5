// The Kalender's filters: agency taking part, municipality, status, lead agency (all in the URL).
import { Group, Select } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { label, municipality, OPERATION_STATUS_LABELS } from '@shared/catalog';
import type { CalendarFilters as Filters } from '@shared/calendar';
import {
  OPERATION_STATUSES,
  type Agency,
  type Operation,
  type OperationStatus,
} from '@shared/domain';
import { useLang } from '../../ui/useLabel';

/**
 * Memoised: the Kalender re-renders on every switch of view or day, which leaves the filters
 * as they were (B7).
 */
export const CalendarFilterBar = memo(function CalendarFilterBar({
  filters,
  onChange,
  agencies,
  operations,
}: {
  filters: Filters;
  onChange(patch: Partial<Filters>): void;
  agencies: Agency[];
  operations: Iterable<Operation>;
}) {
  const { t } = useTranslation('calendar');
  const lang = useLang();
  const agencyOptions = useMemo(
    () => agencies.map((a) => ({ value: a.id, label: a.name })),
    [agencies],
  );
  const municipalityOptions = useMemo(() => {
    const codes = new Set<string>();
    for (const op of operations) if (op.municipalityId) codes.add(op.municipalityId);
    return [...codes]
      .map((code) => {
        const m = municipality(code);
        return { value: code, label: m ? label(m.name, lang) : code };
      })
      .sort((a, b) => a.label.localeCompare(b.label, 'de'));
  }, [operations, lang]);
  const statusOptions = OPERATION_STATUSES.map((s) => ({
    value: s,
    label: label(OPERATION_STATUS_LABELS[s], lang),
  }));
  const common = { clearable: true, searchable: true, w: 220, size: 'sm' as const };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="calendar-filters">
      <Select
        {...common}
        label={t('filters.agency')}
        placeholder={t('filters.all')}
        data={agencyOptions}
        value={filters.agencyId}
        onChange={(v) => onChange({ agencyId: v })}
        data-testid="calendar-filter-agency"
      />
      <Select
        {...common}
        label={t('filters.municipality')}
        placeholder={t('filters.all')}
        data={municipalityOptions}
        value={filters.municipalityId}
        onChange={(v) => onChange({ municipalityId: v })}
        data-testid="calendar-filter-municipality"
      />
      <Select
        {...common}
        label={t('filters.status')}
        placeholder={t('filters.all')}
        data={statusOptions}
        value={filters.status}
        onChange={(v) => onChange({ status: (v as OperationStatus | null) ?? null })}
        data-testid="calendar-filter-status"
      />
      <Select
        {...common}
        label={t('filters.lead')}
        placeholder={t('filters.all')}
        data={agencyOptions}
        value={filters.leadAgencyId}
        onChange={(v) => onChange({ leadAgencyId: v })}
        data-testid="calendar-filter-lead"
      />
    </Group>
  );
});
