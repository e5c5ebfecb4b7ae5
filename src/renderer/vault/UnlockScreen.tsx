// The locked state: passphrase (or keychain) to open the vault; recovery code as the way back.
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus, VaultUnlockRequest } from '@shared/crypto/vault-api';
import type { HostError } from '@shared/result';
import { useHost } from '../host';
import { errorMessage } from '../ui/errors';
import { RecoverForm } from './RecoverForm';
import { VaultScreen } from './VaultScreen';

interface Props {
  status: VaultStatus;
  notice?: string | null;
  onUnlocked(dataKey: Uint8Array): void;
  onStatusChanged(): void;
}

/** Seconds left of a throttle delay, counting down once a second. */
function useCountdown(ms: number): number {
  const [left, setLeft] = useState(() => Math.ceil(ms / 1000));
  const [lastMs, setLastMs] = useState(ms);
  if (ms !== lastMs) {
    setLastMs(ms);
    setLeft(Math.ceil(ms / 1000));
  }
  useEffect(() => {
    if (ms <= 0) return;
    const until = Date.now() + ms;
    const id = setInterval(() => setLeft(Math.max(0, Math.ceil((until - Date.now()) / 1000))), 250);
    return () => clearInterval(id);
  }, [ms]);
  return left;
}

export function UnlockScreen({ status, notice, onUnlocked, onStatusChanged }: Props) {
  const { t } = useTranslation('vault');
  const host = useHost();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HostError | null>(null);
  const [recovering, setRecovering] = useState(false);
  const wait = useCountdown(status.throttle.retryAfterMs);
  const field = useRef<HTMLInputElement>(null);

  const unlock = async (request: VaultUnlockRequest) => {
    setBusy(true);
    setError(null);
    const r = await host.vault.unlock(request);
    setBusy(false);
    if (r.ok) {
      setPassphrase('');
      onUnlocked(r.value.dataKey);
      return;
    }
    setError(r.error);
    onStatusChanged();
    // Back to the field the message is linked to, ready for the next try.
    field.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (passphrase) void unlock({ method: 'passphrase', passphrase });
  };

  if (recovering) {
    return (
      <RecoverForm
        onUnlocked={onUnlocked}
        onCancel={() => setRecovering(false)}
        onStatusChanged={onStatusChanged}
      />
    );
  }

  const { keychain } = status;
  // While a throttle delay runs, say so (it matters more than the last wrong attempt).
  const message =
    wait > 0 || error?.code === 'throttled'
      ? t('unlock.throttled', { seconds: wait })
      : error?.code === 'wrong_passphrase'
        ? t('unlock.wrong')
        : error
          ? errorMessage(error)
          : null;

  return (
    <VaultScreen title={t('unlock.title')} testId="vault-unlock">
      <form onSubmit={submit} noValidate>
        <Stack>
          {notice && (
            <Alert color="blue" variant="light" data-testid="lock-notice">
              {notice}
            </Alert>
          )}
          <Text size="sm">{t('unlock.intro')}</Text>
          <PasswordInput
            label={t('unlock.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="current-password"
            data-autofocus
            autoFocus
            ref={field}
            data-testid="unlock-passphrase"
            // As a field error the message marks the field aria-invalid and is linked to it
            // (aria-describedby): a screen reader on the field hears why it was refused.
            error={
              message && (
                <span data-testid="unlock-error">
                  {message}
                  {status.throttle.failedAttempts > 0 && (
                    <Text component="span" display="block" size="xs" mt={4} c="inherit">
                      {t('unlock.attempts', { count: status.throttle.failedAttempts })}
                    </Text>
                  )}
                </span>
              )
            }
            errorProps={{ role: 'alert' }}
            // PasswordInput links its error but leaves aria-invalid off its inner field.
            aria-invalid={message !== null || undefined}
          />
          <Button
            type="submit"
            loading={busy}
            disabled={wait > 0 || passphrase === ''}
            data-testid="unlock-submit"
          >
            {busy ? t('unlock.unlocking') : t('unlock.submit')}
          </Button>
          {keychain.enabled && keychain.backendChanged && (
            <Alert color="yellow" variant="light">
              {t('unlock.keychainChanged')}
            </Alert>
          )}
          {keychain.enabled && keychain.available && !keychain.backendChanged && (
            <Button
              variant="light"
              leftSection={<IconKey size={16} />}
              onClick={() => void unlock({ method: 'keychain' })}
              disabled={busy}
            >
              {t('unlock.keychain')}
            </Button>
          )}
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => setRecovering(true)}
            data-testid="unlock-forgot"
          >
            {t('unlock.forgot')}
          </Anchor>
        </Stack>
      </form>
    </VaultScreen>
  );
}
