// Einstellungen › Sicherheit › "Datenschlüssel erneuern" (F3): the passphrase proves who asks,
// the host stores every wrap of a new data key as pending, and the session re-seals every record
// under it; the new recovery code is shown once. The rotation belongs to the session, not to
// this dialog: closing it, locking or a crash leaves it to continue after the next unlock.
import { Alert, Button, Code, Group, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host';
import { AppModal } from '../../ui/AppModal';
import { errorMessage } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { useVault } from '../../vault/context';

export function RotateKeyModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation('settings');
  const host = useHost();
  const vault = useVault();
  const [passphrase, setPassphrase] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPassphrase('');
    setCode(null);
    setError(null);
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await host.vault.startRotation({ passphrase });
    setBusy(false);
    setPassphrase('');
    if (!r.ok) {
      setError(
        r.error.code === 'wrong_passphrase'
          ? t('unlock.wrong', { ns: 'vault' })
          : errorMessage(r.error),
      );
      return;
    }
    setError(null);
    setCode(r.value.recoveryCode);
    // Runs on in the session; its progress and outcome show here and in a toast.
    void vault.rotateKey(r.value.dataKey);
  };

  const saveCode = async () => {
    if (code === null) return;
    const text = t('setup.recoveryFileText', {
      ns: 'vault',
      code,
      date: formatDateTime(new Date().toISOString(), i18n.language),
    });
    const r = await host.saveFile({
      suggestedName: t('setup.recoveryFileName', { ns: 'vault' }),
      data: new TextEncoder().encode(text),
      filters: [{ name: 'Text', extensions: ['txt'] }],
    });
    if (!r.ok) setError(errorMessage(r.error));
  };

  const rotation = vault.rotation;
  const count = (n: number) => n.toLocaleString(i18n.language);

  return (
    <AppModal opened={opened} onClose={close} title={t('rotation.action')} size="lg">
      {code === null ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <Text size="sm">{t('rotation.intro')}</Text>
            <Text size="sm">{t('rotation.backupsNote')}</Text>
            {host.capabilities.keychain && <Text size="sm">{t('rotation.keychainNote')}</Text>}
            <Text size="sm">{t('rotation.resumeNote')}</Text>
            <PasswordInput
              label={t('rotation.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="current-password"
              data-autofocus
              data-testid="rotate-passphrase"
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
                data-testid="rotate-submit"
              >
                {t('rotation.start')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack>
          <Text size="sm">{t('rotation.codeShown')}</Text>
          <Code block fz="lg" ta="center" className="print-recovery" data-testid="rotate-code">
            {code}
          </Code>
          {rotation?.status === 'running' && (
            <Stack gap={4} data-testid="rotate-progress">
              <Progress
                value={rotation.total === 0 ? 0 : (100 * rotation.done) / rotation.total}
                aria-label={t('rotation.running')}
              />
              <Text size="sm" c="dimmed">
                {rotation.total === 0
                  ? t('rotation.preparing')
                  : t('rotation.progress', {
                      done: count(rotation.done),
                      total: count(rotation.total),
                    })}
              </Text>
            </Stack>
          )}
          {rotation?.status === 'done' && (
            <Alert color="green" data-testid="rotate-done">
              {t('rotation.done')}
            </Alert>
          )}
          {rotation?.status === 'failed' && (
            <Alert color="red" role="alert">
              {t('rotation.failed', { error: rotation.error ?? '' })}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            <Group>
              <Button variant="light" onClick={() => window.print()}>
                {t('setup.print', { ns: 'vault' })}
              </Button>
              <Button variant="light" onClick={() => void saveCode()}>
                {t('setup.saveFile', { ns: 'vault' })}
              </Button>
            </Group>
            <Button onClick={close} data-testid="rotate-close">
              {t('rotation.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
