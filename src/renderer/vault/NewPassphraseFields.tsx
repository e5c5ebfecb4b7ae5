// The new passphrase, its strength and its repetition: one set of fields for setting up the
// vault, changing the passphrase and recovering with the recovery code.
import { PasswordInput, Stack } from '@mantine/core';
import type { Ref } from 'react';
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
  /** Why the last submit was refused: shown at the field it concerns, which is marked invalid. */
  problem?: NewPassphraseProblem | null;
  /** The fields themselves, so a refused submit can move the focus to the one at fault. */
  inputRefs?: { passphrase?: Ref<HTMLInputElement>; repeat?: Ref<HTMLInputElement> };
}

export type NewPassphraseProblem = 'strength.required' | 'setup.mismatch';

export function NewPassphraseFields({
  value,
  onChange,
  label,
  testIds,
  autoFocus,
  problem,
  inputRefs,
}: Props) {
  const { t } = useTranslation('vault');
  const estimator = usePassphraseEstimator();
  const { passphrase, repeat } = value;
  const tooShort = passphrase.length > 0 && passphrase.length < PASSPHRASE_MIN;
  const mismatch = repeat.length > 0 && repeat !== passphrase;
  const passphraseError =
    problem === 'strength.required' ? t(problem) : tooShort ? t('strength.tooShort') : undefined;
  const repeatError = mismatch || problem === 'setup.mismatch' ? t('setup.mismatch') : undefined;
  return (
    <Stack gap="sm">
      <PasswordInput
        label={label}
        description={t('setup.passphraseHint', { min: PASSPHRASE_MIN })}
        value={passphrase}
        onChange={(e) => onChange({ passphrase: e.currentTarget.value, repeat })}
        error={passphraseError}
        errorProps={{ 'data-testid': `${testIds.passphrase}-error` }}
        // PasswordInput links its error but leaves aria-invalid off its inner field.
        aria-invalid={passphraseError !== undefined || undefined}
        ref={inputRefs?.passphrase}
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
        error={repeatError}
        errorProps={{ 'data-testid': `${testIds.repeat}-error` }}
        aria-invalid={repeatError !== undefined || undefined}
        ref={inputRefs?.repeat}
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
): Promise<NewPassphraseProblem | null> {
  if (value.passphrase.length < PASSPHRASE_MIN || !(await passphraseStrong(value.passphrase)))
    return 'strength.required';
  if (value.repeat !== value.passphrase) return 'setup.mismatch';
  return null;
}
