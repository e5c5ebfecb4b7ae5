// Einstellungen → Sicherheit → "Neuen Wiederherstellungscode erzeugen" (F3): the passphrase
// proves who asks, the host replaces the recovery wrap, and the new code is shown once. The old
// code stops opening the vault; backups made before still carry it (said in the dialog).
import { Alert, Button, Code, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host';
import { AppModal } from '../../ui/AppModal';
import { errorMessage } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';

export function NewRecoveryCodeModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation('vault');
  const host = useHost();
  const [passphrase, setPassphrase] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    if (code !== null) notifySuccess(t('settings.newRecoveryCodeCreated'));
    setPassphrase('');
    setCode(null);
    setError(null);
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await host.vault.newRecoveryCode({ passphrase });
    setBusy(false);
    setPassphrase('');
    if (!r.ok) {
      setError(r.error.code === 'wrong_passphrase' ? t('unlock.wrong') : errorMessage(r.error));
      return;
    }
    setError(null);
    setCode(r.value.recoveryCode);
  };

  const saveCode = async () => {
    if (code === null) return;
    const text = t('setup.recoveryFileText', {
      code,
      date: formatDateTime(new Date().toISOString(), i18n.language),
    });
    const r = await host.saveFile({
      suggestedName: t('setup.recoveryFileName'),
      data: new TextEncoder().encode(text),
      filters: [{ name: 'Text', extensions: ['txt'] }],
    });
    if (!r.ok) setError(errorMessage(r.error));
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('settings.newRecoveryCode')}>
      {code === null ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Text size="sm">{t('settings.newRecoveryCodeIntro')}</Text>
            <PasswordInput
              label={t('settings.keychainPassphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="current-password"
              data-autofocus
              data-testid="new-recovery-passphrase"
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('actions.cancel', { ns: 'common' })}
              </Button>
              <Button
                type="submit"
                loading={busy}
                disabled={passphrase === ''}
                data-testid="new-recovery-submit"
              >
                {t('settings.newRecoveryCodeCreate')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack>
          <Text size="sm">{t('settings.newRecoveryCodeShown')}</Text>
          <Code
            block
            fz="lg"
            ta="center"
            className="print-recovery"
            data-testid="new-recovery-code"
          >
            {code}
          </Code>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            <Group>
              <Button variant="light" onClick={() => window.print()}>
                {t('setup.print')}
              </Button>
              <Button variant="light" onClick={() => void saveCode()}>
                {t('setup.saveFile')}
              </Button>
            </Group>
            <Button onClick={close} data-testid="new-recovery-done">
              {t('settings.newRecoveryCodeDone')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
