// The application root: theme, language, host and data session around the router.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { HostApi } from '@shared/ipc/host-api';
import { HostContext } from '../host';
import { VaultGate } from '../vault/VaultGate';
import { BlockedHostNotice } from './blocked-hosts';
import { routes } from './routes';
import { createAppTheme, cssVariablesResolver } from './theme';

export function App({ host }: { host: HostApi }) {
  const { t, i18n } = useTranslation();
  const router = useMemo(() => createHashRouter(routes), []);
  const showPassphrase = t('app.showPassphrase');
  const theme = useMemo(() => createAppTheme({ showPassphrase }), [showPassphrase]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <HostContext.Provider value={host}>
          <BlockedHostNotice />
          <VaultGate>
            <RouterProvider router={router} />
          </VaultGate>
        </HostContext.Provider>
      </DatesProvider>
    </MantineProvider>
  );
}
