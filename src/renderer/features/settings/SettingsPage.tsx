// Settings: language, the user's name for audit and approvals, issuing office, basemap, storage.
import { Alert, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc/contract';
import type { Language } from '@shared/domain';
import { useDataSession } from '../../data/session';
import { useHost } from '../../host';
import { setLanguage } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ApprovalPanel } from './ApprovalPanel';
import { BackupPanel } from './BackupPanel';
import { BriefingHeadingsPanel } from './BriefingHeadingsPanel';
import { MapPanel } from './MapPanel';
import { RetentionPanel } from './RetentionPanel';
import { SecurityPanel } from './SecurityPanel';
import { SyncServerPanel } from '../sharing/SyncServerPanel';
import { SettingsTextField } from './SettingsTextField';

export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const session = useDataSession();
  const host = useHost();
  const settings = useLiveQuery(() => session.repos.settings.get(), [session]);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    void host.appInfo().then((r) => r.ok && setInfo(r.value));
  }, [host]);

  return (
    <Stack maw={720}>
      <PageHeader title={t('title')} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('general')}
        </Title>
        <Stack>
          <div>
            <Text size="sm" fw={500} mb={4} id="language-label">
              {t('language.label', { ns: 'common' })}
            </Text>
            <SegmentedControl
              aria-labelledby="language-label"
              value={i18n.language}
              onChange={(v) => void setLanguage(v as Language)}
              data={[
                { value: 'de', label: t('language.de', { ns: 'common' }) },
                { value: 'en', label: t('language.en', { ns: 'common' }) },
              ]}
              data-testid="language-switch"
            />
          </div>
          {settings && (
            <>
              <SettingsTextField
                label={t('userName')}
                description={t('userNameHint')}
                value={settings.userName}
                onSave={async (userName) => {
                  await session.repos.settings.update({ userName });
                  session.setActor(userName);
                }}
                testId="settings-user-name"
              />
              <SettingsTextField
                label={t('issuingOffice')}
                value={settings.issuingOffice}
                onSave={(issuingOffice) => session.repos.settings.update({ issuingOffice })}
                testId="settings-issuing-office"
              />
            </>
          )}
        </Stack>
      </Paper>
      {settings && <ApprovalPanel settings={settings} />}
      {settings && <BriefingHeadingsPanel settings={settings} />}
      {settings && <SecurityPanel settings={settings} />}
      {settings && <BackupPanel keep={settings.backupsToKeep} />}
      {settings && <RetentionPanel settings={settings} />}
      <MapPanel />
      {settings && <SyncServerPanel settings={settings} />}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('storage')}
        </Title>
        <Alert color={session.persist === 'persisted' ? 'green' : 'yellow'} variant="light">
          {t(`persist.${session.persist}`)}
        </Alert>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('about')}
        </Title>
        {info && (
          <Text size="sm" data-testid="app-info">
            {info.name} · {t('version', { version: info.version })} · {t(`host.${info.host}`)}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
