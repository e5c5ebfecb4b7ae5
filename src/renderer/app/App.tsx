// The application root: theme, language, host and data session around the router.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { HostApi } from '@shared/ipc/host-api';
import { HostContext } from '../host';
import { DataGate } from './DataGate';
import { routes } from './routes';
import { theme } from './theme';

export function App({ host }: { host: HostApi }) {
  const { i18n } = useTranslation();
  const router = useMemo(() => createHashRouter(routes), []);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <HostContext.Provider value={host}>
          <DataGate>
            <RouterProvider router={router} />
          </DataGate>
        </HostContext.Provider>
      </DatesProvider>
    </MantineProvider>
  );
}
