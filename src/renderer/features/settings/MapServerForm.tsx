// Einstellungen › Karte › Kartenserver: the agency's XYZ/WMTS template or WMS endpoint with its
// attribution. Saving stores it switched off; switching it on is the panel's step, after the
// notice that requests reveal the viewed area.
import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapServerSchema, PUBLIC_MAP_PRESETS, type MapServer } from '@shared/maps';

interface Props {
  server: MapServer | null;
  busy: boolean;
  onSave(server: MapServer): void;
  onRemove(): void;
}

export function MapServerForm({ server, busy, onSave, onRemove }: Props) {
  const { t } = useTranslation('settings');
  const [kind, setKind] = useState<MapServer['kind']>(server?.kind ?? 'xyz');
  const [url, setUrl] = useState(server?.url ?? '');
  const [layers, setLayers] = useState(server?.layers ?? '');
  const [attribution, setAttribution] = useState(server?.attribution ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const fill = (preset: MapServer) => {
    setKind(preset.kind);
    setUrl(preset.url);
    setLayers(preset.layers);
    setAttribution(preset.attribution);
    setErrors({});
  };

  const save = () => {
    const parsed = mapServerSchema.safeParse({
      kind,
      url,
      layers: kind === 'wms' ? layers : '',
      attribution,
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'url');
        next[field] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    onSave(parsed.data);
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm">{t('map.server.presets')}</Text>
        {PUBLIC_MAP_PRESETS.map((preset) => (
          <Button
            key={preset.id}
            size="compact-sm"
            variant="default"
            onClick={() => fill(preset.server)}
            data-testid={`map-server-preset-${preset.id}`}
          >
            {preset.label}
          </Button>
        ))}
      </Group>
      <SegmentedControl
        aria-label={t('map.server.kind')}
        value={kind}
        onChange={(v) => setKind(v === 'wms' ? 'wms' : 'xyz')}
        data={[
          { value: 'xyz', label: t('map.server.xyz') },
          { value: 'wms', label: t('map.server.wms') },
        ]}
        data-testid="map-server-kind"
      />
      <TextInput
        label={t('map.server.url')}
        description={t(kind === 'wms' ? 'map.server.urlHintWms' : 'map.server.urlHintXyz')}
        value={url}
        onChange={(e) => setUrl(e.currentTarget.value)}
        error={errors.url}
        data-testid="map-server-url"
      />
      {kind === 'wms' && (
        <TextInput
          label={t('map.server.layers')}
          value={layers}
          onChange={(e) => setLayers(e.currentTarget.value)}
          error={errors.layers}
          data-testid="map-server-layers"
        />
      )}
      <TextInput
        label={t('map.server.attribution')}
        description={t('map.server.attributionHint')}
        value={attribution}
        onChange={(e) => setAttribution(e.currentTarget.value)}
        error={errors.attribution}
        data-testid="map-server-attribution"
      />
      <Group>
        <Button onClick={save} loading={busy} data-testid="map-server-save">
          {t('map.server.save')}
        </Button>
        {server && (
          <Button
            variant="default"
            onClick={onRemove}
            disabled={busy}
            data-testid="map-server-remove"
          >
            {t('map.server.remove')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
