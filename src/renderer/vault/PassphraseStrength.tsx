// Live feedback on a new passphrase: a five-step meter and concrete hints, from zxcvbn-ts.
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  isPassphraseStrong,
  ratePassphrase,
  REQUIRED_PASSPHRASE_SCORE,
  type PassphraseEstimator,
} from '@shared/crypto';
import { loadPassphraseEstimator } from './passphrase-estimator';

const COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;

/** The gate of every form that sets a passphrase; waits for the estimator if it is still loading. */
export async function passphraseStrong(passphrase: string): Promise<boolean> {
  return isPassphraseStrong(await loadPassphraseEstimator(), passphrase);
}

interface Props {
  passphrase: string;
  /** null while zxcvbn and its word lists are loading. */
  estimator: PassphraseEstimator | null;
}

export function PassphraseStrength({ passphrase, estimator }: Props) {
  const { t } = useTranslation('vault');
  if (passphrase === '') return null;
  if (estimator === null)
    return (
      <Text size="xs" c="dimmed" data-testid="passphrase-strength">
        {t('strength.checking')}
      </Text>
    );
  const { score, feedbackKeys: allKeys } = ratePassphrase(estimator, passphrase);
  // Hints only while the passphrase is not yet strong enough; afterwards they read as contradictions.
  const feedbackKeys = score < REQUIRED_PASSPHRASE_SCORE ? allKeys : [];
  const scoreKey = String(score) as '0' | '1' | '2' | '3' | '4';
  return (
    <Stack gap={4} data-testid="passphrase-strength" data-score={score}>
      <Progress
        value={(score + 1) * 20}
        color={COLORS[score]}
        size="sm"
        aria-label={`${t('strength.label')}: ${t(`strength.${scoreKey}`)}`}
      />
      <Text size="xs" c="dimmed">
        {t('strength.label')}: {t(`strength.${scoreKey}`)}
        {feedbackKeys.length > 0 && ' – '}
        {feedbackKeys.map((k) => t(`strength.${k}`)).join(' ')}
      </Text>
    </Stack>
  );
}
