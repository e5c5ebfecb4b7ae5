// One item of the map in the list beside it: its kind, label, note and position, editable by
// keyboard. Focusing the card shows the item on the map.
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAllForms, formatLatLng, parseAnyCoordinate } from '@shared/geo';
import {
  MAP_LIMITS,
  MAP_PLACE_KINDS,
  isMapPlace,
  type MapFeature,
  type MapPlace,
} from '@shared/maps/features';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

interface Props {
  feature: MapFeature;
  index: number;
  readOnly: boolean;
  selected: boolean;
  onSelect(id: string): void;
  onChange(next: MapFeature, save?: boolean): void;
  onRemove(id: string): void;
  /** Stores typed text at once when the field is left (as every workspace field does). */
  onFlush(): void;
}

function PositionField({
  place,
  index,
  readOnly,
  onChange,
}: {
  place: MapPlace;
  index: number;
  readOnly: boolean;
  onChange(next: MapFeature, save?: boolean): void;
}) {
  const { t, i18n } = useTranslation('workspace');
  const lang = i18n.language === 'en' ? 'en' : 'de';
  const shown = formatLatLng(place.at, lang === 'de' ? ',' : '.');
  // What is typed stays in the field until it reads as a coordinate; only then it is stored.
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    if (typed === null) return;
    const r = parseAnyCoordinate(typed);
    if (!r.ok) {
      setError(t(`map.coordErrors.${r.error}`));
      return;
    }
    setError(null);
    setTyped(null);
    onChange({ ...place, at: r.value }, true);
  };
  const forms = formatAllForms(place.at, lang);
  return (
    <TextInput
      label={t('map.position')}
      description={t('map.positionForms', { utm: forms.utm32, mgrs: forms.mgrs })}
      value={typed ?? shown}
      readOnly={readOnly}
      error={error}
      onChange={(e) => setTyped(e.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
      data-testid={`map-position-${index}`}
    />
  );
}

export function FeatureCard({
  feature,
  index,
  readOnly,
  selected,
  onSelect,
  onChange,
  onRemove,
  onFlush,
}: Props) {
  const { t } = useTranslation('workspace');
  const [confirming, setConfirming] = useState(false);
  const kindName = t(`map.kinds.${feature.kind}`);
  const name = feature.label || kindName;
  return (
    <Paper
      withBorder
      p="sm"
      onFocusCapture={() => onSelect(feature.id)}
      data-testid="map-feature"
      data-selected={selected || undefined}
      style={selected ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : undefined}
      aria-label={t('map.itemLabel', { kind: kindName, name })}
      role="group"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Badge variant="light">{kindName}</Badge>
          {!readOnly && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(true)}
              data-testid={`map-delete-${index}`}
            >
              {t('map.delete')}
            </Button>
          )}
        </Group>
        {isMapPlace(feature) && !readOnly && (
          <Select
            label={t('map.kind')}
            data={MAP_PLACE_KINDS.map((k) => ({ value: k, label: t(`map.kinds.${k}`) }))}
            value={feature.kind}
            allowDeselect={false}
            onChange={(v) => {
              const kind = MAP_PLACE_KINDS.find((k) => k === v);
              if (kind) onChange({ ...feature, kind }, true);
            }}
          />
        )}
        <TextInput
          label={t('map.label')}
          value={feature.label}
          maxLength={MAP_LIMITS.label}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...feature, label: e.currentTarget.value })}
          onBlur={onFlush}
          data-testid={`map-label-${index}`}
        />
        {isMapPlace(feature) ? (
          <PositionField place={feature} index={index} readOnly={readOnly} onChange={onChange} />
        ) : (
          <Text size="sm" data-testid={`map-points-${index}`}>
            {feature.kind === 'cordon'
              ? t('map.corners', { count: feature.ring.length })
              : t('map.points', { count: feature.line.length })}
          </Text>
        )}
        <Textarea
          label={t('map.note')}
          value={feature.note}
          autosize
          minRows={1}
          maxRows={6}
          maxLength={MAP_LIMITS.note}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...feature, note: e.currentTarget.value })}
          onBlur={onFlush}
        />
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('map.deleteTitle')}
        message={t('map.deleteMessage', { name })}
        confirmLabel={t('map.delete')}
        testId="map-delete"
        onConfirm={() => onRemove(feature.id)}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
