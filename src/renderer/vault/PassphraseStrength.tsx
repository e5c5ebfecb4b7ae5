// Live feedback on a new passphrase: a five-step meter and concrete hints.
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { estimatePassphraseStrength } from '@shared/crypto';

const COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;
export const REQUIRED_SCORE = 3;

export function passphraseStrong(passphrase: string): boolean {
  return estimatePassphraseStrength(passphrase).score >= REQUIRED_SCORE;
}

export function PassphraseStrength({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation('vault');
  if (passphrase === '') return null;
  const { score, feedbackKeys: allKeys } = estimatePassphraseStrength(passphrase);
  // Hints only while the passphrase is not yet strong enough; afterwards they read as contradictions.
  const feedbackKeys = score < REQUIRED_SCORE ? allKeys : [];
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
        {feedbackKeys
          .map((k) => t(`strength.${k}` as 'strength.tooShort', { defaultValue: '' }))
          .filter(Boolean)
          .join(' ')}
      </Text>
    </Stack>
  );
}
