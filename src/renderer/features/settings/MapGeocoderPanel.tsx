// Einstellungen › Karte › Geocoding-Dienst: the agency's Nominatim-compatible service. Stored
// switched off; switching it on follows a notice that every search tells the service the
// address searched. The desktop app then admits exactly this host (from the next start); the
// web edition's server policy must admit it.
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
import { replaceConnectHosts } from '../../host/connect-hosts';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { ServiceAddressForm } from '../../ui/ServiceAddressForm';

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
      await replaceConnectHosts(host, geocoderHosts(current), geocoderHosts(parsed));
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
    <ServiceAddressForm
      texts={{
        title: t('map.geocoder.title'),
        hint: t('map.geocoder.hint'),
        url: t('map.geocoder.url'),
        urlHint: t('map.geocoder.urlHint'),
        save: t('map.geocoder.save'),
        enabled: t('map.geocoder.enabled'),
        policy: host.capabilities.networkSettings
          ? t('map.geocoder.cspDesktop')
          : origin === null
            ? t('map.geocoder.cspWebNoHost')
            : t('map.geocoder.cspWeb', { host: origin }),
        notice: {
          title: t('map.geocoder.notice.title'),
          text: t('map.geocoder.notice.text', { host: origin ?? '' }),
          confirm: t('map.geocoder.notice.confirm'),
        },
      }}
      testId="geocoder"
      panelTestId="settings-geocoder"
      url={url}
      onUrlChange={setUrl}
      error={error}
      busy={busy}
      enabled={current.enabled}
      canEnable={current.url !== ''}
      asking={ask}
      onAsk={setAsk}
      onSave={save}
      onEnable={() => store({ ...current, enabled: true })}
      onDisable={() => void store({ ...current, enabled: false })}
    />
  );
}
