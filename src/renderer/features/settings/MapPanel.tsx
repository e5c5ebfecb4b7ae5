// Einstellungen › Karte: which basemap every map draws — none (neutral grid, the default), an
// offline PMTiles file the host keeps, or the agency's map server, switched on only after a
// notice that its requests reveal the viewed area — with a preview over the demo area.
import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasemapFileInfo } from '@shared/ipc/contract';
import { mapServerOrigin, type BasemapSource, type MapServer } from '@shared/maps';
import type { Result } from '@shared/result';
import { useHost } from '../../host';
import { notifyBasemapChanged, useBasemapState } from '../../map';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifySuccess } from '../../ui/notify';
import { BasemapPreview } from './BasemapPreview';
import { MapGazetteerPanel } from './MapGazetteerPanel';
import { MapGeocoderPanel } from './MapGeocoderPanel';
import { MapServerForm } from './MapServerForm';

function FileInfo({ file }: { file: BasemapFileInfo }) {
  const { t, i18n } = useTranslation('settings');
  const number = (n: number) => n.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const size =
    file.size < 1024 * 1024
      ? `${number(Math.max(1, Math.round(file.size / 1024)))} KB`
      : `${number(file.size / 1024 / 1024)} MB`;
  return (
    <Text size="sm" data-testid="basemap-file-info">
      {t('map.file.info', {
        name: file.name,
        size,
        kind: t(file.kind === 'mvt' ? 'map.file.vector' : 'map.file.raster'),
        minZoom: file.minZoom,
        maxZoom: file.maxZoom,
      })}
    </Text>
  );
}

/** Einstellungen › Karte: the basemap, the offline address gazetteer and the agency's geocoder. */
export function MapPanel() {
  return (
    <>
      <BasemapPanel />
      <MapGazetteerPanel />
      <MapGeocoderPanel />
    </>
  );
}

function BasemapPanel() {
  const { t } = useTranslation('settings');
  const host = useHost();
  const { state } = useBasemapState();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askServer, setAskServer] = useState(false);

  if (!host.capabilities.mapFiles) {
    return (
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('map.title')}
        </Title>
        <Alert color="yellow" variant="light">
          {t('map.unavailable')}
        </Alert>
      </Paper>
    );
  }

  /** Runs one host call; a refusal is shown in the panel and nothing else changes. */
  const run = async (work: () => Promise<Result<unknown>>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      if (!result.ok) {
        setError(result.error.message);
        return false;
      }
      notifyBasemapChanged();
      notifySuccess(t('saved'));
      return true;
    } finally {
      setBusy(false);
    }
  };

  const server = state?.settings.server ?? null;
  const serverHost = server ? mapServerOrigin(server.url) : null;
  const setSource = (source: BasemapSource) =>
    run(() => host.basemap.setSettings({ source, server }));
  // A changed or removed server is switched off: the notice must name the host it will ask.
  const sourceWithoutServer: BasemapSource =
    state?.settings.source === 'server' ? 'none' : (state?.settings.source ?? 'none');
  const saveServer = (next: MapServer) =>
    run(() => host.basemap.setSettings({ source: sourceWithoutServer, server: next }));
  const removeServer = () =>
    run(() => host.basemap.setSettings({ source: sourceWithoutServer, server: null }));

  return (
    <Paper withBorder p="md" data-testid="settings-map">
      <Title order={2} size="h4" mb="sm">
        {t('map.title')}
      </Title>
      <Stack>
        {error && (
          <Alert color="red" variant="light" role="alert" data-testid="basemap-error">
            {error}
          </Alert>
        )}
        <Radio.Group
          label={t('map.source')}
          value={state?.settings.source ?? 'none'}
          onChange={(v) => {
            if (v === 'server') setAskServer(true);
            else if (v === 'none' || v === 'file') void setSource(v);
          }}
          data-testid="basemap-source"
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="none"
              label={t('map.sources.none')}
              disabled={busy}
              data-testid="basemap-source-none"
            />
            <Radio
              value="file"
              label={t('map.sources.file')}
              disabled={busy || !state?.file}
              data-testid="basemap-source-file"
            />
            <Radio
              value="server"
              label={t('map.sources.server')}
              disabled={busy || !server}
              data-testid="basemap-source-server"
            />
          </Stack>
        </Radio.Group>
        {state?.settings.source === 'none' && (
          <Text size="sm" c="dimmed" data-testid="basemap-none-hint">
            {t('map.noneHint')}
          </Text>
        )}
        <BasemapPreview />

        <Title order={3} size="h5">
          {t('map.file.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('map.file.hint')}
        </Text>
        {state?.file ? <FileInfo file={state.file} /> : <Text size="sm">{t('map.file.none')}</Text>}
        <Group>
          <Button
            onClick={() => void run(() => host.basemap.install())}
            loading={busy}
            data-testid="basemap-install"
          >
            {t('map.file.choose')}
          </Button>
          {state?.file && (
            <Button
              variant="default"
              onClick={() => void run(() => host.basemap.remove())}
              disabled={busy}
              data-testid="basemap-remove"
            >
              {t('map.file.remove')}
            </Button>
          )}
        </Group>

        <Title order={3} size="h5">
          {t('map.server.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {host.capabilities.networkSettings
            ? t('map.server.cspDesktop')
            : serverHost
              ? t('map.server.cspWeb', { host: serverHost })
              : t('map.server.cspWebNoHost')}
        </Text>
        {state && (
          <MapServerForm
            key={server?.url ?? 'new'}
            server={server}
            busy={busy}
            onSave={(next) => void saveServer(next)}
            onRemove={() => void removeServer()}
          />
        )}
      </Stack>
      <ConfirmDialog
        opened={askServer}
        title={t('map.notice.title')}
        message={t('map.notice.text', { host: serverHost ?? '' })}
        confirmLabel={t('map.notice.confirm')}
        danger={false}
        testId="map-server-notice"
        onConfirm={() => setSource('server')}
        onClose={() => setAskServer(false)}
      />
    </Paper>
  );
}
