// Forgotten passphrase: the recovery code opens the vault and sets a new passphrase.
import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeRecoveryCode } from '@shared/crypto';
import { PASSPHRASE_MIN } from '@shared/ipc/contract';
import { useHost } from '../host';
import { errorMessage } from '../ui/errors';
import { PassphraseStrength, passphraseStrong } from './PassphraseStrength';
import { VaultScreen } from './VaultScreen';

interface Props {
  onUnlocked(dataKey: Uint8Array): void;
  onCancel(): void;
  onStatusChanged(): void;
}

export function RecoverForm({ onUnlocked, onCancel, onStatusChanged }: Props) {
  const { t } = useTranslation('vault');
  const host = useHost();
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (normalizeRecoveryCode(code) === null) return setError(t('recover.codeInvalid'));
    if (passphrase.length < PASSPHRASE_MIN || !passphraseStrong(passphrase))
      return setError(t('strength.required'));
    if (passphrase !== repeat) return setError(t('setup.mismatch'));
    setBusy(true);
    const r = await host.vault.recover({ recoveryCode: code, newPassphrase: passphrase });
    setBusy(false);
    if (r.ok) return onUnlocked(r.value.dataKey);
    onStatusChanged();
    setError(r.error.code === 'wrong_passphrase' ? t('recover.wrong') : errorMessage(r.error));
  };

  return (
    <VaultScreen title={t('recover.title')} testId="vault-recover">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('recover.intro')}</Text>
          <TextInput
            label={t('recover.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
            data-autofocus
            data-testid="recover-code"
          />
          <PasswordInput
            label={t('recover.newPassphrase')}
            description={t('setup.passphraseHint', { min: PASSPHRASE_MIN })}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="new-password"
            data-testid="recover-passphrase"
          />
          <PassphraseStrength passphrase={passphrase} />
          <PasswordInput
            label={t('setup.repeat')}
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            autoComplete="new-password"
            data-testid="recover-repeat"
          />
          {error && (
            <Alert color="red" role="alert" data-testid="recover-error">
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="subtle" onClick={onCancel}>
              {t('recover.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="recover-submit">
              {t('recover.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </VaultScreen>
  );
}
