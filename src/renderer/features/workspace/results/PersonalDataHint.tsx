// Under a free-text field of the results: warns when the text looks like a person's name or a
// date of birth (results hold counts, no persons).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { personalDataWarnings } from '@shared/results';

export function PersonalDataHint({ text }: { text: string }) {
  const { t } = useTranslation('results');
  const warnings = personalDataWarnings(text);
  if (warnings.length === 0) return null;
  return (
    <Text size="sm" c="orange.9" role="status" data-testid="personal-data-warning">
      {warnings.map((w) => t(`privacy.${w}`)).join(' ')}
    </Text>
  );
}
