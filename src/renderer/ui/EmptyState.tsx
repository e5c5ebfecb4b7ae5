// A calm, centred message for screens with nothing to show yet, with an optional action.
import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  testId?: string;
}

export function EmptyState({ icon, title, children, action, testId }: Props) {
  return (
    <Stack
      align="center"
      gap="sm"
      py={64}
      px="md"
      maw={560}
      mx="auto"
      ta="center"
      data-testid={testId}
    >
      {icon && (
        <ThemeIcon size={56} radius="xl" variant="light" color="gray">
          {icon}
        </ThemeIcon>
      )}
      <Title order={2} size="h3">
        {title}
      </Title>
      {children && (
        <Text c="dimmed" component="div">
          {children}
        </Text>
      )}
      {action}
    </Stack>
  );
}
