// Opens the data session before any screen renders; shows loading and error states, and marks
// the app ready for tests once data is available.
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataContext, openDataSession, type DataSession } from '../data/session';

type State = { kind: 'loading' } | { kind: 'ready'; session: DataSession } | { kind: 'error' };

export function markAppState(state: 'loading' | 'ready' | 'error'): void {
  document.documentElement.dataset.appState = state;
}

export function DataGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    markAppState('loading');
    let live = true;
    openDataSession()
      .then((session) => {
        if (!live) return session.close();
        setState({ kind: 'ready', session });
        markAppState('ready');
      })
      .catch((e: unknown) => {
        console.error(e);
        if (!live) return;
        setState({ kind: 'error' });
        markAppState('error');
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  const retry = () => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };

  if (state.kind === 'loading') {
    return (
      <Center h="100vh">
        <Stack align="center">
          <Loader />
          <Text c="dimmed">{t('app.loading')}</Text>
        </Stack>
      </Center>
    );
  }
  if (state.kind === 'error') {
    return (
      <Center h="100vh" p="xl">
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t('errors.dbOpenFailed')}
          role="alert"
        >
          <Button mt="sm" variant="light" color="red" onClick={retry}>
            {t('errors.retry')}
          </Button>
        </Alert>
      </Center>
    );
  }
  return <DataContext.Provider value={state.session}>{children}</DataContext.Provider>;
}
