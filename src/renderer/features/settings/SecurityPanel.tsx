// Einstellungen → Sicherheit: auto-lock time, change passphrase, new recovery code, renew the
// data key (F3), keychain (desktop only).
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '@shared/crypto/vault-api';
import type { Settings } from '@shared/domain';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { AppModal } from '../../ui/AppModal';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { useVault } from '../../vault/context';
import { NewRecoveryCodeModal } from './NewRecoveryCodeModal';
import { RotateKeyModal } from './RotateKeyModal';
import {
  EMPTY_NEW_PASSPHRASE,
  NewPassphraseFields,
  newPassphraseProblem,
  type NewPassphrase,
} from '../../vault/NewPassphraseFields';

export function SecurityPanel({ settings }: { settings: Settings }) {
  const { t } = useTranslation('vault');
  const repos = useRepos();
  const host = useHost();
  const vault = useVault();
  const [minutes, setMinutes] = useState<number | string>(settings.autoLockMinutes);
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [changeOpen, change] = useDisclosure(false);
  const [recoveryOpen, recovery] = useDisclosure(false);
  const [rotateOpen, rotate] = useDisclosure(false);
  const [keychainTarget, setKeychainTarget] = useState<boolean | null>(null);

  useEffect(() => {
    void host.vault.status().then((r) => r.ok && setStatus(r.value));
  }, [host]);

  const saveMinutes = async () => {
    const n = typeof minutes === 'number' ? minutes : Number.parseInt(minutes, 10);
    if (!Number.isInteger(n) || n < 1 || n > 240) return;
    if (n !== settings.autoLockMinutes) await repos.settings.update({ autoLockMinutes: n });
  };
  const minutesInvalid = typeof minutes !== 'number' || minutes < 1 || minutes > 240;

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('settings.title')}
      </Title>
      <Stack>
        <NumberInput
          label={t('settings.autoLock')}
          description={t('settings.autoLockHint')}
          value={minutes}
          onChange={setMinutes}
          onBlur={() => void saveMinutes()}
          min={1}
          max={240}
          allowDecimal={false}
          error={minutesInvalid ? t('settings.autoLockHint') : undefined}
          maw={320}
          data-testid="settings-autolock"
        />
        <Group>
          <Button variant="light" onClick={change.open} data-testid="change-passphrase">
            {t('settings.changePassphrase')}
          </Button>
          <Button variant="light" onClick={recovery.open} data-testid="new-recovery-code">
            {t('settings.newRecoveryCode')}
          </Button>
          <Button
            variant="light"
            onClick={rotate.open}
            disabled={vault.rotation?.status === 'running'}
            data-testid="rotate-key"
          >
            {t('rotation.action', { ns: 'settings' })}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" maw={640}>
          {t('rotation.hint', { ns: 'settings' })}
        </Text>
        {host.capabilities.keychain && status && (
          <Stack gap={4}>
            <Switch
              label={t('settings.keychain')}
              checked={status.keychain.enabled && !status.keychain.backendChanged}
              disabled={!status.keychain.available}
              onChange={(e) => setKeychainTarget(e.currentTarget.checked)}
            />
            {!status.keychain.available && status.keychain.reason && (
              <Text size="xs" c="dimmed">
                {t(`setup.keychainUnavailable.${status.keychain.reason}`)}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
      <ChangePassphraseModal opened={changeOpen} onClose={change.close} />
      <NewRecoveryCodeModal opened={recoveryOpen} onClose={recovery.close} />
      <RotateKeyModal opened={rotateOpen} onClose={rotate.close} />
      <KeychainModal
        target={keychainTarget}
        onClose={(next) => {
          setKeychainTarget(null);
          if (next) setStatus(next);
          vault.refreshStatus();
        }}
      />
    </Paper>
  );
}

function ChangePassphraseModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('vault');
  const host = useHost();
  const [current, setCurrent] = useState('');
  const [fields, setFields] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCurrent('');
    setFields(EMPTY_NEW_PASSPHRASE);
    setError(null);
    onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const problem = await newPassphraseProblem(fields);
    if (problem) {
      setBusy(false);
      return setError(t(problem));
    }
    const r = await host.vault.changePassphrase({ current, next: fields.passphrase });
    setBusy(false);
    if (!r.ok)
      return setError(
        r.error.code === 'wrong_passphrase' ? t('unlock.wrong') : errorMessage(r.error),
      );
    notifySuccess(t('settings.changed'));
    close();
  };

  return (
    <AppModal opened={opened} onClose={close} title={t('settings.changePassphrase')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <PasswordInput
            label={t('settings.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
            data-autofocus
            data-testid="change-current"
          />
          <NewPassphraseFields
            value={fields}
            onChange={setFields}
            label={t('settings.new')}
            testIds={{ passphrase: 'change-next', repeat: 'change-repeat' }}
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
            <Button type="submit" loading={busy} data-testid="change-submit">
              {t('settings.changePassphrase')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function KeychainModal({
  target,
  onClose,
}: {
  target: boolean | null;
  onClose(next: VaultStatus | null): void;
}) {
  const { t } = useTranslation('vault');
  const host = useHost();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (target === null) return;
    const r = await host.vault.setKeychain({ enabled: target, passphrase });
    if (!r.ok)
      return setError(r.error.code === 'wrong_passphrase' ? t('unlock.wrong') : r.error.message);
    notifySuccess(target ? t('settings.keychainOn') : t('settings.keychainOff'));
    setPassphrase('');
    setError(null);
    onClose(r.value);
  };

  return (
    <AppModal opened={target !== null} onClose={() => onClose(null)} title={t('settings.keychain')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <PasswordInput
            label={t('settings.keychainPassphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            data-autofocus
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit">{t('settings.confirm')}</Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
