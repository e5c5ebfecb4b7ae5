// Einstellungen › Gemeinsam bearbeiten: the agency's sync server for shared operations. Stored
// switched off; switching it on follows a notice of what the server sees (it stores and relays
// sealed updates and cannot read the plan, but it sees who connects, when and how much). The
// desktop app then admits exactly this server (from the next start); the web edition's server
// policy must admit it.
import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/domain';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { parseSyncServer } from '../../sync/server-url';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { JoinSharedPanel } from './JoinSharedPanel';

type SyncServer = NonNullable<Settings['syncServer']>;
const OFF: SyncServer = { url: '', enabled: false };

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
      if (host.capabilities.networkSettings) {
        const hosts = await host.settings.networkHosts();
        if (!hosts.ok) throw new Error(hosts.error.message);
        const hostsOf = (s: SyncServer) => {
          const a = parseSyncServer(s.url);
          return s.enabled && a.ok ? a.connectHosts : [];
        };
        const previous = new Set(hostsOf(current));
        const kept = hosts.value.connectHosts.filter((h) => !previous.has(h));
        const connectHosts = [...new Set([...kept, ...hostsOf(next)])];
        const saved = await host.settings.setNetworkHosts({ ...hosts.value, connectHosts });
        if (!saved.ok) throw new Error(saved.error.message);
      }
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
    // A changed address is switched off: the notice must name the server it will talk to.
    const same = parsed.httpOrigin === (address.ok ? address.httpOrigin : null);
    void store({ url: parsed.httpOrigin, enabled: same && current.enabled });
  };

  return (
    <Paper withBorder p="md" data-testid="settings-sync-server">
      <Title order={2} size="h4" mb="sm">
        {t('server.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('server.hint')}
        </Text>
        <TextInput
          label={t('server.url')}
          description={t('server.urlHint')}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={error}
          maxLength={500}
          data-testid="sync-server-url"
        />
        <Group>
          <Button onClick={save} loading={busy} data-testid="sync-server-save">
            {t('server.save')}
          </Button>
        </Group>
        <Switch
          label={t('server.enabled')}
          checked={current.enabled}
          disabled={busy || !address.ok}
          onChange={(e) => {
            if (e.currentTarget.checked) setAsk(true);
            else void store({ ...current, enabled: false });
          }}
          data-testid="sync-server-enabled"
        />
        <Text size="sm" c="dimmed">
          {host.capabilities.networkSettings
            ? t('server.cspDesktop')
            : t('server.cspWeb', { hosts: address.ok ? address.connectHosts.join(' ') : '' })}
        </Text>
        {current.enabled && <JoinSharedPanel />}
      </Stack>
      <ConfirmDialog
        opened={ask}
        title={t('server.notice.title')}
        message={t('server.notice.text', { host: address.ok ? address.httpOrigin : '' })}
        confirmLabel={t('server.notice.confirm')}
        danger={false}
        testId="sync-server-notice"
        onConfirm={() => store({ ...current, enabled: true })}
        onClose={() => setAsk(false)}
      />
    </Paper>
  );
}
