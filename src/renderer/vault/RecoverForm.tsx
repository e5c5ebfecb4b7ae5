// Forgotten passphrase: the recovery code opens the vault and sets a new passphrase.
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeRecoveryCode } from '@shared/crypto';
import { useHost } from '../host';
import { errorMessage } from '../ui/errors';
import {
  EMPTY_NEW_PASSPHRASE,
  NewPassphraseFields,
  newPassphraseProblem,
  type NewPassphrase,
} from './NewPassphraseFields';
import { markSetupComplete } from './setup-progress';
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
  const [fields, setFields] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (normalizeRecoveryCode(code) === null) return setError(t('recover.codeInvalid'));
    setBusy(true);
    const problem = await newPassphraseProblem(fields);
    if (problem) {
      setBusy(false);
      return setError(t(problem));
    }
    const r = await host.vault.recover({ recoveryCode: code, newPassphrase: fields.passphrase });
    setBusy(false);
    if (r.ok) {
      // Whoever recovers with the code has it: an interrupted set-up needs no confirmation now.
      await markSetupComplete(host);
      return onUnlocked(r.value.dataKey);
    }
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
          <NewPassphraseFields
            value={fields}
            onChange={setFields}
            label={t('recover.newPassphrase')}
            testIds={{ passphrase: 'recover-passphrase', repeat: 'recover-repeat' }}
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
