// Restoring a backup: show what it contains, warn that everything is replaced, ask for the
// passphrase of the backup's time if it comes from another vault, verify it fully, replace.
import { Alert, Button, Group, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../ui/errors';
import { backupHeaderOf, restoreBackup } from '../../data/restore';
import { useDataSession } from '../../data/session';
import { useHost } from '../../host';
import { AppModal } from '../../ui/AppModal';
import { formatDateTime } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { useVault } from '../../vault/context';

interface Props {
  file: { name: string; data: Uint8Array } | null;
  onClose(): void;
}

export function RestoreModal({ file, onClose }: Props) {
  const { t, i18n } = useTranslation('vault');
  const host = useHost();
  const session = useDataSession();
  const vault = useVault();
  const header = useMemo(() => (file ? backupHeaderOf(file.data) : null), [file]);
  const [currentVaultId, setCurrentVaultId] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    void host.vault.backupHeader().then((r) => r.ok && setCurrentVaultId(r.value.vaultId));
  }, [host]);

  const close = () => {
    setPassphrase('');
    setError(null);
    onClose();
  };

  const sameVault = header !== null && header.vault.vaultId === currentVaultId;

  const restore = async () => {
    if (!file || !header) return;
    setBusy(true);
    setError(null);
    try {
      await restoreBackup({
        store: session.store,
        file,
        header,
        currentBackupKey: vault.keys.backup,
        passphrase: sameVault ? null : passphrase,
        actor: (await session.repos.settings.get()).userName,
        now: new Date().toISOString(),
        onProgress: setProgress,
      });
      notifySuccess(t('backup.restored'));
      close();
    } catch (e) {
      const code = errorCode(e);
      setError(code === 'wrong_passphrase' ? t('unlock.wrong') : t('backup.corrupt'));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const m = header?.manifest;
  return (
    <AppModal opened={file !== null} onClose={close} title={t('backup.restoreTitle')} size="lg">
      {file && !header && (
        <Alert color="red" role="alert" data-testid="restore-not-backup">
          {t('backup.notABackup')}
        </Alert>
      )}
      {m && (
        <Stack>
          <Text size="sm" data-testid="restore-summary">
            {t('backup.restoreSummary', {
              date: formatDateTime(m.createdAt, i18n.language),
              version: m.appVersion,
              operations: m.counts.operations ?? 0,
              premises: m.counts.premises ?? 0,
              agencies: m.counts.agencies ?? 0,
            })}
          </Text>
          <Alert color="orange" variant="light">
            {t('backup.restoreWarning')}
          </Alert>
          {!sameVault && (
            <PasswordInput
              label={t('backup.restorePassphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              data-autofocus
              data-testid="restore-passphrase"
            />
          )}
          {progress && (
            <Progress
              value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total}
              aria-label={t('backup.restoreProgress', progress)}
              data-testid="restore-progress"
            />
          )}
          {error && (
            <Alert color="red" role="alert" data-testid="restore-error">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button
              color="red"
              loading={busy}
              disabled={!sameVault && passphrase === ''}
              onClick={() => void restore()}
              data-testid="restore-confirm"
            >
              {busy ? t('backup.restoring') : t('backup.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
