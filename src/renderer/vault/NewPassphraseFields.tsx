// The new passphrase, its strength and its repetition: one set of fields for setting up the
// vault, changing the passphrase and recovering with the recovery code.
import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN } from '@shared/crypto/vault-api';
import { passphraseStrong, PassphraseStrength } from './PassphraseStrength';
import { usePassphraseEstimator } from './passphrase-estimator';

export interface NewPassphrase {
  passphrase: string;
  repeat: string;
}
export const EMPTY_NEW_PASSPHRASE: NewPassphrase = { passphrase: '', repeat: '' };

interface Props {
  value: NewPassphrase;
  onChange(next: NewPassphrase): void;
  label: string;
  testIds: { passphrase: string; repeat: string };
  autoFocus?: boolean;
}

export function NewPassphraseFields({ value, onChange, label, testIds, autoFocus }: Props) {
  const { t } = useTranslation('vault');
  const estimator = usePassphraseEstimator();
  const { passphrase, repeat } = value;
  const tooShort = passphrase.length > 0 && passphrase.length < PASSPHRASE_MIN;
  const mismatch = repeat.length > 0 && repeat !== passphrase;
  return (
    <Stack gap="sm">
      <PasswordInput
        label={label}
        description={t('setup.passphraseHint', { min: PASSPHRASE_MIN })}
        value={passphrase}
        onChange={(e) => onChange({ passphrase: e.currentTarget.value, repeat })}
        error={tooShort ? t('strength.tooShort') : undefined}
        autoComplete="new-password"
        data-autofocus={autoFocus === true || undefined}
        required
        data-testid={testIds.passphrase}
      />
      <PassphraseStrength passphrase={passphrase} estimator={estimator} />
      <PasswordInput
        label={t('setup.repeat')}
        value={repeat}
        onChange={(e) => onChange({ passphrase, repeat: e.currentTarget.value })}
        error={mismatch ? t('setup.mismatch') : undefined}
        autoComplete="new-password"
        required
        data-testid={testIds.repeat}
      />
    </Stack>
  );
}

/**
 * Why the new passphrase cannot be used yet (`strength.required` or `setup.mismatch`), or null.
 * Async because the strength check waits for the estimator's word lists.
 */
export async function newPassphraseProblem(
  value: NewPassphrase,
): Promise<'strength.required' | 'setup.mismatch' | null> {
  if (value.passphrase.length < PASSPHRASE_MIN || !(await passphraseStrong(value.passphrase)))
    return 'strength.required';
  if (value.repeat !== value.passphrase) return 'setup.mismatch';
  return null;
}
