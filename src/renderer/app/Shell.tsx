// The desktop-style frame: header, section navigation (Alt+1…7) and the routed page. Below
// NAV_BREAKPOINT the navigation folds into a menu, so a 320 px wide window (400 % zoom) never
// scrolls sideways (WCAG 1.4.10).
import { AppShell, Burger, Button, Group, Kbd, NavLink, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconLock, IconShieldLock } from '@tabler/icons-react';
import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useVault } from '../vault/context';
import { SetupResume, useSetupResume } from '../vault/SetupResume';
import { NAV_ENTRIES } from './nav';
import { StorageNotice } from './StorageNotice';
import { useLockShortcut } from './useLockShortcut';
import { useRouteArrival } from './useRouteArrival';

/** Narrower than this (62em, 992 px at default font size), the navigation is a menu. */
const NAV_BREAKPOINT = 'md';

export function Shell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const vault = useVault();
  const main = useRef<HTMLElement>(null);
  const [menuOpen, menu] = useDisclosure(false);
  useHotkeys(
    NAV_ENTRIES.map((e, i): [string, () => void] => [`alt+${i + 1}`, () => navigate(e.path)]),
  );
  useLockShortcut(() => vault.lock('manual'));
  useRouteArrival(main);
  const resume = useSetupResume();

  // The hash router reads "#main-content" as a route: move focus without touching the URL.
  const skipToMain = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    main.current?.focus();
  };

  // An interrupted first start is finished before the app (the lock shortcut still works).
  if (resume.due) return <SetupResume onDone={resume.done} />;

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 232, breakpoint: NAV_BREAKPOINT, collapsed: { mobile: !menuOpen } }}
      padding="md"
    >
      <a className="skip-link" href="#main-content" onClick={skipToMain} data-testid="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger
              opened={menuOpen}
              onClick={menu.toggle}
              hiddenFrom={NAV_BREAKPOINT}
              size="sm"
              aria-label={t('app.openNavigation')}
              aria-expanded={menuOpen}
              aria-controls="main-navigation"
              data-testid="nav-menu"
            />
            <IconShieldLock size={22} aria-hidden />
            {/* The app's name is the logo line, not a heading: every page has its own h1. */}
            <Text fw={700} size="lg" truncate>
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="lg" truncate>
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Text size="xs" c="dimmed" visibleFrom="lg">
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
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')} id="main-navigation">
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
            // A chosen section closes the folded menu, which would cover the page just opened.
            onClick={menu.close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} ref={main} miw={0}>
        <StorageNotice />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
