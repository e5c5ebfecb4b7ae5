// Where the first-start set-up stands: a numbered list with the current step marked for
// assistive technology (aria-current="step"). Mantine's Stepper draws its steps as buttons that
// do nothing and wraps "Wiederherstellungscode" onto a second row in the vault card.
import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const STEPS = ['setup.stepPassphrase', 'setup.stepRecovery', 'setup.stepConfirm'] as const;

export function SetupSteps({ active }: { active: number }) {
  const { t } = useTranslation('vault');
  return (
    <Group
      component="ol"
      gap="md"
      mb="lg"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('setup.steps')}
      data-testid="setup-steps"
    >
      {STEPS.map((key, i) => (
        <Group
          key={key}
          component="li"
          gap={6}
          wrap="nowrap"
          aria-current={i === active ? 'step' : undefined}
        >
          <ThemeIcon
            size={24}
            radius="xl"
            variant={i <= active ? 'filled' : 'light'}
            color={i <= active ? undefined : 'gray'}
            aria-hidden
          >
            {i < active ? <IconCheck size={14} /> : <Text size="xs">{i + 1}</Text>}
          </ThemeIcon>
          <Text size="sm" fw={i === active ? 700 : 400}>
            {t(key)}
            {i < active && <VisuallyHidden>{` (${t('setup.stepDone')})`}</VisuallyHidden>}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
