// Frame for the vault screens (set-up, unlock, recovery): centred card, app name, VS-NfD notice.
// Every part sits in a landmark (banner, main, contentinfo), so nothing is outside them.
import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function VaultScreen({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={560} gap="md">
        <Group gap="xs" justify="center" component="header">
          <IconShieldLock size={28} aria-hidden />
          <Text fw={700} size="xl">
            {t('app.name')}
          </Text>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md" component="main" data-testid={testId}>
          <Title order={1} size="h3" mb="md">
            {title}
          </Title>
          {children}
        </Paper>
        <Text size="xs" c="dimmed" ta="center" component="footer">
          {t('app.vsNfdNotice')}
        </Text>
      </Stack>
    </Center>
  );
}
