// The route table (hash routes, so the app works from app:// and any static web server). Every
// section is its own chunk, loaded when first opened with a visible loading state, so what
// loads before the unlock screen stays small.
import { Center, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, type RouteObject } from 'react-router';
import { NotFound, RouteError } from './RouteError';
import { Shell } from './Shell';

function SectionLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" data-testid="section-loading">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {t('app.sectionLoading')}
        </Text>
      </Stack>
    </Center>
  );
}

/** A page from its own chunk; `pick` names the export, so the pages keep their named exports. */
function onDemand<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={<SectionLoading />}>
      <Page />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/operations" replace /> },
      {
        path: 'operations',
        element: onDemand(
          () => import('../features/operations/OperationsPage'),
          (m) => m.OperationsPage,
        ),
      },
      {
        path: 'operations/:operationId/*',
        element: onDemand(
          () => import('../features/workspace/Workspace'),
          (m) => m.Workspace,
        ),
      },
      {
        path: 'calendar',
        element: onDemand(
          () => import('../features/calendar/CalendarPage'),
          (m) => m.CalendarPage,
        ),
      },
      {
        path: 'map',
        element: onDemand(
          () => import('../features/map/MapPage'),
          (m) => m.MapPage,
        ),
      },
      {
        path: 'premises',
        element: onDemand(
          () => import('../features/premises/PremisesPage'),
          (m) => m.PremisesPage,
        ),
      },
      {
        path: 'agencies',
        element: onDemand(
          () => import('../features/agencies/AgenciesPage'),
          (m) => m.AgenciesPage,
        ),
      },
      {
        path: 'results',
        element: onDemand(
          () => import('../features/results/ResultsPage'),
          (m) => m.ResultsPage,
        ),
      },
      {
        // Also the liaison's whole app in the web edition: open a request, answer it.
        path: 'exchange',
        element: onDemand(
          () => import('../features/exchange/ExchangePage'),
          (m) => m.ExchangePage,
        ),
      },
      {
        path: 'settings',
        element: onDemand(
          () => import('../features/settings/SettingsPage'),
          (m) => m.SettingsPage,
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
