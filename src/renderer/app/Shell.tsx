// The desktop-style frame: header, section navigation (Alt+1…7) and the routed page.
import { AppShell, Group, Kbd, NavLink, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { NAV_ENTRIES } from './nav';
import { StorageNotice } from './StorageNotice';

export function Shell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useHotkeys(NAV_ENTRIES.map((e, i) => [`alt+${i + 1}`, () => navigate(e.path)]));

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
          <Text size="xs" c="dimmed" visibleFrom="sm">
            {t('app.vsNfdNotice')}
          </Text>
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
