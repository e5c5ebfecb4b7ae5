// The route table (hash routes, so the app works from app:// and any static web server).
import { Navigate, type RouteObject } from 'react-router';
import { AgenciesPage } from '../features/agencies/AgenciesPage';
import { OperationsPage } from '../features/operations/OperationsPage';
import { Workspace } from '../features/workspace/Workspace';
import { PremisesPage } from '../features/premises/PremisesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotYetAvailable } from '../ui/NotYetAvailable';
import { NotFound, RouteError } from './RouteError';
import { Shell } from './Shell';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/operations" replace /> },
      { path: 'operations', element: <OperationsPage /> },
      { path: 'operations/:operationId/*', element: <Workspace /> },
      { path: 'calendar', element: <NotYetAvailable section="calendar" /> },
      { path: 'map', element: <NotYetAvailable section="map" /> },
      { path: 'premises', element: <PremisesPage /> },
      { path: 'agencies', element: <AgenciesPage /> },
      { path: 'results', element: <NotYetAvailable section="results" /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
