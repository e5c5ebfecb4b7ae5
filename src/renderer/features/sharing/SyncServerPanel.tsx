// Einstellungen › Gemeinsam bearbeiten: the agency's sync server for shared operations. Stored
// switched off; switching it on follows a notice of what the server sees (it stores and relays
// sealed updates and cannot read the plan, but it sees who connects, when and how much). The
// desktop app then admits exactly this server (from the next start); the web edition's server
// policy must admit it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/domain';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { replaceConnectHosts } from '../../host/connect-hosts';
import { parseSyncServer } from '../../sync/server-url';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { ServiceAddressForm } from '../../ui/ServiceAddressForm';
import { JoinSharedPanel } from './JoinSharedPanel';
import { KeptSharesNotice } from './KeptSharesNotice';

type SyncServer = NonNullable<Settings['syncServer']>;
const OFF: SyncServer = { url: '', enabled: false };

/** The hosts a setting opens in the desktop's connect policy: none while it is off. */
function hostsOf(s: SyncServer): string[] {
  const a = parseSyncServer(s.url);
  return s.enabled && a.ok ? a.connectHosts : [];
}

/** Whether the address goes beyond scheme, host and port: the app stores and uses only its
 *  origin (the server's routes sit at /sync/…), so a path would be dropped without a word. */
function beyondOrigin(input: string): boolean {
  const u = new URL(input.trim());
  return u.pathname.replace(/\/$/, '') !== '' || u.search !== '' || u.hash !== '';
}

export function SyncServerPanel({ settings }: { settings: Settings }) {
  const current = settings.syncServer ?? OFF;
  return <SyncServerForm key={`${current.url}|${current.enabled}`} current={current} />;
}

function SyncServerForm({ current }: { current: SyncServer }) {
  const { t } = useTranslation('sync');
  const repos = useRepos();
  const host = useHost();
  const [url, setUrl] = useState(current.url);
  const [error, setError] = useState<string | null>(null);
  const [ask, setAsk] = useState(false);
  const [busy, setBusy] = useState(false);
  const address = parseSyncServer(current.url);

  /** Stores the setting and, on the desktop, the policy's connect hosts to match. */
  const store = async (next: SyncServer) => {
    setBusy(true);
    setError(null);
    try {
      await replaceConnectHosts(host, hostsOf(current), hostsOf(next));
      await repos.settings.update({ syncServer: next });
      notifySuccess(t('server.saved'));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (url.trim() === '') return void store(OFF);
    const parsed = parseSyncServer(url);
    if (!parsed.ok) return setError(t(`server.problem.${parsed.problem}`));
    if (beyondOrigin(url)) return setError(t('server.problem.path'));
    // A changed address is switched off: the notice must name the server it will talk to.
    const same = parsed.httpOrigin === (address.ok ? address.httpOrigin : null);
    void store({ url: parsed.httpOrigin, enabled: same && current.enabled });
  };

  return (
    <ServiceAddressForm
      texts={{
        title: t('server.title'),
        hint: t('server.hint'),
        url: t('server.url'),
        urlHint: t('server.urlHint'),
        save: t('server.save'),
        enabled: t('server.enabled'),
        // Without a stored address there are no hosts to name: "(connect-src )" said nothing.
        policy: host.capabilities.networkSettings
          ? t('server.cspDesktop')
          : address.ok
            ? t('server.cspWeb', { hosts: address.connectHosts.join(' ') })
            : t('server.cspWebNone'),
        notice: {
          title: t('server.notice.title'),
          text: t('server.notice.text', { host: address.ok ? address.httpOrigin : '' }),
          confirm: t('server.notice.confirm'),
        },
      }}
      testId="sync-server"
      panelTestId="settings-sync-server"
      url={url}
      onUrlChange={setUrl}
      error={error}
      busy={busy}
      enabled={current.enabled}
      canEnable={address.ok}
      asking={ask}
      onAsk={setAsk}
      onSave={save}
      onEnable={() => store({ ...current, enabled: true })}
      onDisable={() => void store({ ...current, enabled: false })}
    >
      <KeptSharesNotice />
      {current.enabled && <JoinSharedPanel />}
    </ServiceAddressForm>
  );
}
