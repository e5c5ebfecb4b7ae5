// Einstellungen › Karte › Geocoding-Dienst: the agency's Nominatim-compatible service. Stored
// switched off; switching it on follows a notice that every search tells the service the
// address searched. The desktop app then admits exactly this host (from the next start); the
// web edition's server policy must admit it.
import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_GEOCODER_SETTINGS,
  geocoderHosts,
  geocoderOrigin,
  geocoderSettingsSchema,
  geocoderUrlProblem,
  type GeocoderSettings,
} from '@shared/gazetteer';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';

export function MapGeocoderPanel() {
  const repos = useRepos();
  const settings = useLiveQuery(() => repos.settings.get(), [repos]);
  if (!settings) return null;
  const current = settings.geocoder ?? DEFAULT_GEOCODER_SETTINGS;
  return <GeocoderForm key={`${current.url}|${current.enabled}`} current={current} />;
}

function GeocoderForm({ current }: { current: GeocoderSettings }) {
  const { t } = useTranslation('settings');
  const repos = useRepos();
  const host = useHost();
  const [url, setUrl] = useState(current.url);
  const [error, setError] = useState<string | null>(null);
  const [ask, setAsk] = useState(false);
  const [busy, setBusy] = useState(false);

  /** Stores the settings and, on the desktop, the policy's connect hosts to match. */
  const store = async (next: GeocoderSettings) => {
    setBusy(true);
    setError(null);
    try {
      const parsed = geocoderSettingsSchema.parse(next);
      if (host.capabilities.networkSettings) {
        const hosts = await host.settings.networkHosts();
        if (!hosts.ok) throw new Error(hosts.error.message);
        const previous = new Set(geocoderHosts(current));
        const kept = hosts.value.connectHosts.filter((h) => !previous.has(h));
        const connectHosts = [...new Set([...kept, ...geocoderHosts(parsed)])];
        const saved = await host.settings.setNetworkHosts({ ...hosts.value, connectHosts });
        if (!saved.ok) throw new Error(saved.error.message);
      }
      await repos.settings.update({ geocoder: parsed });
      notifySuccess(t('saved'));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    const problem = geocoderUrlProblem(url);
    if (problem !== null) {
      setError(problem);
      return;
    }
    const parsed = geocoderSettingsSchema.safeParse({ url, enabled: false });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('map.geocoder.invalid'));
      return;
    }
    // A changed address is switched off: the notice must name the host it will ask.
    void store({
      url: parsed.data.url,
      enabled: parsed.data.url === current.url && current.enabled,
    });
  };
  const origin = geocoderOrigin(current.url);

  return (
    <Paper withBorder p="md" data-testid="settings-geocoder">
      <Title order={2} size="h4" mb="sm">
        {t('map.geocoder.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('map.geocoder.hint')}
        </Text>
        <TextInput
          label={t('map.geocoder.url')}
          description={t('map.geocoder.urlHint')}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={error}
          maxLength={500}
          data-testid="geocoder-url"
        />
        <Group>
          <Button onClick={save} loading={busy} data-testid="geocoder-save">
            {t('map.geocoder.save')}
          </Button>
        </Group>
        <Switch
          label={t('map.geocoder.enabled')}
          checked={current.enabled}
          disabled={busy || current.url === ''}
          onChange={(e) => {
            if (e.currentTarget.checked) setAsk(true);
            else void store({ ...current, enabled: false });
          }}
          data-testid="geocoder-enabled"
        />
        <Text size="sm" c="dimmed">
          {host.capabilities.networkSettings
            ? t('map.geocoder.cspDesktop')
            : origin === null
              ? t('map.geocoder.cspWebNoHost')
              : t('map.geocoder.cspWeb', { host: origin })}
        </Text>
      </Stack>
      <ConfirmDialog
        opened={ask}
        title={t('map.geocoder.notice.title')}
        message={t('map.geocoder.notice.text', { host: origin ?? '' })}
        confirmLabel={t('map.geocoder.notice.confirm')}
        danger={false}
        testId="geocoder-notice"
        onConfirm={() => store({ ...current, enabled: true })}
        onClose={() => setAsk(false)}
      />
    </Paper>
  );
}
