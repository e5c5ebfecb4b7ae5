// The filter row above Karte: operation, target status, premises kind, municipality, the date
// range of the operations and the inspection history. Every change goes to the URL.
import { Button, Group, NumberInput, Select } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITIES, PREMISES_KINDS, TARGET_STATUS_LABELS } from '@shared/catalog';
import { TARGET_STATUSES, type Operation, type TargetStatus } from '@shared/domain';
import { DateField } from '../../ui/DateField';
import { useLabel } from '../../ui/useLabel';
import { operationDate, type OverviewFilters } from './overview-model';

interface Props {
  filters: OverviewFilters;
  operations: ReadonlyMap<string, Operation>;
  onChange(next: OverviewFilters): void;
  onReset(): void;
  canReset: boolean;
}

export function MapFilters({ filters, operations, onChange, onReset, canReset }: Props) {
  const { t } = useTranslation('map');
  const label = useLabel();
  const set = <K extends keyof OverviewFilters>(key: K, value: OverviewFilters[K]) =>
    onChange({ ...filters, [key]: value });

  const operationOptions = useMemo(
    () =>
      [...operations.values()]
        .filter((op) => op.deletedAt === null && !op.template)
        .map((op) => ({ op, date: operationDate(op) ?? '' }))
        .sort((a, b) => b.date.localeCompare(a.date))
        .map(({ op, date }) => ({
          value: op.id,
          label: [op.codeName, date.split('-').reverse().join('.')].filter(Boolean).join(' · '),
        })),
    [operations],
  );
  const kindOptions = PREMISES_KINDS.map((k) => ({ value: k.code, label: label(k.label) }));
  const municipalityOptions = MUNICIPALITIES.map((m) => ({ value: m.code, label: label(m.name) }));
  const statusOptions = TARGET_STATUSES.map((s) => ({
    value: s,
    label: label(TARGET_STATUS_LABELS[s]),
  }));
  // Kept and named, not dropped: the user sees why no operation is in range.
  const reversed = filters.from !== null && filters.to !== null && filters.from > filters.to;
  // A date field holding text that is no day already filters nothing, so a reset changes no
  // value of it: a new key empties it with the rest.
  const [resets, setResets] = useState(0);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('filters.label')}>
      <Select
        label={t('filters.operation')}
        placeholder={t('filters.any')}
        data={operationOptions}
        value={filters.operationId}
        onChange={(v) => set('operationId', v)}
        clearable
        searchable
        w={220}
        data-testid="map-filter-operation"
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.any')}
        data={statusOptions}
        value={filters.status}
        onChange={(v) => set('status', (v as TargetStatus | null) ?? null)}
        clearable
        w={170}
        data-testid="map-filter-status"
      />
      <Select
        label={t('filters.kind')}
        placeholder={t('filters.any')}
        data={kindOptions}
        value={filters.kind}
        onChange={(v) => set('kind', v)}
        clearable
        searchable
        w={190}
        data-testid="map-filter-kind"
      />
      <Select
        label={t('filters.municipality')}
        placeholder={t('filters.any')}
        data={municipalityOptions}
        value={filters.municipality}
        onChange={(v) => set('municipality', v)}
        clearable
        searchable
        w={170}
        data-testid="map-filter-municipality"
      />
      {/* The range stays together when the row wraps: "bis" never opens the next line alone. */}
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <DateField
          key={`from-${resets}`}
          label={t('filters.from')}
          value={filters.from}
          onChange={(v) => set('from', v)}
          w={150}
          testId="map-filter-from"
        />
        <DateField
          key={`to-${resets}`}
          label={t('filters.to')}
          value={filters.to}
          onChange={(v) => set('to', v)}
          error={reversed ? t('filters.rangeReversed') : undefined}
          w={150}
          testId="map-filter-to"
        />
      </Group>
      <NumberInput
        label={t('filters.inspected')}
        value={filters.inspectedMonths ?? ''}
        onChange={(v) => set('inspectedMonths', typeof v === 'number' && v >= 1 ? v : null)}
        min={1}
        max={120}
        allowDecimal={false}
        // The German label ("Kontrolliert in den letzten … Monaten") on one line.
        w={310}
        data-testid="map-filter-months"
      />
      {canReset && (
        <Button
          variant="subtle"
          onClick={() => {
            setResets((n) => n + 1);
            onReset();
          }}
          data-testid="map-filter-reset"
        >
          {t('filters.reset')}
        </Button>
      )}
    </Group>
  );
}
