// The desktop-style frame: header, section navigation (Alt+1…7) and the routed page.
import { AppShell, Button, Group, Kbd, NavLink, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconLock, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useVault } from '../vault/context';
import { NAV_ENTRIES } from './nav';
import { StorageNotice } from './StorageNotice';

export function Shell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const vault = useVault();
  useHotkeys([
    ...NAV_ENTRIES.map((e, i): [string, () => void] => [`alt+${i + 1}`, () => navigate(e.path)]),
    ['mod+shift+L', () => vault.lock('manual')],
  ]);

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 232, breakpoint: 0 }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <IconShieldLock size={22} aria-hidden />
            <Title order={1} size="h4" fw={700}>
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {t('app.vsNfdNotice')}
            </Text>
            <Tooltip label={t('lock.shortcut', { ns: 'vault' })}>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconLock size={14} />}
                onClick={() => vault.lock('manual')}
                data-testid="lock-now"
              >
                {t('lock.now', { ns: 'vault' })}
              </Button>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {NAV_ENTRIES.map((e, i) => (
          <NavLink
            key={e.key}
            component={RouterNavLink}
            to={e.path}
            label={t(`nav.${e.key}`)}
            leftSection={<e.icon size={18} aria-hidden />}
            rightSection={<Kbd size="xs">Alt {i + 1}</Kbd>}
            variant="filled"
            active={pathname === e.path || pathname.startsWith(`${e.path}/`)}
            data-testid={`nav-${e.key}`}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <StorageNotice />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
